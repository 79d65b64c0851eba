// Golden tests are data. Each folder tests/golden/cases/NAME/ holds a
// report.xml (a job or a template) with its inputs, and
//   expected.txt  the text rendering, byte for byte, and/or
//   expected.err  every diagnostic, one per line (short form), and
//   expected.html the HTML rendering, when the case has one.
// A case with expected.err and no expected.txt must fail to prepare.
// tests/golden/samples/NAME.txt and NAME.html are the text and HTML
// renderings of samples/NAME/report.xml.
//
// CLERK_UPDATE_GOLDEN=1 rewrites the expectations after a reviewed change.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/walk.h"
#include "pipeline/report.h"

namespace clerk {
namespace {

namespace fs = std::filesystem;

bool Updating() {
  const char* v = std::getenv("CLERK_UPDATE_GOLDEN");
  return v && *v && std::string(v) != "0";
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const fs::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary);
  out << s;
}

struct Outcome {
  std::string text;
  std::string html;
  std::string diagnostics;
  bool prepared = false;
  int numbered = 0;  // nodes that print a number (not bullets)
};

int CountNumbered(const model::Document& doc) {
  int n = 0;
  model::Walk(doc.root, [&](const model::Node& node, model::Event e) {
    if (e != model::Event::kEnter) return true;
    if (node.kind == model::NodeKind::kList) {
      bool marked = node.list.kind != model::ListKind::kBulleted &&
                    node.list.kind != model::ListKind::kPlain;
      for (const model::Node& item : node.children) {
        if (marked && !item.number.label.empty()) ++n;
      }
    } else if (node.kind != model::NodeKind::kListItem && !node.number.label.empty()) {
      ++n;
    }
    return true;
  });
  return n;
}

int Occurrences(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

Outcome RunCase(const std::string& input) {
  auto files = NewRealFileSystem();
  Diagnostics diags;
  ReportRequest req;
  req.input = input;
  Outcome o;
  auto report = PrepareReport(*files, req, &diags);
  o.prepared = report.has_value();
  if (report) {
    Status s = RenderFormat(*report, Format::kText, model::RenderOptions{},
                            &diags, &o.text);
    EXPECT_TRUE(s.ok()) << s.message();
    s = RenderFormat(*report, Format::kHtml, model::RenderOptions{}, &diags, &o.html);
    EXPECT_TRUE(s.ok()) << s.message();
    o.numbered = CountNumbered(report->doc);
  }
  o.diagnostics = diags.ToString();
  return o;
}

void Compare(const fs::path& expected_path, const std::string& actual) {
  if (Updating()) {
    WriteFile(expected_path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path;
  EXPECT_EQ(ReadFile(expected_path), actual) << "differs from " << expected_path
                                             << " (CLERK_UPDATE_GOLDEN=1 "
                                                "rewrites it)";
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator("tests/golden/cases")) {
    if (e.is_directory()) names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> SampleNames() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator("samples")) {
    if (e.is_directory() && fs::exists(e.path() / "report.xml")) {
      names.push_back(e.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenCase : public testing::TestWithParam<std::string> {};

TEST_P(GoldenCase, MatchesExpectations) {
  fs::path dir = fs::path("tests/golden/cases") / GetParam();
  Outcome o = RunCase((dir / "report.xml").string());
  bool has_txt = fs::exists(dir / "expected.txt");
  bool has_err = fs::exists(dir / "expected.err");
  ASSERT_TRUE(has_txt || has_err || Updating())
      << dir << " needs expected.txt or expected.err";
  if (has_err || (!o.prepared && Updating()) || !o.diagnostics.empty()) {
    Compare(dir / "expected.err", o.diagnostics);
  }
  if (has_txt || (o.prepared && Updating())) {
    EXPECT_TRUE(o.prepared) << o.diagnostics;
    Compare(dir / "expected.txt", o.text);
    if (fs::exists(dir / "expected.html") || (o.prepared && Updating())) {
      Compare(dir / "expected.html", o.html);
    }
  } else {
    EXPECT_FALSE(o.prepared) << "expected the case to fail";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenCase, testing::ValuesIn(CaseNames()),
                         [](const auto& param_info) {
                           std::string n = param_info.param;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

// Issue 11: the quarterly sample's plan as Excel's UK export writes it
// (31/03/2025, G, green, Completed…) renders exactly as the sample does.
TEST(GoldenTypedData, UkDatedQuarterlyRendersAsTheSample) {
  Outcome uk = RunCase("tests/golden/cases/typed-quarterly-uk/report.xml");
  ASSERT_TRUE(uk.prepared) << uk.diagnostics;
  EXPECT_EQ(uk.diagnostics, "");
  EXPECT_EQ(uk.text, ReadFile("tests/golden/samples/quarterly-update.txt"));
}

class GoldenSample : public testing::TestWithParam<std::string> {};

TEST_P(GoldenSample, TextMatches) {
  Outcome o = RunCase("samples/" + GetParam() + "/report.xml");
  ASSERT_TRUE(o.prepared) << o.diagnostics;
  EXPECT_EQ(o.diagnostics, "");
  Compare(fs::path("tests/golden/samples") / (GetParam() + ".txt"), o.text);
  Compare(fs::path("tests/golden/samples") / (GetParam() + ".html"), o.html);
}

// Every number the model holds is printed once in the HTML, as text in a
// clerk-num span (tests/render_html/check_html.py checks, on a DOM parse,
// that each sits in an element with an id and that the numbers come in
// the text renderer's order).
TEST_P(GoldenSample, HtmlPrintsEveryNumberOnce) {
  Outcome o = RunCase("samples/" + GetParam() + "/report.xml");
  ASSERT_TRUE(o.prepared) << o.diagnostics;
  EXPECT_GT(o.numbered, 0);
  EXPECT_EQ(Occurrences(o.html, "<span class=\"clerk-num\">"), o.numbered);
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenSample,
                         testing::ValuesIn(SampleNames()),
                         [](const auto& param_info) {
                           std::string n = param_info.param;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace clerk
