// The rules every renderer applies alike to a chart (NodeKind::kChart):
// how a value is printed, which colour a bar takes, the value axis, and the
// alt text generated from the data. The PDF, DOCX, HTML and text renderers
// all call these, so the numbers drawn are the numbers printed.
#ifndef CLERK_MODEL_CHART_H_
#define CLERK_MODEL_CHART_H_

#include <string>

#include "model/document.h"
#include "model/style.h"

namespace clerk::model {

// A value as every renderer prints it: whole numbers without a decimal
// point ("16"), others with up to two decimals ("12.5", "0.33"); no
// thousands separator. Locale-independent.
std::string ChartValueText(double v);

// The fill colour (six hex digits, "E06666") of series `s` at category `c`:
// the series' RAG colour; else, in a single-series bar chart, the
// category's RAG colour; else the style's chart-series colours in order
// among the series that have no RAG colour.
const std::string& ChartColour(const ChartInfo& chart, const Colors& colors,
                               size_t s, size_t c);

// True when a single-series chart colours each bar by its category (the
// legend then lists the categories, not the series).
bool ChartColoursByCategory(const ChartInfo& chart);

// The value axis: from 0 to `max` in steps of `step` (1, 2 or 5 times a
// power of ten, four to six steps). Stacked bars count the category totals.
// An all-zero chart gets max 1, step 1.
struct ChartAxis {
  double max = 1;
  double step = 1;
};
ChartAxis ChartValueAxis(const ChartInfo& chart);

// A sentence with every number of the chart, for readers who cannot see it
// (PDF /Alt, DOCX descr, HTML aria-label):
//   one series, bars:   "Of 47 actions: 16 complete, 14 green, 10 amber, 7 red."
//                       (RAG categories lower-cased; others "Q1: 5")
//   several series, bars: "Area 1: 3 complete, 2 red; Area 2: …."
//   line:               "Red actions: Q1 5, Q2 7, Q3 4."
// `title` (plain text, may be empty) leads multi-series and line charts.
std::string ChartAltText(const ChartInfo& chart, const std::string& title);

// The chart's numbers as a table node (kTable with a header row, then one
// row per category; the first column names the category, one right-aligned
// column per series), caption = the chart's title. The text renderer prints
// it in place of the drawing; HTML gives it to screen readers.
Node ChartDataTable(const Node& chart);

}  // namespace clerk::model

#endif  // CLERK_MODEL_CHART_H_
