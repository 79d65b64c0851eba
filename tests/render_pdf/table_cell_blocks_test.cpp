// Paragraphs and lists inside a table cell (issue 12): laid out under the
// cell's own text, inside the cell, and tagged TD > P and TD > L > LI.
#include <gtest/gtest.h>

#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

model::Node Cell(model::Runs runs, std::vector<model::Node> children = {}) {
  model::Node c;
  c.kind = model::NodeKind::kCell;
  c.runs = std::move(runs);
  c.children = std::move(children);
  return c;
}

TEST(PdfTableCell, ParagraphsAndListsStackInsideTheCell) {
  CLERK_REQUIRE_POPPLER();
  model::Node p1 = Para("", {Text("Firstpara text.")});
  p1.numbered = false;
  model::Node p2 = Para("", {Text("Secondpara text.")});
  p2.numbered = false;
  model::Node list;
  list.kind = model::NodeKind::kList;
  list.list.kind = model::ListKind::kBulleted;
  for (const char* t : {"Bulletone", "Bullettwo"}) {
    model::Node item;
    item.kind = model::NodeKind::kListItem;
    item.runs = {Text(t)};
    list.children.push_back(item);
  }
  model::Node row;
  row.kind = model::NodeKind::kRow;
  row.children.push_back(Cell({Text("Leftcell")}));
  row.children.push_back(Cell({}, {p1, p2, list}));
  model::Node table;
  table.kind = model::NodeKind::kTable;
  table.table.columns = {model::Column{"30%"}, model::Column{"70%"}};
  table.children.push_back(row);
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.root.children.push_back(table);
  std::string path = RenderToFile(doc, "table-cell-blocks.pdf");
  PdfProbe pdf(path);
  auto find = [&pdf](const std::string& t) {
    for (const Word& w : pdf.words) {
      if (w.text == t) return w;
    }
    ADD_FAILURE() << t << " not found";
    return Word{};
  };
  Word left = find("Leftcell"), a = find("Firstpara"), b = find("Secondpara"),
       one = find("Bulletone"), two = find("Bullettwo"), bullet = find("\xE2\x80\xA2");
  // One column, top to bottom, in the right-hand cell.
  EXPECT_NEAR(a.y0, left.y0, 0.5);  // the first paragraph starts the cell
  EXPECT_NEAR(b.x0, a.x0, 0.5);
  EXPECT_GT(b.y0, a.y1);
  EXPECT_GT(one.y0, b.y1);
  EXPECT_GT(two.y0, one.y1);
  EXPECT_GT(a.x0, left.x1);
  // The bullet hangs: its text is to the right of it, at one indent.
  EXPECT_LT(bullet.x1, one.x0);
  EXPECT_NEAR(one.x0, two.x0, 0.5);
  EXPECT_GE(bullet.x0, a.x0 - 0.5);
  // Tagged inside the cell.
  std::string roles;
  for (const StructElemInfo& e : ReadStructText(path)) roles += e.role + " ";
  EXPECT_NE(roles.find("TD P P L LI Lbl LBody LI Lbl LBody"), std::string::npos) << roles;
}

}  // namespace
}  // namespace clerk::testing
