// LibreOffice opens the .docx and computes the list numbers itself (it does
// not see our labels: they exist only as numbering.xml definitions). The
// numbers it prints must be the model's labels, in order. Skipped when
// soffice or pdftotext is not installed.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "model/walk.h"
#include "render_docx/docx_test_util.h"
#include "render_docx/sample_docs.h"

namespace clerk::testing {
namespace {

bool Have(const char* tool) {
  return std::system((std::string("command -v ") + tool + " > /dev/null 2>&1").c_str()) == 0;
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// All white space runs become one space.
std::string Squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string FirstWords(const std::string& text, int n) {
  std::string s = Squeeze(text);
  size_t at = 0;
  for (int i = 0; i < n && at != std::string::npos; ++i) at = s.find(' ', at + 1);
  return at == std::string::npos ? s : s.substr(0, at);
}

// "label first words" for every numbered node, in document order.
std::vector<std::string> Expected(const model::Document& doc) {
  std::vector<std::string> out;
  model::Walk(doc.root, [&](const model::Node& n, model::Event e) {
    if (e == model::Event::kEnter && n.numbered && !n.number.label.empty()) {
      const model::Runs& runs = n.runs.empty() ? n.title : n.runs;
      std::string lead = n.kind == model::NodeKind::kAppendix ? "\xE2\x80\x93 " : "";
      // A table caption reads "Table 1: title", as in the PDF.
      std::string sep = n.kind == model::NodeKind::kTable ? ": " : " ";
      out.push_back(n.number.label + sep + lead + FirstWords(model::PlainText(runs), 3));
    }
    return true;
  });
  return out;
}

class LibreOffice : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Have("soffice") || !Have("pdftotext")) GTEST_SKIP() << "soffice or pdftotext not installed";
    char tmpl[] = "/tmp/clerk-docx-lo-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    if (!dir_.empty()) std::system(("rm -rf '" + dir_ + "'").c_str());
  }

  // Renders, converts with LibreOffice and returns pdftotext's text.
  std::string Convert(const model::Document& doc, const std::string& name) {
    std::string bytes;
    EXPECT_TRUE(render::RenderDocx(doc, TestStyle(), FixedOptions(), nullptr, &bytes).ok());
    std::string docx = dir_ + "/" + name + ".docx";
    WriteFile(docx, bytes);
    std::string cmd = "cd '" + dir_ + "' && timeout 240 soffice -env:UserInstallation=file://" + dir_ +
                      "/profile --headless --convert-to pdf --outdir '" + dir_ + "' '" + docx +
                      "' > lo.log 2>&1 && pdftotext -layout '" + name + ".pdf' '" + name + ".txt'";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << Read(dir_ + "/lo.log");
    return Squeeze(Read(dir_ + "/" + name + ".txt"));
  }

  void ExpectInOrder(const std::string& text, const std::vector<std::string>& expected) {
    size_t at = 0;
    for (const std::string& e : expected) {
      size_t found = text.find(e, at);
      ASSERT_NE(found, std::string::npos)
          << "LibreOffice does not show \"" << e << "\" after: ..." << text.substr(at, 300);
      at = found + e.size();
    }
  }

  std::string dir_;
};

TEST_F(LibreOffice, ComputesTheModelsNumbers) {
  model::Document doc = WsoaReport();
  std::vector<std::string> expected = Expected(doc);
  ASSERT_EQ(expected.size(), 33u);  // 6 sections, 8 paragraphs, 2 sub-paragraphs,
                                   // a table, 5 + 10 list items, an appendix
  EXPECT_EQ(expected[0], "1. Introduction");
  EXPECT_EQ(expected[1], "1.1 As members will");
  std::string text = Convert(doc, "wsoa");
  ExpectInOrder(text, expected);
  // Spot checks the brief names: sections, paragraphs, 2.3, a letter.
  for (const char* s : {"2. Current Position", "2.3 By the time", "(a) the governance structure",
                        "(a) That the dashboard", "Table 1: Action plan progress"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s;
  }
}

TEST_F(LibreOffice, MinutesStartAt84AndListsRestart) {
  model::Document doc = Minutes();
  std::string text = Convert(doc, "minutes");
  ExpectInOrder(text, Expected(doc));
  ExpectInOrder(text, {"84. Minute 84", "84.2 Members", "(b) That an update", "85. Minute 85",
                       "85.1 The Lead", "(a) That the report", "86. Minute 86", "(a) That the report"});
}

}  // namespace
}  // namespace clerk::testing
