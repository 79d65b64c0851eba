#include "model/chart.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace clerk::model {

namespace {

// "Complete" → "complete", "Not started" → "not started": a RAG word read
// inside a sentence.
std::string Lower(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

const std::string& RagColour(Rag r, const Colors& colors) {
  switch (r) {
    case Rag::kRed: return colors.rag_red;
    case Rag::kAmber: return colors.rag_amber;
    case Rag::kGreen: return colors.rag_green;
    case Rag::kComplete: return colors.rag_complete;
    default: return colors.rag_not_started;
  }
}

}  // namespace

std::string ChartValueText(double v) {
  double rounded = std::round(v * 100) / 100;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded,
                                 std::chars_format::fixed, 2);
  if (ec != std::errc()) return "?";
  std::string s(buf, end);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

bool ChartColoursByCategory(const ChartInfo& chart) {
  if (chart.kind == ChartKind::kLine || chart.series.size() != 1 ||
      chart.series[0].rag != Rag::kNone) {
    return false;
  }
  for (const ChartCategory& c : chart.categories) {
    if (c.rag != Rag::kNone) return true;
  }
  return false;
}

const std::string& ChartColour(const ChartInfo& chart, const Colors& colors,
                               size_t s, size_t c) {
  static const std::string kBlack = "000000";
  if (s >= chart.series.size()) return kBlack;
  if (chart.series[s].rag != Rag::kNone) {
    return RagColour(chart.series[s].rag, colors);
  }
  if (ChartColoursByCategory(chart) && c < chart.categories.size() &&
      chart.categories[c].rag != Rag::kNone) {
    return RagColour(chart.categories[c].rag, colors);
  }
  if (colors.chart_series.empty()) return kBlack;
  size_t plain = 0;
  for (size_t i = 0; i < s; ++i) {
    if (chart.series[i].rag == Rag::kNone) ++plain;
  }
  return colors.chart_series[plain % colors.chart_series.size()];
}

ChartAxis ChartValueAxis(const ChartInfo& chart) {
  double top = 0;
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double sum = 0;
    for (const ChartSeries& s : chart.series) {
      double v = c < s.values.size() ? s.values[c] : 0;
      if (chart.kind == ChartKind::kStackedBar) {
        sum += v;
      } else {
        sum = std::max(sum, v);
      }
    }
    top = std::max(top, sum);
  }
  ChartAxis axis;
  if (!(top > 0)) return axis;
  // The smallest 1/2/5 step that covers `top` in at most six steps.
  double magnitude = std::pow(10.0, std::floor(std::log10(top / 6)));
  for (double m : {1.0, 2.0, 5.0, 10.0, 20.0}) {
    double step = m * magnitude;
    if (step * 6 >= top) {
      axis.step = step;
      break;
    }
  }
  if (axis.step < 1 && top >= 1) axis.step = 1;  // counts: whole steps
  axis.max = std::ceil(top / axis.step - 1e-9) * axis.step;
  if (axis.max < top) axis.max += axis.step;
  return axis;
}

std::string ChartAltText(const ChartInfo& chart, const std::string& title) {
  std::string out;
  auto word = [](const std::string& label, Rag rag) {
    return rag != Rag::kNone ? Lower(label) : label;
  };
  if (chart.kind != ChartKind::kLine && chart.series.size() == 1) {
    const ChartSeries& s = chart.series[0];
    double total = 0;
    for (double v : s.values) total += v;
    out = "Of " + ChartValueText(total);
    if (!chart.unit.empty()) out += " " + chart.unit;
    out += ": ";
    for (size_t c = 0; c < chart.categories.size(); ++c) {
      const ChartCategory& cat = chart.categories[c];
      if (c) out += ", ";
      std::string v = c < s.values.size() ? ChartValueText(s.values[c]) : "?";
      if (cat.rag != Rag::kNone) {
        out += v + " " + Lower(cat.label);
      } else {
        out += cat.label + ": " + v;
      }
    }
    return out + ".";
  }
  if (!title.empty()) out = title + ". ";
  if (chart.kind == ChartKind::kLine) {
    for (size_t i = 0; i < chart.series.size(); ++i) {
      const ChartSeries& s = chart.series[i];
      if (i) out += "; ";
      out += s.name + ":";
      for (size_t c = 0; c < chart.categories.size(); ++c) {
        out += (c ? ", " : " ") + chart.categories[c].label + " " +
               (c < s.values.size() ? ChartValueText(s.values[c]) : "?");
      }
    }
    return out + ".";
  }
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    if (c) out += "; ";
    out += chart.categories[c].label + ":";
    for (size_t i = 0; i < chart.series.size(); ++i) {
      const ChartSeries& s = chart.series[i];
      out += (i ? ", " : " ") +
             (c < s.values.size() ? ChartValueText(s.values[c]) : "?") + " " +
             word(s.name, s.rag);
    }
  }
  return out + ".";
}

Node ChartDataTable(const Node& chart) {
  const ChartInfo& c = chart.chart;
  Node table;
  table.kind = NodeKind::kTable;
  table.loc = chart.loc;
  table.title = chart.title;
  table.table.repeat_header = true;
  table.table.alt = c.alt;
  auto cell = [&](std::string text) {
    Node n;
    n.kind = NodeKind::kCell;
    n.loc = chart.loc;
    Run r;
    r.text = std::move(text);
    r.loc = chart.loc;
    n.runs.push_back(std::move(r));
    return n;
  };
  Node head;
  head.kind = NodeKind::kRow;
  head.row_header = true;
  head.children.push_back(cell(c.category_title));
  table.table.columns.push_back(Column{});
  for (const ChartSeries& s : c.series) {
    std::string name = s.name;
    if (name.empty()) name = c.unit.empty() ? "Value" : c.unit;
    if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') {
      name[0] = static_cast<char>(name[0] - 'a' + 'A');
    }
    head.children.push_back(cell(name));
    Column col;
    col.align = Align::kRight;
    table.table.columns.push_back(col);
  }
  table.children.push_back(std::move(head));
  for (size_t i = 0; i < c.categories.size(); ++i) {
    Node row;
    row.kind = NodeKind::kRow;
    row.children.push_back(cell(c.categories[i].label));
    for (const ChartSeries& s : c.series) {
      row.children.push_back(
          cell(i < s.values.size() ? ChartValueText(s.values[i]) : ""));
    }
    table.children.push_back(std::move(row));
  }
  return table;
}

}  // namespace clerk::model
