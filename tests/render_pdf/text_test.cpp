// Text, numbers, fonts: what a reader and pdftotext see.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <regex>

#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

constexpr double kMargin = 70.866;       // 25 mm
constexpr double kHanging = 35.433;      // 12.5 mm body number column

std::string AllText(const std::vector<std::string>& pages) {
  std::string s;
  for (const auto& p : pages) s += p;
  return s;
}

TEST(PdfText, NumberedParagraphsInOrderWithHangingColumn) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.long_paragraphs = 3;
  PdfProbe pdf(RenderToFile(SampleReport(o), "numbered.pdf"));
  std::string text = AllText(pdf.pages_layout);
  size_t pos = 0;
  for (const auto& [label, start] : SampleParagraphs(o)) {
    // "2.3     By the time…": the number, then its column, then the text.
    std::regex re("(^|\\n)\\s*" + std::regex_replace(label, std::regex(R"([.()])"), R"(\$&)") +
                  "\\s{2,}" + std::regex_replace(start, std::regex(R"([.()])"), R"(\$&)"));
    std::smatch m;
    std::string rest = text.substr(pos);
    ASSERT_TRUE(std::regex_search(rest, m, re)) << "paragraph " << label << " not found after offset " << pos;
    pos += static_cast<size_t>(m.position(0)) + 1;
  }
  // In PDF coordinates: level-1 numbers at the margin, text in the hanging
  // column; sub-paragraph letters at 12.5 mm, their text at 22.5 mm.
  for (size_t i = 0; i + 1 < pdf.words.size(); ++i) {
    const Word& w = pdf.words[i];
    const Word& next = pdf.words[i + 1];
    if (w.text == "1.1" || w.text == "2.1" || w.text == "3.1") {
      EXPECT_NEAR(w.x0, kMargin, 0.5) << w.text;
      EXPECT_NEAR(next.x0, kMargin + kHanging, 0.5) << w.text;
    }
    if (w.text == "(a)" && next.text == "the") {
      EXPECT_NEAR(w.x0, kMargin + kHanging, 0.5);
      EXPECT_NEAR(next.x0, kMargin + kHanging + 28.35, 0.5);
    }
  }
}

TEST(PdfText, SectionHeadingsCoverAndFooter) {
  CLERK_REQUIRE_POPPLER();
  PdfProbe pdf(RenderToFile(SampleReport(), "cover.pdf"));
  ASSERT_GE(pdf.page_count(), 1);
  const std::string& p1 = pdf.pages_layout[0];
  EXPECT_NE(p1.find("Kent County Council"), std::string::npos);
  EXPECT_TRUE(std::regex_search(p1, std::regex(R"(From:\s+Roger Gough, Cabinet Member)")));
  EXPECT_TRUE(std::regex_search(p1, std::regex(R"(Classification:\s+Unrestricted)")));
  EXPECT_TRUE(std::regex_search(p1, std::regex(R"(Recommendations:\s+1\.\s+The Children)")));
  EXPECT_TRUE(std::regex_search(p1, std::regex(R"(\n\s*1\.\s+Introduction)")));
  // Header (classification) and footer on every page.
  for (int i = 0; i < pdf.page_count(); ++i) {
    const std::string& page = pdf.pages_layout[static_cast<size_t>(i)];
    EXPECT_NE(page.find("Unrestricted"), std::string::npos) << "page " << i + 1;
    std::string footer = "Page " + std::to_string(i + 1) + " of " + std::to_string(pdf.page_count());
    EXPECT_NE(page.find(footer), std::string::npos) << footer;
  }
}

TEST(PdfText, UnicodeOutsideCp1252ExtractsCorrectly) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.welsh = true;
  std::string path = RenderToFile(SampleReport(o), "welsh.pdf");
  PdfProbe pdf(path);
  std::string text = AllText(pdf.pages_raw);
  for (const char* s : {"Bryn T\u0175r", "Dyffryn \u0176d", "\u00a31,250", "caf\u00e9",
                        "\u2018Written Statement of Action\u2019", "Committee \u2013 1 October"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s;
  }
  // Poppler reads every font's ToUnicode without a warning.
  int rc = 0;
  std::string err = RunCommand("pdftotext '" + path + "' /dev/null", &rc, true);
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(err, "");
  std::string fonts = RunCommand("pdffonts '" + path + "'");
  EXPECT_NE(fonts.find("CID TrueType"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find(" no "), std::string::npos) << "every font embedded, subset, with ToUnicode\n" << fonts;
}

TEST(PdfText, NoGlyphPastTheRightMargin) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.action_rows = 60;
  o.long_paragraphs = 4;
  o.appendix = true;
  o.welsh = true;
  PdfProbe pdf(RenderToFile(SampleReport(o), "margins.pdf"));
  ASSERT_FALSE(pdf.words.empty());
  std::map<int, double> widths;
  for (const Word& w : pdf.words) {
    if (!widths.count(w.page)) widths[w.page] = pdf.page_width(w.page);
    EXPECT_LE(w.x1, widths[w.page] - kMargin + 0.5) << "page " << w.page << ": " << w.text;
    EXPECT_GE(w.x0, kMargin - 0.5) << "page " << w.page << ": " << w.text;
  }
}

TEST(PdfText, SameInputGivesIdenticalBytes) {
  auto doc = SampleReport({.action_rows = 30, .long_paragraphs = 2, .appendix = true, .welsh = true});
  std::string a, b;
  Diagnostics d1, d2;
  ASSERT_TRUE(render::RenderPdf(doc, model::DefaultStyle(), {}, &d1, &a).ok());
  ASSERT_TRUE(render::RenderPdf(doc, model::DefaultStyle(), {}, &d2, &b).ok());
  ASSERT_FALSE(a.empty());
  EXPECT_TRUE(a == b);
  EXPECT_EQ(a.find("/CreationDate"), std::string::npos);
  EXPECT_NE(a.find("/ID ["), std::string::npos);
}

TEST(PdfText, MissingGlyphIsAnErrorNamingTheCharacter) {
  auto doc = SampleReport();
  model::Run r = Text("Chinese \u4e2d text");
  r.loc.file = "report.xml";
  r.loc.line = 12;
  r.loc.col = 5;
  doc.root.children.push_back(Para("7.1", {r}));
  Diagnostics diags;
  std::string out;
  Status st = render::RenderPdf(doc, model::DefaultStyle(), {}, &diags, &out);
  EXPECT_TRUE(st.ok());
  ASSERT_TRUE(diags.has_errors());
  EXPECT_TRUE(out.empty());
  std::string msg = diags.ToString();
  EXPECT_NE(msg.find("U+4E2D"), std::string::npos) << msg;
  EXPECT_NE(msg.find("report.xml:12:5"), std::string::npos) << msg;

  // Draft mode: a warning, and the PDF is still written.
  doc.draft = true;
  Diagnostics draft;
  out.clear();
  EXPECT_TRUE(render::RenderPdf(doc, model::DefaultStyle(), {}, &draft, &out).ok());
  EXPECT_FALSE(draft.has_errors());
  ASSERT_EQ(draft.all().size(), 1u);
  EXPECT_EQ(draft.all()[0].severity, Severity::kWarning);
  EXPECT_FALSE(out.empty());
}

TEST(PdfText, PlaceholderAndBoldItalicRuns) {
  CLERK_REQUIRE_POPPLER();
  auto doc = SampleReport();
  model::Run ph;
  ph.kind = model::RunKind::kPlaceholder;
  ph.text = "[missing: plan/owner]";
  doc.root.children.push_back(Para("7.1", {Text("Owner: "), ph}));
  doc.draft = true;
  std::string path = RenderToFile(doc, "draft.pdf");
  PdfProbe pdf(path);
  EXPECT_NE(AllText(pdf.pages_raw).find("[missing: plan/owner]"), std::string::npos);
  std::string fonts = RunCommand("pdffonts '" + path + "'");
  EXPECT_NE(fonts.find("LiberationSans-Bold"), std::string::npos);
  EXPECT_NE(fonts.find("LiberationSans-Italic"), std::string::npos);
}

}  // namespace
}  // namespace clerk::testing
