// House-style features: justification, logo, minutes without sections,
// header/footer text, libharu failures reported as a Status.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <cmath>

#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

constexpr double kMargin = 70.866;

TEST(PdfStyle, JustifiedParagraphsEndAtTheRightMargin) {
  CLERK_REQUIRE_POPPLER();
  model::Style style = model::DefaultStyle();
  style.justify = true;
  PdfProbe pdf(RenderToFile(SampleReport({.long_paragraphs = 2}), "justified.pdf", style));
  double right = 595.276 - kMargin;
  // Lines of body text (words in the text column) by (page, y): the
  // rightmost word of most lines ends at the margin.
  std::map<std::pair<int, long>, double> line_end;
  for (const Word& w : pdf.words) {
    if (w.y0 < kMargin || w.y0 > 841.89 - kMargin) continue;  // header/footer
    auto key = std::make_pair(w.page, std::lround(w.y0));
    line_end[key] = std::max(line_end[key], w.x1);
  }
  int at_margin = 0;
  for (const auto& [key, x] : line_end) {
    EXPECT_LE(x, right + 0.5);
    if (std::abs(x - right) < 0.6) ++at_margin;
  }
  EXPECT_GE(at_margin, 20) << "justified lines end at the margin";
}

TEST(PdfStyle, LogoOnTheCoverAndBadImagesAreDiagnostics) {
  CLERK_REQUIRE_POPPLER();
  std::string png = WriteTemp("logo.png", MakePng(120, 60));
  model::Style style = model::DefaultStyle();
  style.logo = png;
  style.logo_width_mm = 40;
  std::string path = RenderToFile(SampleReport(), "logo.pdf", style);
  std::string images = RunCommand("pdfimages -list '" + path + "'");
  EXPECT_NE(images.find("120    60"), std::string::npos) << images;
  std::string pos = RunCommand("pdftotext -f 1 -l 1 -bbox '" + path + "' - | grep -c word");
  EXPECT_GT(std::stoi(pos), 10);

  // The format is read from the content, not the name.
  style.logo = WriteTemp("png-named.jpg", MakePng(30, 30));
  std::string path2 = RenderToFile(SampleReport(), "logo2.pdf", style);
  EXPECT_NE(RunCommand("pdfimages -list '" + path2 + "'").find("30    30"), std::string::npos);

  // A PNG whose header reads but whose data is damaged: libharu would let
  // libpng abort(); clerk reports it.
  style.logo = WriteTemp("broken.png", MakePng(10, 10, true));
  Diagnostics diags;
  std::string out;
  Status st = render::RenderPdf(SampleReport(), style, {}, &diags, &out);
  EXPECT_TRUE(st.ok());
  EXPECT_TRUE(diags.has_errors());
  EXPECT_NE(diags.ToString().find("broken.png is damaged"), std::string::npos) << diags.ToString();
  EXPECT_TRUE(out.empty());

  // A missing logo file is a user error, named.
  style.logo = "/nonexistent/logo.png";
  Diagnostics d2;
  out.clear();
  EXPECT_TRUE(render::RenderPdf(SampleReport(), style, {}, &d2, &out).ok());
  EXPECT_TRUE(d2.has_errors());
  EXPECT_NE(d2.ToString().find("/nonexistent/logo.png"), std::string::npos);
  EXPECT_TRUE(out.empty());
}

TEST(PdfStyle, MinutesWithoutSectionsStillHaveAnOutline) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node kicker, title;
  kicker.kind = title.kind = model::NodeKind::kTitle;
  kicker.level = 1;
  kicker.runs = {Text("Agenda item")};
  title.level = 0;
  title.runs = {Text("Special Educational Needs and Disabilities (SEND) Update")};
  doc.root.children = {kicker, title};
  doc.root.children.push_back(Para("", {Text("The Lead Member introduced a report.")}));
  model::Node res;
  res.kind = model::NodeKind::kList;
  res.list.kind = model::ListKind::kResolutions;
  res.title = {Text("Resolved \u2013", true)};
  for (const char* l : {"(a)", "(b)"}) {
    model::Node item;
    item.kind = model::NodeKind::kListItem;
    item.number.label = l;
    item.runs = {Text("That the report be noted.")};
    res.children.push_back(item);
  }
  doc.root.children.push_back(res);
  std::string path = RenderToFile(doc, "minutes.pdf");
  int rc = 0;
  std::string out = RunCommand(std::string(CLERK_SOURCE_DIR) + "/../shared/tools/check-pdf --strict --page-size a4 --require-outlines --require-title '" + path + "'", &rc, true);
  if (std::ifstream(std::string(CLERK_SOURCE_DIR) + "/../shared/tools/check-pdf")) {
    EXPECT_EQ(rc, 0) << out;
  }
  PdfProbe pdf(path);
  EXPECT_EQ(pdf.InfoField("Title"), "Special Educational Needs and Disabilities (SEND) Update");
  EXPECT_TRUE(std::regex_search(pdf.pages_layout[0], std::regex(R"(\(a\)\s+That the report be noted)")));
}

TEST(PdfStyle, HeaderAndFooterFromTheStyle) {
  CLERK_REQUIRE_POPPLER();
  model::Style style = model::DefaultStyle();
  style.header.left = "{reference}";
  style.header.right = "{classification}";
  style.footer.left = "{council}";
  style.footer.center = "";
  style.footer.right = "Page {page} of {pages}";
  style.header.first_page = false;
  auto doc = SampleReport({.action_rows = 40});
  doc.meta.classification = "EXEMPT \u2013 NOT FOR PUBLICATION";
  PdfProbe pdf(RenderToFile(doc, "furniture.pdf", style));
  ASSERT_GE(pdf.page_count(), 2);
  EXPECT_EQ(pdf.pages_layout[0].find("EXEMPT"), std::string::npos) << "no header on page 1";
  for (int i = 1; i < pdf.page_count(); ++i) {
    const std::string& p = pdf.pages_layout[static_cast<size_t>(i)];
    EXPECT_NE(p.find("CYPE/2019/059"), std::string::npos);
    EXPECT_NE(p.find("EXEMPT \u2013 NOT FOR PUBLICATION"), std::string::npos);
  }
  for (int i = 0; i < pdf.page_count(); ++i) {
    const std::string& p = pdf.pages_layout[static_cast<size_t>(i)];
    EXPECT_NE(p.find("Page " + std::to_string(i + 1) + " of " + std::to_string(pdf.page_count())),
              std::string::npos);
    EXPECT_NE(p.find("Kent County Council"), std::string::npos);
  }

  // A long left text and a centred page number do not run into each other.
  style.footer.left = "{committee}";
  style.footer.center = "Page {page} of {pages}";
  style.footer.right = "{reference}";
  PdfProbe pdf2(RenderToFile(doc, "furniture2.pdf", style));
  std::vector<Word> foot;
  for (const Word& w : pdf2.words) {
    if (w.page == 1 && w.y0 > 841.89 - kMargin) foot.push_back(w);
  }
  ASSERT_GE(foot.size(), 8u);
  for (size_t i = 0; i < foot.size(); ++i) {
    for (size_t j = i + 1; j < foot.size(); ++j) {
      bool same_line = std::abs(foot[i].y0 - foot[j].y0) < 2;
      bool overlap = foot[i].x0 < foot[j].x1 - 0.5 && foot[j].x0 < foot[i].x1 - 0.5;
      EXPECT_FALSE(same_line && overlap) << foot[i].text << " / " << foot[j].text;
    }
  }
}

TEST(PdfStyle, NestedListUsesItsOwnLevelsNumberAlignment) {
  // Level 2 of the "numbered" scheme right-aligns its numbers, level 1 does
  // not: a nested list follows its own level (issue 13), and both renderers
  // place it by model::NestedListLevel.
  CLERK_REQUIRE_POPPLER();
  model::Style style = model::DefaultStyle();
  style.schemes["numbered"].levels[1].right_align_number = true;
  style.schemes["numbered"].levels[1].format = model::NumFormat::kLowerRoman;
  model::Document doc;
  doc.meta.title = "Nested alignment";
  doc.root.kind = model::NodeKind::kDocument;
  model::Node list;
  list.kind = model::NodeKind::kList;
  list.list.kind = model::ListKind::kNumbered;
  model::Node item;
  item.kind = model::NodeKind::kListItem;
  item.number.label = "1.";
  item.runs = {Text("Outer item.")};
  model::Node inner = list;
  for (const char* label : {"(i)", "(ii)", "(iii)", "(viii)"}) {
    model::Node sub;
    sub.kind = model::NodeKind::kListItem;
    sub.number.label = label;
    sub.number.level = 1;
    sub.runs = {Text(std::string("Inner") + label)};
    inner.children.push_back(sub);
  }
  item.children.push_back(inner);
  list.children.push_back(item);
  doc.root.children.push_back(list);
  PdfProbe pdf(RenderToFile(doc, "nested-align.pdf", style));
  std::vector<double> right, left;
  for (const Word& w : pdf.words) {
    if (w.text == "(i)" || w.text == "(ii)" || w.text == "(iii)" || w.text == "(viii)") {
      right.push_back(w.x1);
      left.push_back(w.x0);
    }
  }
  ASSERT_EQ(right.size(), 4u);
  for (double r : right) EXPECT_NEAR(r, right[0], 0.3);
  EXPECT_GT(left[0] - left[3], 5) << "right-aligned: (viii) starts left of (i)";
}

}  // namespace
}  // namespace clerk::testing

namespace clerk::testing {
namespace {

TEST(PdfStyle, BlocksNestedInAListItemSitUnderItsText) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.meta.title = "Nested";
  doc.root.kind = model::NodeKind::kDocument;
  model::Node list;
  list.kind = model::NodeKind::kList;
  list.list.kind = model::ListKind::kNumbered;
  model::Node item;
  item.kind = model::NodeKind::kListItem;
  item.number.label = "1.";
  item.runs = {Text("Firstitem text.")};
  item.children.push_back(Para("", {Text("Nestedpara under the item.")}));
  model::Node inner = list;
  model::Node sub = item;
  sub.number.label = "(a)";
  sub.runs = {Text("Innerlist item.")};
  sub.children.clear();
  inner.children.push_back(sub);
  item.children.push_back(inner);
  list.children.push_back(item);
  doc.root.children.push_back(Section("1.", "Heading", {list}));
  PdfProbe pdf(RenderToFile(doc, "nested.pdf"));
  double item_x = 0, nested_x = 0, inner_label_x = 0;
  for (const Word& w : pdf.words) {
    if (w.text == "Firstitem") item_x = w.x0;
    if (w.text == "Nestedpara") nested_x = w.x0;
    if (w.text == "(a)") inner_label_x = w.x0;
  }
  ASSERT_GT(item_x, 0);
  EXPECT_NEAR(nested_x, item_x, 0.5);
  EXPECT_GT(inner_label_x, item_x - 0.5);
}

}  // namespace
}  // namespace clerk::testing

namespace clerk::testing {
namespace {

TEST(PdfStyle, EmptyDocumentGivesOneValidPage) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.meta.title = "Empty";
  std::string path = RenderToFile(doc, "empty.pdf");
  PdfProbe pdf(path);
  EXPECT_EQ(pdf.page_count(), 1);
  int rc = 0;
  RunCommand("qpdf --check '" + path + "'", &rc);
  EXPECT_EQ(rc, 0);
}

TEST(PdfStyle, MissingFontFileIsAStatus) {
  model::Style style = model::DefaultStyle();
  style.font.regular = "/nonexistent/Font.ttf";
  Diagnostics diags;
  std::string out = "stale";
  Status st = render::RenderPdf(SampleReport(), style, {}, &diags, &out);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/nonexistent/Font.ttf"), std::string::npos) << st.message();
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace clerk::testing

namespace clerk::testing {
namespace {

TEST(PdfStyle, OtherFontFamilyFromTheStyle) {
  CLERK_REQUIRE_POPPLER();
  model::Style style = model::DefaultStyle();
  const std::string dir = "/usr/share/fonts/truetype/liberation2/";
  style.font.regular = dir + "LiberationSerif-Regular.ttf";
  style.font.bold = dir + "LiberationSerif-Bold.ttf";
  style.font.italic = dir + "LiberationSerif-Italic.ttf";
  style.font.bold_italic = dir + "LiberationSerif-BoldItalic.ttf";
  std::string path = RenderToFile(SampleReport(), "serif.pdf", style);
  std::string fonts = RunCommand("pdffonts '" + path + "'");
  EXPECT_NE(fonts.find("LiberationSerif"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("LiberationSans"), std::string::npos) << fonts;
  PdfProbe pdf(path);
  EXPECT_TRUE(std::regex_search(pdf.pages_layout[0], std::regex(R"(1\.1\s+As members will be aware)")));
}

TEST(PdfStyle, NarrowColumnsWidenToTheirLongestWord) {
  // A 6 % column holding "Directorate" and a RAG cell reading "Complete"
  // take room from the wide column instead of cutting the words (issue 13).
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.meta.title = "Narrow columns";
  doc.root.kind = model::NodeKind::kDocument;
  model::Node t;
  t.kind = model::NodeKind::kTable;
  t.table.columns.resize(3);
  t.table.columns[0].width = "6%";
  t.table.columns[1].width = "88%";
  t.table.columns[2].width = "6%";
  model::Node r;
  r.kind = model::NodeKind::kRow;
  for (const char* text : {"Directorate", "A long action that can wrap inside its wide cell.", ""}) {
    model::Node c;
    c.kind = model::NodeKind::kCell;
    if (*text) c.runs = {Text(text)};
    r.children.push_back(c);
  }
  r.children[2].rag = model::Rag::kComplete;
  t.children.push_back(r);
  doc.root.children.push_back(t);
  PdfProbe pdf(RenderToFile(doc, "narrow-columns.pdf"));
  std::set<std::string> words;
  for (const Word& w : pdf.words) words.insert(w.text);
  EXPECT_TRUE(words.count("Directorate")) << "cut inside the word";
  EXPECT_TRUE(words.count("Complete")) << "cut inside the word";
}

TEST(PdfStyle, WordsTooLongForTheirColumnAreHyphenated) {
  // Twelve columns of "Directorate" cannot all be wide enough: each word is
  // hyphenated at an en-GB point (Dir-ect-or-ate), never cut elsewhere.
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.meta.title = "Hyphenation";
  doc.root.kind = model::NodeKind::kDocument;
  model::Node t;
  t.kind = model::NodeKind::kTable;
  t.table.columns.resize(12);
  model::Node r;
  r.kind = model::NodeKind::kRow;
  for (int i = 0; i < 12; ++i) {
    model::Node c;
    c.kind = model::NodeKind::kCell;
    c.runs = {Text("Directorate")};
    r.children.push_back(c);
  }
  t.children.push_back(r);
  doc.root.children.push_back(t);
  PdfProbe pdf(RenderToFile(doc, "hyphenated.pdf"));
  int firsts = 0;
  for (const Word& w : pdf.words) {
    if (w.text.rfind("Dir", 0) != 0) continue;
    ++firsts;
    EXPECT_TRUE(w.text == "Dir-" || w.text == "Direct-" || w.text == "Director-" ||
                w.text == "Directorate")
        << "cut outside a hyphenation point: " << w.text;
  }
  EXPECT_EQ(firsts, 12);
}

TEST(PdfStyle, FittedColumnsFollowTheirContent) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.meta.title = "Fitted";
  doc.root.kind = model::NodeKind::kDocument;
  model::Node t;
  t.kind = model::NodeKind::kTable;
  t.table.columns.resize(3);  // all fitted
  t.table.columns[2].width = "30mm";
  auto row = [](std::vector<std::string> texts, bool header) {
    model::Node r;
    r.kind = model::NodeKind::kRow;
    r.row_header = header;
    for (auto& s : texts) {
      model::Node c;
      c.kind = model::NodeKind::kCell;
      c.runs = {Text(s)};
      r.children.push_back(c);
    }
    return r;
  };
  t.children.push_back(row({"No", "Description", "Fixed"}, true));
  t.children.push_back(row({"1", "Longdescription text that needs far more room than the number column, "
                                 "so it takes the rest of the width and wraps inside its cell.", "x"}, false));
  doc.root.children.push_back(t);
  PdfProbe pdf(RenderToFile(doc, "fitted.pdf"));
  double desc_x = 0, fixed_x = 0, right_edge = 0;
  for (const Word& w : pdf.words) {
    if (w.text == "Longdescription") desc_x = w.x0;
    if (w.text == "Fixed") fixed_x = w.x0;
    right_edge = std::max(right_edge, w.page == 1 && w.y0 < 700 ? w.x1 : 0.0);
  }
  ASSERT_GT(desc_x, 0);
  EXPECT_LT(desc_x, kMargin + 40) << "the number column is narrow";
  // The fixed column is 30 mm wide at the right edge of the text area.
  EXPECT_NEAR(fixed_x, 595.276 - kMargin - 30 * 2.834645669 + 4, 1.0);
}

}  // namespace
}  // namespace clerk::testing
