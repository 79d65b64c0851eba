// Pagination of a long report: a 200-row action table, long paragraphs,
// keep-with-next headings, widow/orphan control, repeated table headers.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <regex>
#include <set>

#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

constexpr double kPageHeight = 841.89;
constexpr double kMargin = 70.866;

struct Loc {
  int page = 0;
  double y = 0;
};

// Where a word first occurs (after `from`).
Loc Find(const PdfProbe& pdf, const std::string& text, Loc from = {}) {
  for (const Word& w : pdf.words) {
    if (w.page < from.page || (w.page == from.page && w.y0 <= from.y)) continue;
    if (w.text == text) return {w.page, w.y0};
  }
  return {};
}

// Distinct text lines (by y) on a page between two y values.
int LinesBetween(const PdfProbe& pdf, int page, double y_from, double y_to) {
  std::set<long> ys;
  for (const Word& w : pdf.words) {
    if (w.page == page && w.y0 >= y_from - 0.5 && w.y0 <= y_to + 0.5) ys.insert(std::lround(w.y0));
  }
  return static_cast<int>(ys.size());
}

class LongReport : public ::testing::TestWithParam<int> {};

TEST_P(LongReport, NoOrphanNoWidowNoHeadingAtPageFoot) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.long_paragraphs = GetParam();
  o.action_rows = 200;
  PdfProbe pdf(RenderToFile(SampleReport(o), "long-" + std::to_string(GetParam()) + ".pdf"));
  double body_bottom = kPageHeight - kMargin;
  for (int i = 0; i < o.long_paragraphs; ++i) {
    // Each long paragraph starts "Long paragraph i:" and ends "Endmarki.".
    Loc start = Find(pdf, std::to_string(i) + ":");
    ASSERT_GT(start.page, 0) << i;
    Loc end = Find(pdf, "Endmark" + std::to_string(i) + ".");
    ASSERT_GT(end.page, 0) << i;
    if (end.page != start.page) {
      EXPECT_GE(LinesBetween(pdf, start.page, start.y, body_bottom), 2)
          << "orphan: paragraph " << i << " leaves one line on page " << start.page;
      EXPECT_GE(LinesBetween(pdf, end.page, kMargin, end.y), 2)
          << "widow: paragraph " << i << " has one line on page " << end.page;
    }
  }
  // Headings: something of the body follows on the same page.
  for (const char* heading : {"Introduction", "Current", "Next", "Recommendation(s)",
                              "Background", "Contact"}) {
    Loc h = Find(pdf, heading);
    ASSERT_GT(h.page, 0) << heading;
    EXPECT_GE(LinesBetween(pdf, h.page, h.y + 2, body_bottom - 1), 1)
        << heading << " is alone at the foot of page " << h.page;
  }
  Loc caption = Find(pdf, "Table");
  ASSERT_GT(caption.page, 0);
  EXPECT_GE(LinesBetween(pdf, caption.page, caption.y + 2, body_bottom - 1), 2);
}

INSTANTIATE_TEST_SUITE_P(Variants, LongReport, ::testing::Values(0, 1, 2, 3, 5, 7, 9, 12));

TEST(PdfPagination, TableHeaderRepeatsOnEveryPageOfTheTable) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.action_rows = 200;
  o.long_paragraphs = 2;
  PdfProbe pdf(RenderToFile(SampleReport(o), "table200.pdf"));
  std::regex ref(R"(W\d\.\d+)");
  std::map<int, double> first_row_y;
  std::set<std::string> refs;
  for (const Word& w : pdf.words) {
    if (std::regex_match(w.text, ref)) {
      refs.insert(w.text);
      if (!first_row_y.count(w.page)) first_row_y[w.page] = w.y0;
    }
  }
  EXPECT_EQ(refs.size(), 200u);
  ASSERT_GE(first_row_y.size(), 8u) << "a 200-row table spans many pages";
  int first_page = first_row_y.begin()->first;
  for (const auto& [page, y] : first_row_y) {
    for (const char* h : {"Ref", "Action", "Owner", "Due", "RAG"}) {
      bool found = false;
      for (const Word& w : pdf.words) {
        if (w.page == page && w.text == h && w.y0 < y) found = true;
      }
      EXPECT_TRUE(found) << "header cell " << h << " missing above the rows on page " << page;
    }
    const std::string& text = pdf.pages_layout[static_cast<size_t>(page - 1)];
    if (page > first_page) {
      EXPECT_NE(text.find("Table 1: SEND Improvement Action Plan (continued)"), std::string::npos) << page;
    } else {
      EXPECT_EQ(text.find("(continued)"), std::string::npos);
    }
  }
  // The page count is stable for this input (layout regressions show here).
  EXPECT_EQ(pdf.page_count(), std::stoi(pdf.InfoField("Pages")));
  EXPECT_EQ(pdf.page_count(), 15);
}

TEST(PdfPagination, GroupRowStaysWithItsFirstAction) {
  // A row with one cell across the table heads a group of actions; it must
  // never be the last row on a page (issue 13).
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node t;
  t.kind = model::NodeKind::kTable;
  for (const char* w : {"20%", "80%"}) {
    model::Column c;
    c.width = w;
    t.table.columns.push_back(c);
  }
  auto cell = [](std::string text) {
    model::Node c;
    c.kind = model::NodeKind::kCell;
    c.runs = {Text(std::move(text))};
    return c;
  };
  model::Node header;
  header.kind = model::NodeKind::kRow;
  header.row_header = true;
  header.children = {cell("Ref"), cell("Action")};
  t.children.push_back(header);
  // Groups of 1 to 5 actions, so that page ends fall at every place in a
  // group somewhere in the table.
  std::vector<int> first_action;
  int action = 0;
  for (int g = 1; g <= 60; ++g) {
    model::Node row;
    row.kind = model::NodeKind::kRow;
    model::Node c = cell("Group" + std::to_string(g));
    c.col_span = 2;
    row.children.push_back(c);
    t.children.push_back(row);
    first_action.push_back(action + 1);
    for (int k = 0; k <= g % 5; ++k) {
      model::Node r;
      r.kind = model::NodeKind::kRow;
      r.children = {cell("A" + std::to_string(++action)), cell("Action text")};
      t.children.push_back(r);
    }
  }
  const int groups = 60;
  doc.root.children.push_back(t);
  PdfProbe pdf(RenderToFile(doc, "group-rows.pdf"));
  ASSERT_GE(pdf.page_count(), 3);
  for (int g = 1; g <= groups; ++g) {
    Loc group = Find(pdf, "Group" + std::to_string(g));
    Loc first = Find(pdf, "A" + std::to_string(first_action[static_cast<size_t>(g - 1)]));
    ASSERT_GT(group.page, 0) << g;
    EXPECT_EQ(group.page, first.page) << "Group" << g << " alone at the foot of page " << group.page;
  }
}

TEST(PdfPagination, RagCellsKeepTheirWord) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.action_rows = 10;
  PdfProbe pdf(RenderToFile(SampleReport(o), "rag.pdf"));
  std::map<std::string, int> count;
  for (const Word& w : pdf.words) count[w.text]++;
  EXPECT_GE(count["Complete"], 2);
  EXPECT_GE(count["Amber"], 2);
  EXPECT_GE(count["Red"], 2);
  EXPECT_GE(count["Green"], 4);
}

TEST(PdfPagination, LandscapeAppendixAndPageBreak) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.appendix = true;
  auto doc = SampleReport(o);
  PdfProbe pdf(RenderToFile(doc, "appendix.pdf"));
  int n = pdf.page_count();
  ASSERT_GE(n, 2);
  EXPECT_NEAR(pdf.page_width(1), 595.28, 0.5);
  EXPECT_NEAR(pdf.page_width(n), 841.89, 0.5);
  EXPECT_NE(pdf.pages_layout[static_cast<size_t>(n - 1)].find("Appendix 1"), std::string::npos);

  // An explicit page break before section 3.
  auto doc2 = SampleReport();
  model::Node brk;
  brk.kind = model::NodeKind::kPageBreak;
  auto& kids = doc2.root.children;
  for (size_t i = 0; i < kids.size(); ++i) {
    if (kids[i].kind == model::NodeKind::kSection && kids[i].number.label == "3.") {
      kids.insert(kids.begin() + static_cast<long>(i), brk);
      break;
    }
  }
  PdfProbe pdf2(RenderToFile(doc2, "pagebreak.pdf"));
  Loc next = Find(pdf2, "Next");
  ASSERT_GT(next.page, 1);
  EXPECT_LT(next.y, kMargin + 20) << "section 3 starts at the top of a new page";
}

TEST(PdfPagination, RowTallerThanAPageIsSplit) {
  CLERK_REQUIRE_POPPLER();
  auto doc = SampleReport();
  model::Node t;
  t.kind = model::NodeKind::kTable;
  model::Node h;
  h.kind = model::NodeKind::kRow;
  h.row_header = true;
  model::Node c;
  c.kind = model::NodeKind::kCell;
  c.runs = {Text("Heading")};
  h.children.push_back(c);
  t.children.push_back(h);
  model::Node r;
  r.kind = model::NodeKind::kRow;
  std::string big;
  for (int i = 0; i < 480; ++i) big += "Sentence " + std::to_string(i) + " of a very long cell. ";
  c.runs = {Text(big)};
  r.children.push_back(c);
  t.children.push_back(r);
  doc.root.children.push_back(t);
  PdfProbe pdf(RenderToFile(doc, "tallrow.pdf"));
  std::string text;
  for (const auto& p : pdf.pages_raw) text += p;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Sentence\s+0\s+of)")));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(Sentence\s+479\s+of)")));
  int cell_words = 0;
  std::set<int> pages;
  for (const Word& w : pdf.words) {
    if (w.text.rfind("Sentence", 0) != 0) continue;  // not the footer
    ++cell_words;
    pages.insert(w.page);
    EXPECT_LE(w.y1, kPageHeight - kMargin + 1) << "page " << w.page << " " << w.text;
    EXPECT_GE(w.y0, kMargin - 1) << "page " << w.page << " " << w.text;
  }
  EXPECT_EQ(cell_words, 480) << "no line lost or doubled at the cuts";
  EXPECT_GE(pages.size(), 2u) << "the row is cut across pages";
  for (int page : pages) {
    bool header = false;
    for (const Word& w : pdf.words) header |= w.page == page && w.text == "Heading";
    EXPECT_TRUE(header) << "header row repeated on page " << page;
  }
}

}  // namespace
}  // namespace clerk::testing

namespace clerk::testing {
namespace {

TEST(PdfPagination, LandscapeSectionReturnsToPortrait) {
  CLERK_REQUIRE_POPPLER();
  auto doc = SampleReport({.action_rows = 8});
  for (auto& n : doc.root.children) {
    if (n.kind == model::NodeKind::kSection && n.number.label == "2.") n.landscape = true;
  }
  PdfProbe pdf(RenderToFile(doc, "landscape-section.pdf"));
  int current = 0, next = 0;
  for (const Word& w : pdf.words) {
    if (w.text == "Current" && current == 0) current = w.page;
    if (w.text == "Next" && next == 0) next = w.page;
  }
  ASSERT_GT(current, 1);
  ASSERT_GT(next, current);
  EXPECT_NEAR(pdf.page_width(1), 595.28, 0.5);
  EXPECT_NEAR(pdf.page_width(current), 841.89, 0.5);
  EXPECT_NEAR(pdf.page_width(next), 595.28, 0.5);
}

}  // namespace
}  // namespace clerk::testing
