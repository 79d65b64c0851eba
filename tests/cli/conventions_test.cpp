// Command-line conventions (issue 11): clerk help COMMAND, --version with
// the commit and libraries, --format checked first and case-insensitive,
// and a draft marked on every page of its PDF and DOCX.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

class Conventions : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-conv-" + std::string(testing::UnitTest::GetInstance()
                                            ->current_test_info()
                                            ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  Outcome Clerk(const std::string& args) { return RunClerk(args, dir_); }
  fs::path dir_;
};

TEST_F(Conventions, HelpCommandIsTheCommandsHelp) {
  Outcome help = Clerk("help render");
  Outcome dash = Clerk("render --help");
  EXPECT_EQ(help.code, 0);
  EXPECT_EQ(help.out, dash.out);
  EXPECT_EQ(help.out.rfind("Usage: clerk render INPUT", 0), 0u);
  Outcome bad = Clerk("help rendr");
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err.substr(0, bad.err.find('\n')),
            "clerk: unknown command 'rendr'; did you mean 'render'?");
}

TEST_F(Conventions, UnknownOptionSuggests) {
  Outcome r = Clerk("render x.xml --fromat pdf");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "clerk render: unknown option '--fromat'; did you mean "
            "'--format'?\nTry 'clerk render --help'.\n");
}

TEST_F(Conventions, ColourOnlyWhenAskedOrOnATerminal) {
  std::ofstream(dir_ / "t.xml") << "<report xmlns=\"urn:clerk:template:1\">"
                                   "<secton/></report>";
  std::string t = (dir_ / "t.xml").string();
  Outcome r = Clerk("check " + t + " --color=always");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            "\033[1m" + t + ":1:38:\033[0m \033[1;31merror:\033[0m unknown "
            "element <secton>; did you mean <section>?");
  r = Clerk("check " + t + " --color=never");
  EXPECT_EQ(r.err.find('\033'), std::string::npos);
  r = Clerk("check " + t);  // stderr is a file here: auto means none
  EXPECT_EQ(r.err.find('\033'), std::string::npos);
  r = Clerk("check " + t + " --color=sometimes");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            "clerk check: --color takes auto, always or never, not "
            "'sometimes'");
}

TEST_F(Conventions, CheckReportsMergeProblemsBesideTemplateErrors) {
  std::ofstream(dir_ / "t.xml")
      << "<report xmlns=\"urn:clerk:template:1\">\n"
         "<secton title=\"A\"/>\n"
         "<p>{council} {committee}</p>\n"
         "</report>\n";
  std::ofstream(dir_ / "d.xml") << "<d><council>C</council></d>";
  Outcome r = Clerk("check " + (dir_ / "t.xml").string() + " --data d=" +
                    (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 1);
  std::string t = (dir_ / "t.xml").string();
  EXPECT_NE(r.err.find(t + ":2:1: error: unknown element <secton>; did you "
                       "mean <section>?"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(t + ":3:15: error: missing value: 'committee' selects "
                       "nothing (<d> has: council)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 errors in " + t), std::string::npos) << r.err;
}

TEST_F(Conventions, VersionNamesTheCommitAndLibraries) {
  Outcome r = Clerk("--version");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("clerk 0.1.0 (commit ", 0), 0u) << r.out;
  for (const char* lib : {"\n  pugixml ", "\n  libharu ", "\n  libzip ",
                          "\n  libpng ", "\n  zlib ", "\n  boost "}) {
    EXPECT_NE(r.out.find(lib), std::string::npos) << lib << "\n" << r.out;
  }
}

TEST_F(Conventions, FormatIsCheckedBeforeAnyFileAndIgnoresCase) {
  // The input does not exist: the format is still what is reported.
  Outcome r = Clerk("render no-such-file.xml --format PDF,pfd");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "clerk render: unknown format 'pfd'; did you mean 'pdf'?\n");
  r = Clerk("render samples/wsoa-update-2019/report.xml --format TEXT --out " +
            dir_.string());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "wsoa-update-2019.txt"));
}

TEST_F(Conventions, DraftIsMarkedOnEveryPage) {
  if (std::system("command -v pdftotext >/dev/null && command -v unzip "
                  ">/dev/null") != 0) {
    GTEST_SKIP() << "pdftotext and unzip are needed (scripts/install-deps.sh)";
  }
  Outcome r = Clerk("render samples/quarterly-update/report.xml --mode draft "
                    "--format pdf,docx --name draft --out " + dir_.string());
  ASSERT_EQ(r.code, 0) << r.err;
  std::string txt = (dir_ / "draft.txt").string();
  ASSERT_EQ(std::system(("pdftotext -layout " + (dir_ / "draft.pdf").string() +
                         " " + txt).c_str()),
            0);
  std::string text = Slurp(txt);
  int pages = 0, marked = 0;
  size_t start = 0;
  for (;;) {
    size_t ff = text.find('\f', start);
    std::string page = text.substr(start, ff == std::string::npos ? ff : ff - start);
    if (page.find_first_not_of(" \n") != std::string::npos) {
      ++pages;
      // The mark is the first thing on the page (the header's left slot).
      marked += page.substr(page.find_first_not_of(" \n"), 5) == "DRAFT";
    }
    if (ff == std::string::npos) break;
    start = ff + 1;
  }
  EXPECT_GT(pages, 1);
  EXPECT_EQ(marked, pages) << text.substr(0, 400);
  std::string header = (dir_ / "header1.xml").string();
  ASSERT_EQ(std::system(("unzip -p " + (dir_ / "draft.docx").string() +
                         " word/header1.xml > " + header).c_str()),
            0);
  EXPECT_NE(Slurp(header).find(">DRAFT<"), std::string::npos) << Slurp(header);

  // A final render has no mark.
  r = Clerk("render samples/quarterly-update/report.xml --format pdf --name "
            "final --out " + dir_.string());
  ASSERT_EQ(r.code, 0) << r.err;
  ASSERT_EQ(std::system(("pdftotext " + (dir_ / "final.pdf").string() + " " +
                         txt).c_str()),
            0);
  EXPECT_EQ(Slurp(txt).find("DRAFT"), std::string::npos);
}

}  // namespace
