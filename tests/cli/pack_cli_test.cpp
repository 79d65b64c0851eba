// End-to-end: clerk pack and clerk minutes through the binary: the files
// they write, located errors, and nothing written (or clobbered) on error.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

class PackCli : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-pack-cli-" +
            std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "out");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A meeting in dir_ whose one paper is the WSoA sample's job, copied.
  std::string Meeting(const std::string& items) {
    fs::create_directories(dir_ / "wsoa");
    std::string src = std::string(CLERK_SOURCE_DIR);
    std::ofstream(dir_ / "wsoa/report.xml")
        << "<job xmlns=\"urn:clerk:template:1\"><template href=\"" << src
        << "/templates/committee-report.xml\"/><style href=\"" << src
        << "/styles/kent.xml\"/><data name=\"report\" href=\"content.xml\"/></job>";
    fs::copy_file(src + "/samples/wsoa-update-2019/content.xml", dir_ / "wsoa/content.xml");
    std::ofstream(dir_ / "m.xml")
        << "<meeting committee=\"Cabinet\" date=\"2025-01-30\" first-minute=\"12\">\n"
        << "  <agenda template=\"" << src << "/templates/agenda-front-sheet.xml\"/>\n"
        << "  <minutes template=\"" << src << "/templates/draft-minutes.xml\"/>\n"
        << items << "</meeting>\n";
    return (dir_ / "m.xml").string();
  }

  fs::path dir_;
};

TEST_F(PackCli, WritesThePackAndTheMinutes) {
  std::string m = Meeting("  <item title=\"Apologies\"/>\n  <item paper=\"wsoa/report.xml\"/>\n");
  std::string out = (dir_ / "out").string();
  Outcome r = RunClerk("pack " + m + " --format pdf,html --out " + out, dir_);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "wrote " + out + "/m-pack.pdf\nwrote " + out + "/m-item-2.html\nwrote " +
                       out + "/m-agenda.html\n");
  EXPECT_FALSE(fs::exists(dir_ / "out/m-exempt-pack.pdf"));  // no exempt item
  r = RunClerk("minutes " + m + " --format text --out " + out, dir_);
  ASSERT_EQ(r.code, 0) << r.err;
  std::string text = Slurp(dir_ / "out/m-minutes.txt");
  EXPECT_NE(text.find("12. Apologies (Item 1)"), std::string::npos) << text;
  EXPECT_NE(text.find("13. SEND 'Written Statement of Action' Update (Item 2)"),
            std::string::npos) << text;
}

TEST_F(PackCli, AMistakeInTheMeetingFileWritesNothing) {
  std::string m = Meeting("  <item paper=\"wsoa/report.xml\" exempt=\"true\"/>\n");
  Outcome r = RunClerk("pack " + m + " --out " + (dir_ / "out").string() + " --color never", dir_);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            m + ":4:3: error: exempt item 'item-1' needs paragraph=\"1\"…\"7\": the paragraph of "
                "Schedule 12A that exempts it, cited in the public pack");
  EXPECT_TRUE(fs::is_empty(dir_ / "out"));
}

TEST_F(PackCli, ABrokenPaperIsLocatedAndTheLastPackIsKept) {
  std::string m = Meeting("  <item paper=\"wsoa/report.xml\"/>\n");
  std::string out = (dir_ / "out").string();
  ASSERT_EQ(RunClerk("pack " + m + " --out " + out + " -q", dir_).code, 0);
  std::string before = Slurp(dir_ / "out/m-pack.pdf");
  ASSERT_FALSE(before.empty());
  std::ofstream(dir_ / "wsoa/content.xml", std::ios::trunc) << "<report-content><cover>";
  Outcome r = RunClerk("pack " + m + " --out " + out + " --color never", dir_);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find((dir_ / "wsoa/content.xml").string() + ":1:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("note: while preparing item 1 of the meeting"), std::string::npos) << r.err;
  EXPECT_EQ(Slurp(dir_ / "out/m-pack.pdf"), before);
  EXPECT_EQ(fs::directory_iterator(dir_ / "out")->path().filename(), "m-pack.pdf");
}

TEST_F(PackCli, PackRefusesFormatsItDoesNotWrite) {
  std::string m = Meeting("  <item paper=\"wsoa/report.xml\"/>\n");
  Outcome r = RunClerk("pack " + m + " --format docx --out " + (dir_ / "out").string(), dir_);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "clerk pack: writes pdf, html, not docx\n");
  EXPECT_TRUE(fs::is_empty(dir_ / "out"));
}

}  // namespace
