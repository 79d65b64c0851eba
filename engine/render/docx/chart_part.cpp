#include "render/docx/chart_part.h"

#include <algorithm>

#include "model/chart.h"
#include "render/docx/paragraph_writer.h"
#include "render/docx/runs_writer.h"
#include "render/docx/style_ids.h"
#include "render/docx/styles_part.h"
#include "render/docx/units.h"

namespace clerk::render::docx {

namespace {

constexpr std::string_view kChartNs =
    "http://schemas.openxmlformats.org/drawingml/2006/chart";

// <c:name val="v"/>
void CVal(XmlWriter& w, std::string_view name, std::string_view v) {
  w.Start(name);
  w.Attr("val", v);
  w.EndEmpty();
}

void SolidFill(XmlWriter& w, const std::string& hex) {
  w.Raw("<a:solidFill>");
  w.Start("a:srgbClr");
  w.Attr("val", hex);
  w.EndEmpty();
  w.Raw("</a:solidFill>");
}

// Black text of `size` hundredths of a point, for labels and axes.
void TextProps(XmlWriter& w, int size) {
  w.Raw("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>");
  w.Start("a:defRPr");
  w.Attr("sz", size);
  w.EndStart();
  SolidFill(w, "333333");
  w.Raw("</a:defRPr></a:pPr><a:endParaRPr lang=\"en-GB\"/></a:p></c:txPr>");
}

// "Sheet1!$B$1": the cell a series' name or values would have in a
// worksheet (Word writes references; no workbook is embedded, so only the
// cached values are read).
std::string Column(size_t i) {
  std::string s;
  for (size_t n = i + 1; n > 0; n = (n - 1) / 26) {
    s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return s;
}

void Series(XmlWriter& w, const model::Node& n, const model::Colors& colors,
            size_t s) {
  const model::ChartInfo& chart = n.chart;
  const model::ChartSeries& ser = chart.series[s];
  const bool line = chart.kind == model::ChartKind::kLine;
  const std::string col = Column(s + 1);
  const std::string last = std::to_string(chart.categories.size() + 1);
  w.Open("c:ser");
  CVal(w, "c:idx", std::to_string(s));
  CVal(w, "c:order", std::to_string(s));
  w.Raw("<c:tx><c:strRef>");
  w.Open("c:f");
  w.Text("Sheet1!$" + col + "$1");
  w.Close("c:f");
  w.Raw("<c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>");
  w.Text(ser.name.empty() ? (chart.unit.empty() ? "Value" : chart.unit) : ser.name);
  w.Raw("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
  const std::string& colour = model::ChartColour(chart, colors, s, 0);
  w.Raw("<c:spPr>");
  if (line) {
    w.Raw("<a:ln w=\"28575\" cap=\"rnd\">");
    SolidFill(w, colour);
    w.Raw("<a:round/></a:ln>");
  } else {
    SolidFill(w, colour);
  }
  w.Raw("</c:spPr>");
  if (line) {
    w.Raw("<c:marker><c:symbol val=\"square\"/><c:size val=\"6\"/><c:spPr>");
    SolidFill(w, colour);
    w.Raw("</c:spPr></c:marker>");
  } else {
    w.Raw("<c:invertIfNegative val=\"0\"/>");
    if (model::ChartColoursByCategory(chart)) {
      for (size_t c = 0; c < chart.categories.size(); ++c) {
        w.Open("c:dPt");
        CVal(w, "c:idx", std::to_string(c));
        w.Raw("<c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr>");
        SolidFill(w, model::ChartColour(chart, colors, s, c));
        w.Raw("</c:spPr>");
        w.Close("c:dPt");
      }
    }
  }
  // Every value printed on its bar or point (colour is never the only
  // carrier of meaning).
  w.Raw("<c:dLbls>");
  // A zero segment of a stacked bar has no height: no label (the PDF's
  // rule; the format's empty third section hides zeros).
  if (chart.kind == model::ChartKind::kStackedBar) {
    w.Raw("<c:numFmt formatCode=\"General;-General;;\" sourceLinked=\"0\"/>");
  }
  w.Raw("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>");
  TextProps(w, 800);
  CVal(w, "c:dLblPos",
       line ? "t" : chart.kind == model::ChartKind::kStackedBar ? "ctr" : "outEnd");
  w.Raw("<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
        "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>"
        "</c:dLbls>");
  w.Raw("<c:cat><c:strRef>");
  w.Open("c:f");
  w.Text("Sheet1!$A$2:$A$" + last);
  w.Close("c:f");
  w.Raw("<c:strCache>");
  CVal(w, "c:ptCount", std::to_string(chart.categories.size()));
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    w.Start("c:pt");
    w.Attr("idx", static_cast<long long>(c));
    w.EndStart();
    w.Open("c:v");
    w.Text(chart.categories[c].label);
    w.Close("c:v");
    w.Close("c:pt");
  }
  w.Raw("</c:strCache></c:strRef></c:cat>");
  w.Raw("<c:val><c:numRef>");
  w.Open("c:f");
  w.Text("Sheet1!$" + col + "$2:$" + col + "$" + last);
  w.Close("c:f");
  w.Raw("<c:numCache><c:formatCode>General</c:formatCode>");
  CVal(w, "c:ptCount", std::to_string(ser.values.size()));
  for (size_t c = 0; c < ser.values.size(); ++c) {
    w.Start("c:pt");
    w.Attr("idx", static_cast<long long>(c));
    w.EndStart();
    w.Open("c:v");
    w.Text(model::ChartValueText(ser.values[c]));
    w.Close("c:v");
    w.Close("c:pt");
  }
  w.Raw("</c:numCache></c:numRef></c:val>");
  if (line) w.Raw("<c:smooth val=\"0\"/>");
  w.Close("c:ser");
}

}  // namespace

std::string ChartXml(const model::Node& n, const model::Colors& colors,
                     const std::string& language) {
  const model::ChartInfo& chart = n.chart;
  const bool line = chart.kind == model::ChartKind::kLine;
  const bool stacked = chart.kind == model::ChartKind::kStackedBar;
  const model::ChartAxis axis = model::ChartValueAxis(chart);
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<c:chartSpace xmlns:c=\"");
  w.Raw(kChartNs);
  w.Raw("\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<c:date1904 val=\"0\"/>");
  CVal(w, "c:lang", language.empty() ? "en-GB" : language);
  // The title is the Caption paragraph above the chart, as in the PDF.
  w.Raw("<c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>");
  if (line) {
    w.Raw("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
  } else {
    w.Raw("<c:barChart><c:barDir val=\"col\"/>");
    CVal(w, "c:grouping", stacked ? "stacked" : "clustered");
    w.Raw("<c:varyColors val=\"0\"/>");
  }
  for (size_t i = 0; i < chart.series.size(); ++i) Series(w, n, colors, i);
  if (line) {
    w.Raw("<c:marker val=\"1\"/>");
  } else {
    w.Raw("<c:gapWidth val=\"50\"/>");
    if (stacked) w.Raw("<c:overlap val=\"100\"/>");
  }
  w.Raw("<c:axId val=\"500000001\"/><c:axId val=\"500000002\"/>");
  w.Raw(line ? "</c:lineChart>" : "</c:barChart>");
  // Category axis, then the value axis from 0 with clerk's scale (the PDF's).
  w.Raw("<c:catAx><c:axId val=\"500000001\"/><c:scaling><c:orientation val=\"minMax\"/>"
        "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\""
        " sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
        "<c:tickLblPos val=\"nextTo\"/>");
  TextProps(w, 800);
  w.Raw("<c:crossAx val=\"500000002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
        "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>");
  w.Raw("<c:valAx><c:axId val=\"500000002\"/><c:scaling><c:orientation val=\"minMax\"/>");
  CVal(w, "c:max", model::ChartValueText(axis.max));
  w.Raw("<c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
        "<c:majorGridlines><c:spPr><a:ln w=\"6350\">");
  SolidFill(w, "D9D9D9");
  w.Raw("</a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
        "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>");
  TextProps(w, 800);
  w.Raw("<c:crossAx val=\"500000001\"/><c:crosses val=\"autoZero\"/>");
  CVal(w, "c:crossBetween", "between");  // points mid-category, as in the PDF
  CVal(w, "c:majorUnit", model::ChartValueText(axis.step));
  w.Raw("</c:valAx></c:plotArea>");
  if (!model::ChartColoursByCategory(chart) &&
      (chart.series.size() > 1 || !chart.series[0].name.empty())) {
    w.Raw("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>");
    TextProps(w, 800);
    w.Raw("</c:legend>");
  }
  w.Raw("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>");
  return s;
}

void WriteChart(BodyContext& ctx, XmlWriter& w, const model::Node& n) {
  if (n.chart.series.empty() || n.chart.categories.empty()) return;
  if (!n.title.empty()) {
    ParaProps cap;
    cap.style = sid::kCaption;
    cap.keep_next = true;
    BeginParagraph(ctx, w, cap);
    WriteRuns(ctx, w, n.title);
    EndParagraph(ctx, w);
  }
  const int number = ++ctx.charts;
  const std::string name = "chart" + std::to_string(number) + ".xml";
  const std::string rid = "rIdChart" + std::to_string(number);
  ctx.rels.Add(rid, "chart", "charts/" + name);
  ctx.media.push_back({"word/charts/" + name,
                       "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                       ChartXml(n, ctx.style.colors, ctx.doc.meta.language), true});

  const model::PageSetup& page = ctx.style.page;
  double max_w = ctx.landscape ? page.height - page.margin_left - page.margin_right
                               : TextWidthPt(page);
  double w_pt = std::min(max_w, 440.0);
  double h_pt = 250;
  const int id = ctx.next_drawing_id++;
  BeginParagraph(ctx, w, {});
  w.Raw("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">");
  w.Start("wp:extent");
  w.Attr("cx", Emu(w_pt));
  w.Attr("cy", Emu(h_pt));
  w.EndEmpty();
  w.Start("wp:docPr");
  w.Attr("id", id);
  w.Attr("name", "Chart " + std::to_string(id));
  w.Attr("descr", n.chart.alt);
  w.EndEmpty();
  w.Raw("<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"");
  w.Raw(kChartNs);
  w.Raw("\"><c:chart xmlns:c=\"");
  w.Raw(kChartNs);
  w.Raw("\"");
  w.Attr("r:id", rid);
  w.Raw("/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
  EndParagraph(ctx, w);
}

}  // namespace clerk::render::docx
