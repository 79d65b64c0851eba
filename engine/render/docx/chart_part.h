// Charts (kChart nodes) as native Word charts: each becomes a DrawingML
// chart part, word/charts/chartN.xml (c:chartSpace with a c:barChart or
// c:lineChart whose series carry their categories and values as cached
// c:strCache/c:numCache, the colours of model/chart.h and data labels on
// every point), related from document.xml and shown by an inline
// w:drawing whose wp:docPr descr is the chart's alt text. Word and
// LibreOffice draw it from the cached values; a colleague can restyle it
// in Word. No workbook is embedded, so Word's "Edit Data" has nothing to
// open: the numbers come from the report's data, not from a spreadsheet.
#ifndef CLERK_RENDER_DOCX_CHART_PART_H_
#define CLERK_RENDER_DOCX_CHART_PART_H_

#include <string>

#include "model/document.h"
#include "model/style.h"
#include "render/docx/body_context.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

// The c:chartSpace XML of a chart part for `chart`.
std::string ChartXml(const model::Node& chart, const model::Colors& colors,
                     const std::string& language);

// Writes the chart's title (Caption style, kept with the chart) and a
// paragraph holding the chart, and adds its part to ctx.media.
void WriteChart(BodyContext& ctx, XmlWriter& w, const model::Node& chart);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_CHART_PART_H_
