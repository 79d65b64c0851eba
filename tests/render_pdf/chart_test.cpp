// Charts in the PDF (issue 15): vector drawing (filled bars whose heights
// are the values on the chart's axis, in the RAG palette), every value
// printed on its bar, and one Figure whose /Alt is the generated sentence;
// RenderToFile also runs check-pdf-ua on every file.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "model/chart.h"
#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

struct Bar {
  std::string colour;  // "r g b" as in the content stream
  double h = 0;
};

// Every "r g b rg / x y w h re / f" in the file's page content.
std::vector<Bar> FilledRects(const std::string& pdf) {
  std::string qdf = RunCommand("qpdf --qdf --object-streams=disable '" + pdf + "' -");
  std::regex re(R"(([0-9.]+ [0-9.]+ [0-9.]+) rg\n[-0-9.]+ [-0-9.]+ [0-9.]+ ([0-9.]+) re\nf)");
  std::vector<Bar> out;
  for (auto it = std::sregex_iterator(qdf.begin(), qdf.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back({(*it)[1].str(), std::stod((*it)[2].str())});
  }
  return out;
}

model::Node RagChart(std::vector<double> values) {
  model::Node n;
  n.kind = model::NodeKind::kChart;
  n.title = {Text("Actions by RAG status")};
  n.chart.unit = "actions";
  const model::Rag rags[] = {model::Rag::kComplete, model::Rag::kGreen, model::Rag::kAmber,
                             model::Rag::kRed};
  model::ChartSeries s;
  s.name = "Actions";
  for (size_t i = 0; i < values.size(); ++i) {
    n.chart.categories.push_back({model::RagName(rags[i]), rags[i]});
  }
  s.values = std::move(values);
  n.chart.series.push_back(s);
  n.chart.alt = model::ChartAltText(n.chart, "Actions by RAG status");
  return n;
}

TEST(PdfChart, BarsAreVectorRectanglesAsTallAsTheirValues) {
  CLERK_REQUIRE_POPPLER();
  auto doc = SampleReport();
  doc.root.children.push_back(RagChart({16, 14, 10, 7}));
  std::string path = RenderToFile(doc, "chart-bars.pdf");
  // Axis 0–20 in steps of 5 over 150 pt: 16 → 120 pt, 7 → 52.5 pt.
  std::vector<Bar> want = {{"0.43529 0.65882 0.86275", 120},  // Complete 6FA8DC
                           {"0.57647 0.76863 0.4902", 105},   // Green 93C47D
                           {"0.96471 0.69804 0.41961", 75},   // Amber F6B26B
                           {"0.87843 0.4 0.4", 52.5}};        // Red E06666
  std::vector<Bar> bars;
  for (const Bar& b : FilledRects(path)) {
    for (const Bar& w : want) {
      if (b.colour == w.colour) bars.push_back(b);
    }
  }
  ASSERT_EQ(bars.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(bars[i].colour, want[i].colour);
    EXPECT_NEAR(bars[i].h, want[i].h, 0.01) << i;
  }
}

TEST(PdfChart, EveryValueIsPrintedAboveItsBarLeftToRight) {
  CLERK_REQUIRE_POPPLER();
  auto doc = SampleReport();
  doc.root.children.push_back(RagChart({16, 14, 10, 7}));
  PdfProbe pdf(RenderToFile(doc, "chart-labels.pdf"));
  // The category names in order on one line, and the values above them.
  std::vector<std::string> want = {"Complete", "Green", "Amber", "Red"};
  std::vector<const Word*> cats;
  for (const Word& w : pdf.words) {
    for (const std::string& c : want) {
      if (w.text == c) cats.push_back(&w);
    }
  }
  ASSERT_EQ(cats.size(), 4u);
  const char* values[] = {"16", "14", "10", "7"};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(cats[i]->text, want[i]);
    if (i) {
      EXPECT_GT(cats[i]->x0, cats[i - 1]->x0);
      EXPECT_NEAR(cats[i]->y0, cats[0]->y0, 0.5);
    }
    double centre = (cats[i]->x0 + cats[i]->x1) / 2;
    int found = 0;
    for (const Word& w : pdf.words) {
      if (w.text == values[i] && w.page == cats[i]->page && w.y1 < cats[i]->y0 &&
          std::abs((w.x0 + w.x1) / 2 - centre) < 1) {
        ++found;
      }
    }
    EXPECT_EQ(found, 1) << values[i];
  }
}

TEST(PdfChart, TaggedAsAFigureWithTheGeneratedAlt) {
  CLERK_REQUIRE_POPPLER();
  auto doc = SampleReport();
  doc.root.children.push_back(RagChart({16, 14, 10, 7}));
  model::Node trend;
  trend.kind = model::NodeKind::kChart;
  trend.chart.kind = model::ChartKind::kLine;
  trend.chart.categories = {{"Q1", model::Rag::kNone}, {"Q2", model::Rag::kNone}};
  trend.chart.series = {{"Red actions", model::Rag::kRed, {5, 7}}};
  trend.chart.alt = "Red actions rose from 5 to 7";
  doc.root.children.push_back(trend);
  auto attrs = ReadStructAttrs(RenderToFile(doc, "chart-figure.pdf"));
  std::vector<std::string> figures;
  for (const std::string& l : attrs) {
    if (l.rfind("Figure|", 0) == 0) figures.push_back(l);
  }
  EXPECT_EQ(figures,
            (std::vector<std::string>{
                "Figure|Of 47 actions: 16 complete, 14 green, 10 amber, 7 red.||0",
                "Figure|Red actions rose from 5 to 7||0"}));
  // The title is read as a paragraph before the figure.
  auto tree = ReadStructText(RenderToFile(doc, "chart-figure.pdf"));
  bool title = false;
  for (size_t i = 0; i + 1 < tree.size(); ++i) {
    if (tree[i].role == "P" && tree[i].text.find("Actions by RAG status") != std::string::npos &&
        tree[i + 1].role == "Figure") {
      title = true;
    }
  }
  EXPECT_TRUE(title);
}

}  // namespace
}  // namespace clerk::testing
