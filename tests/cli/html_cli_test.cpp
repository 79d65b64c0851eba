// End-to-end: --format html through `clerk render` and `clerk batch` (the
// same pipeline path and atomic writes as the other formats).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

class HtmlCli : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-html-cli-" +
            std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
};

TEST_F(HtmlCli, RendersOnePageBesideTheOtherFormats) {
  Outcome r = RunClerk("render samples/statutory-direction-2023/report.xml --format text,html "
                       "--out " + dir_.string(), dir_);
  ASSERT_EQ(r.code, 0) << r.err;
  std::string html = Slurp(dir_ / "statutory-direction-2023.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0), 0u);
  EXPECT_NE(html.find("<a href=\"#para-2-7\">paragraph\xC2\xA0" "2.7</a>"), std::string::npos);
  EXPECT_NE(html.find("<p id=\"para-2-7\" class=\"clerk-para clerk-p1\">"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir_ / "statutory-direction-2023.txt"));
}

TEST_F(HtmlCli, AMisspelledFormatSuggestsHtml) {
  Outcome r = RunClerk("render samples/wsoa-update-2019/report.xml --format htm --out " +
                       dir_.string(), dir_);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "clerk render: unknown format 'htm'; did you mean 'html'?\n");
  EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(HtmlCli, BatchWritesOnePagePerRecord) {
  std::ofstream(dir_ / "t.xml")
      << "<report xmlns=\"urn:clerk:template:1\"><meta title=\"Update for {council}\"/>"
         "<section title=\"Position\"><p>{council} is on track.</p></section></report>";
  fs::create_directories(dir_ / "records");
  for (const char* c : {"Kent", "Medway"}) {
    std::ofstream(dir_ / "records" / (std::string(c) + ".xml"))
        << "<record><council>" << c << "</council></record>";
  }
  Outcome r = RunClerk("batch " + (dir_ / "t.xml").string() + " --records " +
                       (dir_ / "records").string() + " --record-data rec --format html --out " +
                       (dir_ / "out").string() + " --quiet", dir_);
  ASSERT_EQ(r.code, 0) << r.err;
  std::string kent = Slurp(dir_ / "out" / "Kent.html");
  EXPECT_NE(kent.find("<title>Update for Kent</title>"), std::string::npos) << kent;
  EXPECT_NE(kent.find("<h1>Update for Kent</h1>"), std::string::npos);
  EXPECT_NE(kent.find("<p id=\"para-1-1\" class=\"clerk-para clerk-p1\"><span "
                      "class=\"clerk-num\">1.1</span> Kent is on track.</p>"),
            std::string::npos);
  EXPECT_TRUE(fs::exists(dir_ / "out" / "Medway.html"));
}

}  // namespace
