// Charts in Word (issue 15): a DrawingML chart part per chart, with its
// content type and relationship, valid against dml-chart.xsd, whose cached
// numbers are the chart's values; the inline drawing's docPr carries the
// alt text. The Flat OPC package holds the same part.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "model/chart.h"
#include "render_docx/docx_reader.h"
#include "render_docx/docx_test_util.h"
#include "render_docx/sample_docs.h"

namespace clerk::testing {
namespace {

// ../shared/tools beside the source tree, or "" when it is not there.
std::string SharedTools() {
  namespace fs = std::filesystem;
  fs::path tools = fs::path(CLERK_SOURCE_DIR).parent_path() / "shared" / "tools";
  return fs::exists(tools / "check-docx") ? tools.string() : "";
}

model::Document ChartDoc() {
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node p;
  p.kind = model::NodeKind::kParagraph;
  p.numbered = false;
  model::Run r;
  r.text = "16 of 47 actions complete; 14 Green, 10 Amber, 7 Red.";
  p.runs.push_back(r);
  doc.root.children.push_back(p);
  model::Node n;
  n.kind = model::NodeKind::kChart;
  model::Run t;
  t.text = "Actions by RAG status";
  n.title.push_back(t);
  n.chart.unit = "actions";
  n.chart.categories = {{"Complete", model::Rag::kComplete},
                        {"Green", model::Rag::kGreen},
                        {"Amber", model::Rag::kAmber},
                        {"Red", model::Rag::kRed}};
  n.chart.series = {{"Actions", model::Rag::kNone, {16, 14, 10, 7}}};
  n.chart.alt = model::ChartAltText(n.chart, "");
  doc.root.children.push_back(n);
  model::Node trend;
  trend.kind = model::NodeKind::kChart;
  trend.chart.kind = model::ChartKind::kLine;
  trend.chart.categories = {{"Q1", model::Rag::kNone}, {"Q2", model::Rag::kNone},
                            {"Q3", model::Rag::kNone}};
  trend.chart.series = {{"Red actions", model::Rag::kRed, {5, 7, 4}},
                        {"% complete", model::Rag::kNone, {12.5, 25, 33.33}}};
  trend.chart.alt = model::ChartAltText(trend.chart, "Trend");
  doc.root.children.push_back(trend);
  return doc;
}

std::vector<std::string> All(const std::string& xml, const std::string& pattern) {
  std::regex re(pattern);
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

TEST(DocxChart, APartPerChartWithTypeRelationshipAndAltText) {
  Diagnostics diags;
  std::string out;
  ASSERT_TRUE(render::RenderDocx(ChartDoc(), TestStyle(), FixedOptions(), &diags, &out).ok());
  Package pkg = Unzip(out);
  ASSERT_TRUE(pkg.parts.count("word/charts/chart1.xml"));
  ASSERT_TRUE(pkg.parts.count("word/charts/chart2.xml"));
  EXPECT_NE(pkg.parts["[Content_Types].xml"].find(
                "<Override PartName=\"/word/charts/chart1.xml\" ContentType=\"application/"
                "vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"),
            std::string::npos);
  EXPECT_NE(pkg.parts["word/_rels/document.xml.rels"].find(
                "Id=\"rIdChart1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/chart\" Target=\"charts/chart1.xml\""),
            std::string::npos);
  const std::string& doc = pkg.parts["word/document.xml"];
  EXPECT_EQ(All(doc, "<wp:docPr [^>]*descr=\"([^\"]*)\""),
            (std::vector<std::string>{
                "Of 47 actions: 16 complete, 14 green, 10 amber, 7 red.",
                "Trend. Red actions: Q1 5, Q2 7, Q3 4; % complete: Q1 12.5, Q2 25, Q3 33.33."}));
  EXPECT_EQ(All(doc, "<c:chart [^>]*r:id=\"([^\"]*)\""),
            (std::vector<std::string>{"rIdChart1", "rIdChart2"}));
}

TEST(DocxChart, CachedNumbersAreTheCountsAndColoursTheRagPalette) {
  Diagnostics diags;
  std::string out;
  ASSERT_TRUE(render::RenderDocx(ChartDoc(), TestStyle(), FixedOptions(), &diags, &out).ok());
  Package pkg = Unzip(out);
  const std::string& bar = pkg.parts["word/charts/chart1.xml"];
  std::string num = bar.substr(bar.find("<c:numCache>"));
  EXPECT_EQ(All(num, "<c:v>([^<]*)</c:v>"),
            (std::vector<std::string>{"16", "14", "10", "7"}));
  std::string cat = bar.substr(bar.find("<c:strCache>", bar.find("<c:cat>")));
  cat = cat.substr(0, cat.find("</c:strCache>"));
  EXPECT_EQ(All(cat, "<c:v>([^<]*)</c:v>"),
            (std::vector<std::string>{"Complete", "Green", "Amber", "Red"}));
  // One colour per bar, from the RAG palette, in category order.
  EXPECT_EQ(All(bar, "<c:dPt>.*?<a:srgbClr val=\"([0-9A-F]{6})\"/>"),
            (std::vector<std::string>{"6FA8DC", "93C47D", "F6B26B", "E06666"}));
  EXPECT_NE(bar.find("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"),
            std::string::npos);
  EXPECT_NE(bar.find("<c:showVal val=\"1\"/>"), std::string::npos);
  const std::string& line = pkg.parts["word/charts/chart2.xml"];
  EXPECT_NE(line.find("<c:lineChart>"), std::string::npos);
  EXPECT_EQ(All(line, "<c:numCache>.*?<c:pt idx=\"2\"><c:v>([^<]*)</c:v>"),
            (std::vector<std::string>{"4", "33.33"}));
}

TEST(DocxChart, ChartPartsValidateAgainstDmlChartXsd) {
  std::string tools = SharedTools();
  if (tools.empty() || std::system("command -v xmllint > /dev/null 2>&1") != 0) {
    GTEST_SKIP() << "../shared/tools or xmllint not present";
  }
  Diagnostics diags;
  std::string out;
  ASSERT_TRUE(render::RenderDocx(ChartDoc(), TestStyle(), FixedOptions(), &diags, &out).ok());
  Package pkg = Unzip(out);
  for (const char* part : {"word/charts/chart1.xml", "word/charts/chart2.xml"}) {
    std::string path = OutPath(std::string("chart-") + std::string(part).substr(12));
    WriteFile(path, pkg.parts[part]);
    std::string cmd = "xmllint --noout --nonet --schema '" + tools +
                      "/ooxml-schemas/dml-chart.xsd' '" + path + "' > /dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }
  // And the package as a whole passes check-docx's structure checks.
  std::string docx = OutPath("chart.docx");
  WriteFile(docx, out);
  std::string cmd = "'" + tools + "/check-docx' --no-render --no-python-docx '" + docx +
                    "' > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

TEST(DocxChart, FlatOpcHoldsTheChartPart) {
  Diagnostics diags;
  std::string out;
  ASSERT_TRUE(render::RenderFlatOpc(ChartDoc(), TestStyle(), FixedOptions(), &diags, &out).ok());
  Package pkg = SplitFlat(out);
  ASSERT_TRUE(pkg.parts.count("word/charts/chart1.xml"));
  EXPECT_NE(pkg.parts["word/charts/chart1.xml"].find("<c:chartSpace"), std::string::npos);
}

}  // namespace
}  // namespace clerk::testing
