// A chart (kChart) as inline SVG: the same drawing as the PDF (gridlines,
// bars or lines in the style's colours, every value printed on its bar or
// point, category labels, a legend), with role="img" and the chart's alt
// text as its accessible name. The body writer puts the numbers beside it
// as a table (model::ChartDataTable) for screen readers.
#ifndef CLERK_RENDER_HTML_HTML_CHART_H_
#define CLERK_RENDER_HTML_HTML_CHART_H_

#include <string>

#include "model/document.h"
#include "model/style.h"

namespace clerk::render::html {

// The <svg> element for `chart` (a kChart node), ending in a newline.
std::string ChartSvg(const model::Node& chart, const model::Colors& colors);

}  // namespace clerk::render::html

#endif  // CLERK_RENDER_HTML_HTML_CHART_H_
