// Charts in HTML (issue 15): a figure with an SVG named by the alt text
// and the numbers as a table; values drawn in the RAG colours; a chart that
// breaks the model's promise is left undrawn rather than read out of bounds.
#include <gtest/gtest.h>

#include "model/chart.h"
#include "render/html/html_renderer.h"

namespace clerk {
namespace {

model::Document ChartDoc(std::vector<double> values) {
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node n;
  n.kind = model::NodeKind::kChart;
  n.id = "rag-summary";
  model::Run t;
  t.text = "Actions by RAG status";
  n.title.push_back(t);
  n.chart.unit = "actions";
  n.chart.categories = {{"Complete", model::Rag::kComplete},
                        {"Green", model::Rag::kGreen},
                        {"Amber", model::Rag::kAmber},
                        {"Red", model::Rag::kRed}};
  n.chart.series = {{"Actions", model::Rag::kNone, std::move(values)}};
  n.chart.alt = model::ChartAltText(n.chart, "");
  doc.root.children.push_back(n);
  return doc;
}

std::string Render(const model::Document& doc) {
  std::string out;
  Diagnostics diags;
  Status s = render::RenderHtml(doc, model::DefaultStyle(), model::RenderOptions{}, &diags, &out);
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

bool Has(const std::string& html, const std::string& s) {
  return html.find(s) != std::string::npos;
}

TEST(HtmlChart, FigureWithNamedSvgAndDataTable) {
  std::string h = Render(ChartDoc({16, 14, 10, 7}));
  EXPECT_TRUE(Has(h, "<figure class=\"clerk-chart\" id=\"rag-summary\">\n"
                     "<figcaption>Actions by RAG status</figcaption>\n"
                     "<svg class=\"clerk-chart-svg\" role=\"img\" aria-label=\"Of 47 actions: "
                     "16 complete, 14 green, 10 amber, 7 red.\""));
  EXPECT_TRUE(Has(h, "<title>Of 47 actions: 16 complete, 14 green, 10 amber, 7 red.</title>"));
  EXPECT_TRUE(Has(h, "aria-label=\"Chart data: Actions by RAG status\""));
  EXPECT_TRUE(Has(h, "<th scope=\"col\" class=\"clerk-right\">Actions</th>"));
  // One bar per status in the RAG palette, each with its value above it.
  for (const char* fill : {"6FA8DC", "93C47D", "F6B26B", "E06666"}) {
    EXPECT_TRUE(Has(h, std::string("fill=\"#") + fill + "\"/>")) << fill;
  }
  EXPECT_TRUE(Has(h, "text-anchor=\"middle\">16</text>"));
  EXPECT_TRUE(Has(h, "text-anchor=\"middle\">7</text>"));
  EXPECT_TRUE(Has(h, ".clerk-chart-svg {"));
}

TEST(HtmlChart, AMalformedChartIsNotDrawn) {
  std::string h = Render(ChartDoc({16, 14}));  // two values, four categories
  EXPECT_FALSE(Has(h, "<svg"));
  EXPECT_TRUE(Has(h, "<figure class=\"clerk-chart\""));
}

}  // namespace
}  // namespace clerk
