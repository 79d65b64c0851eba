// Issue 9: inputs that made clerk hang, exhaust memory, flood stderr or
// write where it was not asked. Each runs the clerk binary over an output
// directory holding a good report and asserts the exit code, the exact
// first message line and an unchanged output directory. Big inputs are
// generated here, in a temporary directory. Each test prints how long
// clerk took (never asserted: speed figures do not belong in tests).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clerk_process.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) {
      files[fs::relative(e.path(), dir).string()] = Slurp(e.path());
    }
  }
  return files;
}

const char kNs[] = "xmlns=\"urn:clerk:template:1\"";

class Limits : public testing::Test {
 protected:
  void SetUp() override {
    std::string name =
        testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::temp_directory_path() /
           ("clerk-limits-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "out");
    std::ofstream(dir_ / "out" / "report.txt") << "last quarter's good report\n";
    before_ = Snapshot(dir_ / "out");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs clerk and prints the time it took.
  Outcome Clerk(const std::string& args) {
    auto start = std::chrono::steady_clock::now();
    Outcome r = RunClerk(args, dir_);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                             start)
                   .count();
    std::printf("    clerk took %.2f s, wrote %zu bytes to stderr\n", s,
                r.err.size());
    return r;
  }

  std::string P(const std::string& rel) const { return (dir_ / rel).string(); }

  void Write(const std::string& rel, const std::string& text) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << text;
  }

  // `render FILE --format text --name report --out OUT` plus `more`.
  Outcome Render(const std::string& file, const std::string& more = "") {
    return Clerk("render " + P(file) + " --format text --name report --out " +
                 P("out") + " " + more);
  }

  void ExpectOutputUnchanged() {
    EXPECT_EQ(Snapshot(dir_ / "out"), before_)
        << "an output file was created or changed";
  }

  fs::path dir_;
  std::map<std::string, std::string> before_;
};

// ---------------------------------------------------------------------------
// Hangs and blow-ups.

TEST_F(Limits, Issue9OneLineTemplateIsNotQuadratic) {
  // 60,000 paragraphs on one line, the last with an error: every location
  // used to rescan the line (17 s for 40,000).
  std::string t = "<report " + std::string(kNs) + ">";
  for (int i = 0; i < 60000; ++i) t += "<p>Paragraph.</p>";
  t += "<p>{missing}</p></report>\n";
  Write("t.xml", t);
  Outcome r = Render("t.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), P("t.xml") + ":1:1020042: error: missing value: "
                                           "'missing' selects nothing (no data source was "
                                           "given: name one with --data NAME=FILE, or <data> "
                                           "in a job)");
  // The 1 MB line is shown as a window around the caret.
  EXPECT_LT(r.err.size(), 1000u) << r.err.substr(0, 1000);
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9IncludeFanOutStopsAtTheElementLimit) {
  // f0 includes f1 four times, f1 includes f2 four times, …: 4^11 copies.
  for (int i = 0; i < 11; ++i) {
    std::string f = "<fragment " + std::string(kNs) + "><p>Part " +
                    std::to_string(i) + ".</p>";
    if (i < 10) {
      for (int k = 0; k < 4; ++k) {
        f += "<include href=\"f" + std::to_string(i + 1) + ".xml\"/>";
      }
    }
    Write("f" + std::to_string(i) + ".xml", f + "</fragment>\n");
  }
  Write("t.xml", "<report " + std::string(kNs) +
                     ">\n<include href=\"f0.xml\"/>\n</report>\n");
  Outcome r = Render("t.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("f8.xml") + ":1:102: error: the template has more than 100,000 "
                          "elements, counting every include (the limit)");
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9QuadraticXPathStopsAtTheMemoryBudget) {
  std::string d = "<rows>";
  for (int i = 0; i < 15000; ++i) {
    d += "<row><a>" + std::to_string(i) + "</a><b>x</b></row>";
  }
  Write("d.xml", d + "</rows>\n");
  Write("t.xml", "<report " + std::string(kNs) +
                     ">\n<p>{count(//row/following::*)}</p>\n</report>\n");
  Outcome r = Render("t.xml", "--data d=" + P("d.xml"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("t.xml") + ":2:4: error: evaluating this needs more than 256 MiB "
                         "of memory for XPath (the limit); is a path such as "
                         "following::* or //* evaluated for every node?");
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9DoublingStringStopsAtTheValueLimit) {
  std::string t = "<report " + std::string(kNs) +
                  ">\n<let name=\"s0\" select=\"'ab'\"/>\n";
  for (int i = 1; i <= 27; ++i) {
    t += "<let name=\"s" + std::to_string(i) + "\" select=\"concat($s" +
         std::to_string(i - 1) + ",$s" + std::to_string(i - 1) + ")\"/>\n";
  }
  Write("t.xml", t + "<p>{string-length($s27)}</p>\n</report>\n");
  Outcome r = Render("t.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("t.xml") + ":22:1: error: the value of 'concat($s19,$s19)' is "
                         "longer than 1 MiB (the limit for one computed value)");
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9HugeOneColumnCsvStopsAtTheElementLimit) {
  // The issue's shape: one short column, 2 bytes a row, 64 MiB. It used to
  // take 12 GB; now the tree stops at 4,000,000 elements (docs/reliability.md
  // has the peak memory).
  {
    std::ofstream csv(dir_ / "d.csv", std::ios::binary);
    csv << "n\n";
    std::string block;
    for (int i = 0; i < 4096; ++i) block += static_cast<char>('0' + i % 10), block += '\n';
    for (size_t done = 2; done + block.size() <= (64u << 20); done += block.size()) {
      csv << block;
    }
  }
  Write("t.xml", "<report " + std::string(kNs) + "><p>{count($d/row)}</p></report>\n");
  Outcome r = Clerk("check " + P("t.xml") + " --data d=" + P("d.csv"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("d.csv") + ":2000002:1: error: the CSV has more than 4,000,000 "
                         "rows and fields together (the limit)");
}

TEST_F(Limits, Issue9FifoAsDataTemplateOrStyleIsRefused) {
  Write("t.xml", "<report " + std::string(kNs) + "><p>Hi.</p></report>\n");
  ASSERT_EQ(::mkfifo(P("fifo.xml").c_str(), 0600), 0);
  const std::string kWhy =
      ": not a regular file (clerk reads no devices, FIFOs or sockets)";
  Outcome r = Render("t.xml", "--data d=" + P("fifo.xml"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), "error: cannot read " + P("fifo.xml") + kWhy);
  r = Render("t.xml", "--style " + P("fifo.xml"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), "error: cannot read " + P("fifo.xml") + kWhy);
  r = Render("fifo.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), "error: cannot read " + P("fifo.xml") + kWhy);
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9FifoAsImageOrFontIsRefused) {
  ASSERT_EQ(::mkfifo(P("s/logo.png").c_str(), 0600) == 0 ||
                (fs::create_directories(dir_ / "s") &&
                 ::mkfifo(P("s/logo.png").c_str(), 0600) == 0),
            true);
  ASSERT_EQ(::mkfifo(P("s/f.ttf").c_str(), 0600), 0);
  Write("s/s.xml", "<style>\n<font regular=\"f.ttf\"/>\n<logo src=\"logo.png\"/>\n</style>\n");
  Write("img.png", "");
  fs::remove(dir_ / "img.png");
  ASSERT_EQ(::mkfifo(P("img.png").c_str(), 0600), 0);
  Write("t.xml", "<report " + std::string(kNs) +
                     ">\n<image src=\"img.png\" alt=\"A chart\"/>\n</report>\n");
  Outcome r = Render("t.xml", "--style " + P("s/s.xml"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), P("s/s.xml") + ":2:7: error: font file 'f.ttf' "
                                             "is not a regular file");
  EXPECT_NE(r.err.find(P("s/s.xml") + ":3:7: error: logo file 'logo.png' is "
                                      "not a regular file"),
            std::string::npos)
      << r.err;
  r = Render("t.xml");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), P("t.xml") + ":2:8: error: image file 'img.png' "
                                           "is not a regular file");
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9ErrorInALoopIsPrintedOnceWithItsCount) {
  // A one-line template over 10,000 records: 20 GB of stderr before.
  std::string d = "<d>";
  for (int i = 0; i < 10000; ++i) d += "<r/>";
  Write("d.xml", d + "</d>\n");
  Write("t.xml", "<report " + std::string(kNs) + ">" + std::string(5000, ' ') +
                     "<for-each select=\"r\"><p>{owner}</p></for-each>" +
                     std::string(5000, ' ') + "</report>\n");
  Outcome r = Render("t.xml", "--data d=" + P("d.xml"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("t.xml") + ":1:5063: error: missing value: 'owner' selects "
                         "nothing (and 9,999 more times)");
  EXPECT_LT(r.err.size(), 1000u) << r.err.substr(0, 1000);
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9NumberingWiderThanTheColumnIsRefused) {
  Write("t.xml", "<report " + std::string(kNs) + "><p>Hi.</p></report>\n");
  Write("s.xml", "<style>\n<numbering><scheme name=\"body\">\n"
                 "<level indent=\"400pt\" hanging=\"60pt\"/>\n"
                 "</scheme></numbering>\n</style>\n");
  Outcome r = Render("t.xml", "--style " + P("s.xml"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("s.xml") + ":3:1: error: level 1 of scheme 'body': indent "
                         "400.0pt + hanging 60.0pt is 460.0pt, not narrower "
                         "than the text column (453.5pt); no text would fit");
  ExpectOutputUnchanged();
}

// ---------------------------------------------------------------------------
// Escapes.

TEST_F(Limits, Issue9OutputNamesStayInsideOut) {
  Write("t.xml", "<report " + std::string(kNs) + "><p>Hi.</p></report>\n");
  Write("j.xml", "<job " + std::string(kNs) +
                     ">\n<template href=\"t.xml\"/>\n"
                     "<output name=\"../../../../tmp/x\"/>\n</job>\n");
  Outcome r = Clerk("render " + P("j.xml") + " --format text --out " + P("out"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("j.xml") + ":3:9: error: output name '../../../../tmp/x' is not "
                         "a plain file name: it contains '/' (an output name "
                         "is a file name inside --out)");
  r = Clerk("render " + P("t.xml") + " --format text --out " + P("out") +
            " --name ../../escape");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(FirstLine(r.err),
            "clerk render: output name '../../escape' is not a plain file "
            "name: it contains '/' (an output name is a file name inside "
            "--out)");
  r = Clerk("render " + P("t.xml") + " --format text --out " + P("out") +
            " --name .hidden");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(FirstLine(r.err), "clerk render: output name '.hidden' is not a "
                              "plain file name: it starts with '.'");
  Write("m/m.csv", "name,data\n-rf,r.xml\n");
  Write("m/r.xml", "<d/>\n");
  r = Clerk("batch " + P("t.xml") + " --manifest " + P("m/m.csv") +
            " --format text --out " + P("out"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            "clerk batch: " + P("m/m.csv") + ":2: output name '-rf' is not a "
            "plain file name: it starts with '-'");
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9ManifestDataIsConfinedToItsDirectory) {
  Write("t.xml", "<report " + std::string(kNs) + "><p>{.}</p></report>\n");
  Write("m/m.csv", "name,data\nx,/etc/passwd\n");
  Outcome r = Clerk("batch " + P("t.xml") + " --manifest " + P("m/m.csv") +
                    " --format text --out " + P("out"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            P("m/m.csv") + ":2:1: error: data file '/etc/passwd' is outside the "
                           "manifest's directory " + P("m") +
                           " (put the data beside the manifest)");
  ExpectOutputUnchanged();
}

TEST_F(Limits, Issue9LinksGoToWebAndMailAddressesOnly) {
  for (std::string href : std::vector<std::string>{
           "javascript:alert(1)", "file:///etc/passwd", "\\\\server\\share",
           "data:text/html,x"}) {
    Write("t.xml", "<report " + std::string(kNs) + ">\n<p><link href=\"" +
                       href + "\">x</link></p>\n</report>\n");
    Outcome r = Render("t.xml");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(FirstLine(r.err),
              P("t.xml") + ":2:10: error: link target '" + href +
                  "' is not allowed (links may go to http:, https: or mailto: "
                  "addresses; a place in the report is a <ref to=\"…\">)");
  }
  ExpectOutputUnchanged();
}

// ---------------------------------------------------------------------------
// Batch housekeeping.

TEST_F(Limits, Issue9BatchReportIsValidJsonAndListsNoOutputsForFailures) {
  Write("t.xml", "<report " + std::string(kNs) + "><p>{x}</p></report>\n");
  Write("rec/caf\xE9.xml", "<d><x>1</x></d>\n");  // a Latin-1 file name
  Write("rec/bad.xml", "<d><x>1</x>\n");
  Outcome r = Clerk("batch " + P("t.xml") + " --records " + P("rec") +
                    " --format text --out " + P("out") + " --report " +
                    P("batch.json") + " --jobs 1");
  EXPECT_EQ(r.code, 1) << r.err;
  std::string json = Slurp(dir_ / "batch.json");
  // Invalid UTF-8 becomes U+FFFD; the failed record lists no outputs.
  EXPECT_NE(json.find("\"record\": \"" + P("rec/caf\xEF\xBF\xBD.xml") + "\""),
            std::string::npos)
      << json;
  EXPECT_EQ(json.find("\xE9"), std::string::npos) << json;
  size_t bad = json.find("\"record\": \"" + P("rec/bad.xml") + "\"");
  ASSERT_NE(bad, std::string::npos) << json;
  size_t outputs = json.find("\"outputs\": []", bad);
  EXPECT_LT(outputs, json.find("}", bad)) << json;
}

TEST_F(Limits, Issue9ResumeRemovesStaleTemporaries) {
  Write("t.xml", "<report " + std::string(kNs) + "><p>{x}</p></report>\n");
  Write("rec/a.xml", "<d><x>1</x></d>\n");
  // What kill -9 leaves: a hidden temporary beside an output; and one that
  // is not this batch's.
  Write("out/.a.txt.clerk-Ab12Cd", "half a report");
  Write("out/.other.txt.clerk-Ab12Cd", "someone else's");
  Outcome r = Clerk("batch " + P("t.xml") + " --records " + P("rec") +
                    " --format text --out " + P("out") + " --resume -q");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out" / ".a.txt.clerk-Ab12Cd"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / ".other.txt.clerk-Ab12Cd"));
  EXPECT_EQ(Slurp(dir_ / "out" / "a.txt"), "1\n");
}

TEST_F(Limits, Issue9OutputsInsideTheRecordsFolderAreRefused) {
  Write("t.xml", "<report " + std::string(kNs) + "><p>{x}</p></report>\n");
  Write("out/a.xml", "<d><x>1</x></d>\n");
  before_ = Snapshot(dir_ / "out");
  Outcome r = Clerk("batch " + P("t.xml") + " --records " + P("out") +
                    " --format flat --out " + P("out"));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(FirstLine(r.err),
            "clerk batch: --out " + P("out") + " is inside --records " +
                P("out") + "; the outputs would be read as records next time "
                           "(choose an --out outside it)");
  ExpectOutputUnchanged();
}

}  // namespace
