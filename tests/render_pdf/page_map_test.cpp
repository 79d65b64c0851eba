// The page map (PdfLayout): each node's first and last page as the PDF
// really printed it, checked against pdftotext's pages.
#include <gtest/gtest.h>

#include "model/page_map.h"
#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

// The first page (1-based) on which a word occurs, or 0.
int PageOf(const PdfProbe& pdf, const std::string& word) {
  for (const Word& w : pdf.words) {
    if (w.text == word) return w.page;
  }
  return 0;
}

// A long paragraph that starts "Startmark<i>" and ends "Endmark<i>.".
model::Node LongPara(int i, const std::string& id) {
  std::string text = "Startmark" + std::to_string(i);
  for (int k = 0; k < 260; ++k) text += " word" + std::to_string(k);
  text += " Endmark" + std::to_string(i) + ".";
  return Para("2." + std::to_string(i + 1), {Text(text)}, 1, id);
}

model::Document PagedReport() {
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.root.children.push_back(
      Section("1.", "Introduction", {Para("1.1", {Text("Openmark text.")}, 1, "open")}, "intro"));
  std::vector<model::Node> paras;
  for (int i = 0; i < 6; ++i) paras.push_back(LongPara(i, "long" + std::to_string(i)));
  doc.root.children.push_back(Section("2.", "Detail", std::move(paras), "detail"));
  model::Node app;
  app.kind = model::NodeKind::kAppendix;
  app.id = "app1";
  app.number.label = "Appendix 1";
  app.title = {Text("Appendixmark")};
  app.children.push_back(Para("", {Text("Lastmark text.")}, 1));
  app.children.back().numbered = false;
  doc.root.children.push_back(std::move(app));
  return doc;
}

TEST(PdfPageMap, AnchorsStartAndEndWherePdftotextFindsThem) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc = PagedReport();
  Diagnostics diags;
  std::string out;
  render::PdfLayout layout;
  ASSERT_TRUE(render::RenderPdf(doc, model::DefaultStyle(), {}, &diags, &out, &layout).ok());
  ASSERT_FALSE(diags.has_errors()) << diags.ToString();
  PdfProbe pdf(WriteTemp("page-map.pdf", out));

  ASSERT_GE(layout.page_count, 4);
  EXPECT_EQ(layout.anchors.at("intro"), (model::PageSpan{1, 1}));
  EXPECT_EQ(layout.anchors.at("open").first, PageOf(pdf, "Openmark"));
  int spanning = 0;
  for (int i = 0; i < 6; ++i) {
    const model::PageSpan& s = layout.anchors.at("long" + std::to_string(i));
    EXPECT_EQ(s.first, PageOf(pdf, "Startmark" + std::to_string(i))) << i;
    EXPECT_EQ(s.last, PageOf(pdf, "Endmark" + std::to_string(i) + ".")) << i;
    if (s.last > s.first) ++spanning;
  }
  EXPECT_GE(spanning, 1) << "no paragraph crosses a page: the test proves nothing";
  EXPECT_EQ(layout.anchors.at("detail").first, PageOf(pdf, "Detail"));
  EXPECT_EQ(layout.anchors.at("detail").last, PageOf(pdf, "Endmark5."));
  // The appendix starts a page and is the last thing in the document.
  EXPECT_EQ(layout.anchors.at("app1"), (model::PageSpan{layout.page_count, layout.page_count}));
  EXPECT_EQ(PageOf(pdf, "Lastmark"), layout.page_count);

  // Every node by preorder index: the root spans the whole document.
  ASSERT_EQ(layout.nodes.size(), model::PreorderIndex(doc.root).size());
  EXPECT_EQ(layout.nodes[0], (model::PageSpan{1, layout.page_count}));

  // LayoutPdf gives the same map without writing a PDF.
  render::PdfLayout only;
  ASSERT_TRUE(render::LayoutPdf(doc, model::DefaultStyle(), &diags, &only).ok());
  EXPECT_EQ(only, layout);
}

TEST(PdfPageMap, RunningHeaderPerAppendix) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc = PagedReport();
  // The appendix runs over two pages.
  model::Node& app = doc.root.children.back();
  model::Node brk;
  brk.kind = model::NodeKind::kPageBreak;
  app.children.push_back(brk);
  app.children.push_back(Para("", {Text("Secondpage text.")}, 1));
  app.children.back().numbered = false;
  model::Style style = model::DefaultStyle();
  style.header.left = "{appendix}";
  PdfProbe pdf(RenderToFile(doc, "appendix-header.pdf", style));
  const int last = PageOf(pdf, "Secondpage");
  ASSERT_GT(last, 2);
  // In the header band (above the top margin): "Appendix 1" on the two
  // appendix pages, nothing on the others.
  for (int page = 1; page <= last; ++page) {
    std::string header;
    for (const Word& w : pdf.words) {
      if (w.page == page && w.y1 < 70) header += w.text + " ";
    }
    bool in_appendix = page >= last - 1;
    EXPECT_EQ(header.find("Appendix 1") != std::string::npos, in_appendix)
        << "page " << page << " header: " << header;
  }
}

TEST(PdfAppendix, UnnumberedTextAtTheMarginNotTheNumberColumn) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc = PagedReport();
  // An unnumbered paragraph in a section sits in the text column.
  doc.root.children[0].children.push_back(Para("", {Text("Sectiontext here.")}, 1));
  doc.root.children[0].children.back().numbered = false;
  PdfProbe pdf(RenderToFile(doc, "appendix-margin.pdf"));
  auto x_of = [&pdf](const std::string& word) {
    for (const Word& w : pdf.words) {
      if (w.text == word) return w.x0;
    }
    return -1.0;
  };
  const double margin = model::DefaultStyle().page.margin_left;
  EXPECT_NEAR(x_of("Lastmark"), margin, 0.5);         // appendix text
  EXPECT_GT(x_of("Sectiontext"), margin + 10);        // section text: indented
  EXPECT_NEAR(x_of("Sectiontext"), x_of("Openmark"), 0.5);
}

}  // namespace
}  // namespace clerk::testing
