// Issue 12: the resolution forms are printed right in the PDF and the DOCX,
// not only in the text the golden cases hold: a run-in resolution is one
// line of the PDF and one w:p of the DOCX, and Kent's RESOLVED paragraph is
// a numbered paragraph of the minute in both.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

class ResolutionForms : public testing::Test {
 protected:
  void SetUp() override {
    if (std::system("command -v pdftotext >/dev/null && command -v unzip "
                    ">/dev/null") != 0) {
      GTEST_SKIP() << "pdftotext and unzip are needed (scripts/install-deps.sh)";
    }
    dir_ = fs::temp_directory_path() /
           ("clerk-res-" + std::string(testing::UnitTest::GetInstance()
                                           ->current_test_info()
                                           ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Renders golden case `name` to PDF and DOCX; the PDF's text (layout)
  // and the DOCX's document.xml.
  void Render(const std::string& name, std::string* pdf_text,
              std::string* document_xml) {
    Outcome r = RunClerk("render tests/golden/cases/" + name +
                             "/report.xml --format pdf,docx --name out --out " +
                             dir_.string(),
                         dir_);
    ASSERT_EQ(r.code, 0) << r.err;
    std::string txt = (dir_ / "out.txt").string();
    ASSERT_EQ(std::system(("pdftotext -layout " + (dir_ / "out.pdf").string() +
                           " " + txt).c_str()),
              0);
    *pdf_text = Slurp(txt);
    std::string xml = (dir_ / "document.xml").string();
    ASSERT_EQ(std::system(("unzip -p " + (dir_ / "out.docx").string() +
                           " word/document.xml > " + xml).c_str()),
              0);
    *document_xml = Slurp(xml);
  }

  // The w:p element of `xml` that holds `text`, or "".
  static std::string ParagraphWith(const std::string& xml,
                                   const std::string& text) {
    size_t at = xml.find(text);
    if (at == std::string::npos) return "";
    size_t start = xml.rfind("<w:p>", at);
    size_t start2 = xml.rfind("<w:p ", at);
    if (start == std::string::npos || (start2 != std::string::npos && start2 > start)) {
      start = start2;
    }
    size_t end = xml.find("</w:p>", at);
    if (start == std::string::npos || end == std::string::npos) return "";
    return xml.substr(start, end - start);
  }

  fs::path dir_;
};

TEST_F(ResolutionForms, RunInResolutionIsOneLineAndOneParagraph) {
  std::string pdf, docx;
  Render("resolutions-run-in-single", &pdf, &docx);
  // "Resolved –", the two spaces (a space and a no-break space), the text.
  EXPECT_TRUE(std::regex_search(
      pdf, std::regex("Resolved \xE2\x80\x93[ \xC2\xA0]+That the minutes be "
                      "approved as a correct record\\.")))
      << pdf;
  std::string p = ParagraphWith(docx, "That the minutes be approved");
  ASSERT_FALSE(p.empty()) << docx;
  EXPECT_NE(p.find("Resolved \xE2\x80\x93"), std::string::npos) << p;
  EXPECT_NE(p.find("<w:b/>"), std::string::npos) << p;  // the heading's weight
  EXPECT_EQ(p.find("<w:numPr>"), std::string::npos) << p;  // not lettered
  // Two resolutions stay lettered under the heading on its own line.
  EXPECT_TRUE(std::regex_search(pdf, std::regex("Resolved \xE2\x80\x93\\s*\n")))
      << pdf;
  EXPECT_NE(pdf.find("(b)   That the virements be approved."), std::string::npos)
      << pdf;
}

TEST_F(ResolutionForms, KentResolvedIsANumberedParagraph) {
  std::string pdf, docx;
  Render("resolutions-kent-numbered-paragraph", &pdf, &docx);
  EXPECT_TRUE(std::regex_search(
      pdf, std::regex("\\(3\\) +RESOLVED that the report be noted\\.")))
      << pdf;
  EXPECT_TRUE(std::regex_search(pdf, std::regex("\\(2\\) +RESOLVED that\\s*\n")))
      << pdf;
  std::string p = ParagraphWith(docx, "RESOLVED that");
  ASSERT_FALSE(p.empty()) << docx;
  // Numbered by Word like the paragraphs around it.
  EXPECT_NE(p.find("<w:numPr>"), std::string::npos) << p;
  EXPECT_NE(p.find("the report be noted."), std::string::npos) << p;
}

}  // namespace
