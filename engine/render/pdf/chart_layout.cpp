// A chart (model::NodeKind::kChart) as vector drawing: gridlines and axes,
// bars or lines in the style's colours, every value printed on its bar or
// point, category labels under the axis and a legend. The drawing is one
// unbreakable item tagged as a Figure whose /Alt is the chart's alt text;
// the title above it is an ordinary paragraph.
#include <algorithm>
#include <cmath>

#include "model/chart.h"
#include "render/pdf/flow_builder.h"

namespace clerk::render::pdf {

namespace {

constexpr double kLabelSize = 8;     // value, axis and category labels
constexpr double kLineGap = 9.5;     // their line height
constexpr double kPlotHeight = 150;  // the value axis, in points
constexpr double kMaxChartWidth = 440;

const Rgb kInk{0.2, 0.2, 0.2};
const Rgb kGrid{0.85, 0.85, 0.85};

// Black or white, whichever reads better on `fill` (WCAG relative
// luminance, threshold between the two contrasts).
Rgb TextOn(const Rgb& fill) {
  auto lin = [](double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  double l = 0.2126 * lin(fill.r) + 0.7152 * lin(fill.g) + 0.0722 * lin(fill.b);
  return l > 0.179 ? Rgb{0, 0, 0} : Rgb{1, 1, 1};
}

// Greedy word wrap of `text` into lines no wider than `width` (a word
// longer than the width stands alone on its line).
std::vector<std::string> WrapWords(const FontSet& fonts, const std::string& text,
                                   double width) {
  std::vector<std::string> lines;
  std::string line;
  size_t i = 0;
  while (i < text.size()) {
    size_t sp = text.find(' ', i);
    if (sp == std::string::npos) sp = text.size();
    std::string word = text.substr(i, sp - i);
    i = sp + 1;
    if (word.empty()) continue;
    std::string tried = line.empty() ? word : line + " " + word;
    if (!line.empty() && fonts.Width(kRegular, tried, kLabelSize) > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = tried;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

class ChartDrawing {
 public:
  ChartDrawing(const FontSet& fonts, const model::Colors& colors, int elem)
      : fonts_(fonts), colors_(colors), elem_(elem) {}

  void Text(const std::string& s, double x, double y, const Rgb& color,
            int align) {  // align: -1 left, 0 centre, 1 right of x
    double w = fonts_.Width(kRegular, s, kLabelSize);
    Op op;
    op.kind = Op::kText;
    op.x = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
    op.y = y;
    op.size = kLabelSize;
    op.color = color;
    op.text = s;
    op.elem = elem_;
    ops.push_back(std::move(op));
  }
  void Fill(double x, double y, double w, double h, const Rgb& color) {
    Op op;
    op.kind = Op::kFill;
    op.x = x, op.y = y, op.w = w, op.h = h;
    op.color = color;
    op.elem = elem_;
    ops.push_back(std::move(op));
  }
  void Line(double x1, double y1, double x2, double y2, const Rgb& color,
            double width) {
    Op op;
    op.kind = Op::kLine;
    op.x = x1, op.y = y1, op.w = x2 - x1, op.h = y2 - y1;
    op.color = color;
    op.size = width;
    op.elem = elem_;
    ops.push_back(std::move(op));
  }
  double Width(const std::string& s) const {
    return fonts_.Width(kRegular, s, kLabelSize);
  }

  std::vector<Op> ops;
  const FontSet& fonts_;
  const model::Colors& colors_;
  int elem_;
};

}  // namespace

void FlowBuilder::Chart(const model::Node& n) {
  const model::ChartInfo& chart = n.chart;
  if (chart.series.empty() || chart.categories.empty()) return;
  const model::Colors& colors = ctx_->style->colors;
  const double x0 = stack_.back().base;
  const double avail = std::min(frame_.right - x0, kMaxChartWidth);

  // The title: a paragraph in the caption style, kept with the drawing.
  if (!n.title.empty()) {
    const model::TextStyle& ts = ctx_->style->Text("caption");
    InlineLayout il(ctx_);
    il.AddRuns(n.title, Format("caption"));
    auto lines = il.Layout(x0, avail, 0, ts.line_height, false);
    Tag(&lines, NewElem("P"));
    AddLines(std::move(lines), std::max(pending_gap_, ts.space_before),
             ts.space_after, true, true, n.id);
  }

  int figure = NewElem("Figure");
  flow_.elems[static_cast<size_t>(figure)].alt = chart.alt;
  ChartDrawing d(*ctx_->fonts, colors, figure);
  const model::ChartAxis axis = model::ChartValueAxis(chart);
  const size_t ncat = chart.categories.size();
  const size_t nser = chart.series.size();
  const bool line = chart.kind == model::ChartKind::kLine;
  const bool stacked = chart.kind == model::ChartKind::kStackedBar;
  const bool by_category = model::ChartColoursByCategory(chart);

  // Horizontal: value labels | plot | (line charts) series names.
  double axis_w = d.Width(model::ChartValueText(axis.max)) + 4;
  double names_w = 0;
  if (line) {
    for (const auto& s : chart.series) names_w = std::max(names_w, d.Width(s.name) + 6);
    names_w = std::min(names_w, avail / 4);
  }
  const double plot_x = x0 + axis_w + 2;
  const double plot_w = avail - axis_w - 2 - names_w;
  const double slot = plot_w / static_cast<double>(ncat);
  const double top = kLineGap + 2;  // room for the highest value label
  const double base_y = top + kPlotHeight;
  auto y_of = [&](double v) { return base_y - v / axis.max * kPlotHeight; };

  // Gridlines and the value axis.
  for (double v = 0; v <= axis.max + axis.step / 2; v += axis.step) {
    double y = y_of(v);
    if (v > 0) d.Line(plot_x, y, plot_x + plot_w, y, kGrid, 0.5);
    d.Text(model::ChartValueText(v), plot_x - 4, y + kLabelSize / 3, kInk, 1);
  }
  d.Line(plot_x, top, plot_x, base_y, kInk, 0.75);
  d.Line(plot_x, base_y, plot_x + plot_w, base_y, kInk, 0.75);

  auto colour = [&](size_t s, size_t c) {
    return ParseColor(model::ChartColour(chart, colors, s, c));
  };
  if (line) {
    // Lines through the category centres; each point a square marker
    // with its value above it; the series' name at its end.
    for (size_t s = 0; s < nser; ++s) {
      const auto& v = chart.series[s].values;
      Rgb col = colour(s, 0);
      for (size_t c = 0; c + 1 < ncat; ++c) {
        d.Line(plot_x + slot * (c + 0.5), y_of(v[c]),
               plot_x + slot * (c + 1.5), y_of(v[c + 1]), col, 1.5);
      }
      for (size_t c = 0; c < ncat; ++c) {
        double cx = plot_x + slot * (c + 0.5), cy = y_of(v[c]);
        d.Fill(cx - 2.5, cy - 2.5, 5, 5, col);
        d.Text(model::ChartValueText(v[c]), cx, cy - 4.5, kInk, 0);
      }
      d.Text(chart.series[s].name, plot_x + plot_w + 6,
             y_of(v[ncat - 1]) + kLabelSize / 3, kInk, -1);
    }
  } else {
    // Bars: side by side (bar) or one on another (stacked), 70% of the slot.
    double group_w = slot * 0.7;
    double bar_w = stacked ? group_w : group_w / static_cast<double>(nser);
    for (size_t c = 0; c < ncat; ++c) {
      double gx = plot_x + slot * c + (slot - group_w) / 2;
      double stack = 0;
      for (size_t s = 0; s < nser; ++s) {
        double v = chart.series[s].values[c];
        Rgb col = colour(s, c);
        double bx = stacked ? gx : gx + bar_w * s;
        double y1 = y_of(stack + v), y2 = y_of(stack);
        if (v > 0) d.Fill(bx, y1, bar_w, y2 - y1, col);
        std::string label = model::ChartValueText(v);
        if (!stacked) {
          d.Text(label, bx + bar_w / 2, y1 - 2.5, kInk, 0);
        } else if (v > 0 && y2 - y1 >= kLabelSize + 1) {
          d.Text(label, bx + bar_w / 2, (y1 + y2) / 2 + kLabelSize / 3,
                 TextOn(col), 0);
        } else if (v > 0) {
          // Too thin to hold its number: beside the bar, on the right.
          d.Text(label, bx + bar_w + 1.5, (y1 + y2) / 2 + kLabelSize / 3,
                 kInk, -1);
        }
        if (stacked) stack += v;
      }
    }
  }

  // Category labels under the axis, wrapped to their slot.
  double y = base_y + kLineGap;
  size_t rows = 1;
  for (size_t c = 0; c < ncat; ++c) {
    auto lines = WrapWords(*ctx_->fonts, chart.categories[c].label, slot - 6);
    for (size_t i = 0; i < lines.size(); ++i) {
      d.Text(lines[i], plot_x + slot * (c + 0.5), y + kLineGap * i, kInk, 0);
    }
    rows = std::max(rows, lines.size());
  }
  y += kLineGap * (rows - 1) + 6;

  // Legend: a swatch and a name per series (not when each bar is coloured
  // by its own category, whose label is under it).
  if (!by_category && (nser > 1 || !chart.series[0].name.empty())) {
    double lx = plot_x;
    y += kLineGap;
    for (size_t s = 0; s < nser; ++s) {
      const std::string& name = chart.series[s].name;
      double w = 12 + d.Width(name) + 12;
      if (lx + w > x0 + avail && lx > plot_x) {
        lx = plot_x;
        y += kLineGap + 2;
      }
      d.Fill(lx, y - 7, 8, 8, colour(s, 0));
      d.Text(name, lx + 11, y, kInk, -1);
      lx += w;
    }
    y += 4;
  }

  Item item;
  item.height = y;
  item.gap_before = n.title.empty() ? std::max(pending_gap_, 6.0) : 0;
  item.ops = std::move(d.ops);
  if (n.title.empty() && !n.id.empty()) item.anchors.push_back(n.id);
  AddItem(std::move(item));
  pending_gap_ = 9;
}

}  // namespace clerk::render::pdf
