// End-to-end tests of the clerk binary: exit codes, exact messages, and
// that a failed run writes nothing and clobbers nothing.
#include <gtest/gtest.h>

#include "clerk_process.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

class Cli : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-cli-" + std::string(testing::UnitTest::GetInstance()
                                           ->current_test_info()
                                           ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Clerk(const std::string& args) { return RunClerk(args, dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }

  fs::path dir_;
};

TEST_F(Cli, VersionAndHelp) {
  Outcome r = Clerk("--version");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("clerk 0.1.0 (commit ", 0), 0u) << r.out;
  r = Clerk("render --help");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("Usage: clerk render INPUT"), std::string::npos);
}

TEST_F(Cli, UnknownCommandSuggests) {
  Outcome r = Clerk("rendr x.xml");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            "clerk: unknown command 'rendr'; did you mean 'render'?");
}

TEST_F(Cli, RendersTheWsoaSampleWithTheSeedsNumbering) {
  Outcome r = Clerk("render samples/wsoa-update-2019/report.xml --format text "
                "--out " + dir_.string());
  ASSERT_EQ(r.code, 0) << r.err;
  std::string text = Slurp(dir_ / "wsoa-update-2019.txt");
  size_t pos = 0;
  for (const char* want :
       {"1. Introduction", "1.1   As members", "2. Current Position",
        "2.1   The Written", "2.2   The WSOA", "2.3   By the time",
        "3. Next Steps", "3.1   Regular reports", "4. Recommendation(s)",
        "5. Background Documents", "6. Contact details"}) {
    size_t at = text.find(want, pos);
    ASSERT_NE(at, std::string::npos) << want << "\n" << text;
    pos = at;
  }
}

TEST_F(Cli, UnknownFormatIsAUsageError) {
  Outcome r = Clerk("render samples/wsoa-update-2019/report.xml --format pfd "
                "--out " + dir_.string());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "clerk render: unknown format 'pfd'; did you mean 'pdf'?\n");
}

TEST_F(Cli, BadTemplateExitsOneWithTheLocationAndWritesNothing) {
  Write("bad.xml",
        "<report xmlns=\"urn:clerk:template:1\">\n  <secton title=\"A\"/>\n"
        "</report>\n");
  Outcome r = Clerk("render " + (dir_ / "bad.xml").string() +
                " --format text --out " + (dir_ / "out").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, (dir_ / "bad.xml").string() +
                       ":2:3: error: unknown element <secton>; did you mean "
                       "<section>?\n    <secton title=\"A\"/>\n    ^\n");
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(Cli, MissingInputFile) {
  Outcome r = Clerk("render " + (dir_ / "nope.xml").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "error: cannot read " + (dir_ / "nope.xml").string() +
                       ": No such file or directory\n");
}

TEST_F(Cli, UnwritableOutputExitsThree) {
  Write("file", "not a directory");
  Outcome r = Clerk("render samples/wsoa-update-2019/report.xml --format text "
                "--out " + (dir_ / "file" / "sub").string());
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "clerk render: cannot create output directory " +
                       (dir_ / "file" / "sub").string() +
                       ": Not a directory\n");
}

TEST_F(Cli, AFailedRerenderLeavesTheGoodOutputUntouched) {
  Write("t.xml",
        "<report xmlns=\"urn:clerk:template:1\"><p>Good.</p></report>\n");
  Outcome ok = Clerk("render " + (dir_ / "t.xml").string() +
                 " --format text --name r --out " + (dir_ / "o").string());
  ASSERT_EQ(ok.code, 0) << ok.err;
  std::string good = Slurp(dir_ / "o" / "r.txt");
  EXPECT_EQ(good, "Good.\n");
  Write("t.xml",
        "<report xmlns=\"urn:clerk:template:1\"><p>{missing}</p></report>\n");
  Outcome bad = Clerk("render " + (dir_ / "t.xml").string() +
                  " --format text --name r --out " + (dir_ / "o").string());
  EXPECT_EQ(bad.code, 1);
  EXPECT_EQ(Slurp(dir_ / "o" / "r.txt"), good);
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir_ / "o")) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1) << "a temporary file was left behind";
}

TEST_F(Cli, RefusesToOverwriteAnInput) {
  Write("t.xml",
        "<report xmlns=\"urn:clerk:template:1\"><p>x</p></report>\n");
  Outcome r = Clerk("render " + (dir_ / "t.xml").string() +
                " --format flat --name t.flat --out " + dir_.string());
  // t.flat + .flat.xml is not t.xml: allowed.
  EXPECT_NE(r.code, 1);
  Write("u.txt", "keep me");
  Write("u.xml",
        "<report xmlns=\"urn:clerk:template:1\"><p>x</p></report>\n");
  // Data named like the output: refused.
  r = Clerk("render " + (dir_ / "u.xml").string() + " --data d=" +
            (dir_ / "u.txt").string() + " --format text --out " +
            dir_.string());
  EXPECT_NE(r.code, 0);
  EXPECT_EQ(Slurp(dir_ / "u.txt"), "keep me");
}

TEST_F(Cli, CheckReportsEveryProblem) {
  Write("t.xml",
        "<report xmlns=\"urn:clerk:template:1\">\n"
        "  <section tittle=\"A\"><p>{count(}</p></section>\n"
        "  <secton/>\n"
        "</report>\n");
  Outcome r = Clerk("check " + (dir_ / "t.xml").string());
  EXPECT_EQ(r.code, 1);
  std::string f = (dir_ / "t.xml").string();
  EXPECT_NE(r.err.find(f + ":2:12: error: unknown attribute 'tittle' on "
                           "<section>; did you mean 'title'?"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(f + ":2:33: error: invalid XPath 'count('"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(f + ":3:3: error: unknown element <secton>; did you "
                           "mean <section>?"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("3 errors in " + f), std::string::npos) << r.err;
  Outcome ok = Clerk("check samples/wsoa-update-2019/report.xml");
  EXPECT_EQ(ok.code, 0) << ok.err;
  EXPECT_EQ(ok.out, "samples/wsoa-update-2019/report.xml: ok\n");
}

TEST_F(Cli, BadDataArgument) {
  Outcome r = Clerk("render samples/wsoa-update-2019/report.xml --data plan");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "clerk render: --data takes NAME=FILE, not 'plan'\nTry "
                   "'clerk render --help'.\n");
}

}  // namespace
