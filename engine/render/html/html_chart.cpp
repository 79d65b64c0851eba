#include "render/html/html_chart.h"

#include <algorithm>
#include <cstdio>

#include "model/chart.h"
#include "render/html/html_util.h"

namespace clerk::render::html {

namespace {

constexpr double kWidth = 640;       // the SVG's user units (CSS pixels)
constexpr double kPlotHeight = 220;
constexpr double kFont = 12;         // label size
constexpr double kLineGap = 15;
constexpr double kCharWidth = 0.56;  // average advance of a sans-serif
                                     // character, in ems, for wrapping

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s(buf);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

double TextWidth(const std::string& s) {
  size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return static_cast<double>(chars) * kFont * kCharWidth;
}

std::vector<std::string> Wrap(const std::string& text, double width) {
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
    if (!line.empty() && TextWidth(tried) > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = tried;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

class Svg {
 public:
  void Text(const std::string& s, double x, double y, const char* anchor,
            const std::string& fill = "333333") {
    out += "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\"";
    if (std::string_view(anchor) != "start") {
      out += std::string(" text-anchor=\"") + anchor + "\"";
    }
    if (fill != "333333") out += " fill=\"#" + fill + "\"";
    out += ">";
    AppendEscaped(&out, s);
    out += "</text>\n";
  }
  void Rect(double x, double y, double w, double h, const std::string& fill) {
    out += "<rect x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" width=\"" + Num(w) +
           "\" height=\"" + Num(h) + "\" fill=\"#" + fill + "\"/>\n";
  }
  void Line(double x1, double y1, double x2, double y2, const std::string& stroke,
            double width) {
    out += "<line x1=\"" + Num(x1) + "\" y1=\"" + Num(y1) + "\" x2=\"" + Num(x2) +
           "\" y2=\"" + Num(y2) + "\" stroke=\"#" + stroke + "\" stroke-width=\"" +
           Num(width) + "\"/>\n";
  }
  std::string out;
};

}  // namespace

std::string ChartSvg(const model::Node& n, const model::Colors& colors) {
  const model::ChartInfo& chart = n.chart;
  if (chart.series.empty() || chart.categories.empty()) return "";
  const model::ChartAxis axis = model::ChartValueAxis(chart);
  const size_t ncat = chart.categories.size();
  const size_t nser = chart.series.size();
  const bool line = chart.kind == model::ChartKind::kLine;
  const bool stacked = chart.kind == model::ChartKind::kStackedBar;
  auto colour = [&](size_t s, size_t c) {
    return HexColor(model::ChartColour(chart, colors, s, c), "000000");
  };
  Svg d;
  double axis_w = TextWidth(model::ChartValueText(axis.max)) + 6;
  double names_w = 0;
  if (line) {
    for (const auto& s : chart.series) names_w = std::max(names_w, TextWidth(s.name) + 8);
    names_w = std::min(names_w, kWidth / 4);
  }
  const double plot_x = axis_w + 4;
  const double plot_w = kWidth - plot_x - names_w - 2;
  const double slot = plot_w / static_cast<double>(ncat);
  const double top = kLineGap + 2;
  const double base_y = top + kPlotHeight;
  auto y_of = [&](double v) { return base_y - v / axis.max * kPlotHeight; };

  for (double v = 0; v <= axis.max + axis.step / 2; v += axis.step) {
    double y = y_of(v);
    if (v > 0) d.Line(plot_x, y, plot_x + plot_w, y, "D9D9D9", 1);
    d.Text(model::ChartValueText(v), plot_x - 5, y + kFont / 3, "end");
  }
  d.Line(plot_x, top, plot_x, base_y, "333333", 1);
  d.Line(plot_x, base_y, plot_x + plot_w, base_y, "333333", 1);
  if (line) {
    for (size_t s = 0; s < nser; ++s) {
      const auto& v = chart.series[s].values;
      std::string col = colour(s, 0);
      std::string points;
      for (size_t c = 0; c < ncat; ++c) {
        if (c) points += ' ';
        points += Num(plot_x + slot * (c + 0.5)) + "," + Num(y_of(v[c]));
      }
      d.out += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"#" + col +
               "\" stroke-width=\"2.5\"/>\n";
      for (size_t c = 0; c < ncat; ++c) {
        double cx = plot_x + slot * (c + 0.5), cy = y_of(v[c]);
        d.Rect(cx - 4, cy - 4, 8, 8, col);
        d.Text(model::ChartValueText(v[c]), cx, cy - 7, "middle");
      }
      d.Text(chart.series[s].name, plot_x + plot_w + 8, y_of(v[ncat - 1]) + kFont / 3,
             "start");
    }
  } else {
    double group_w = slot * 0.7;
    double bar_w = stacked ? group_w : group_w / static_cast<double>(nser);
    for (size_t c = 0; c < ncat; ++c) {
      double gx = plot_x + slot * c + (slot - group_w) / 2;
      double stack = 0;
      for (size_t s = 0; s < nser; ++s) {
        double v = chart.series[s].values[c];
        std::string col = colour(s, c);
        double bx = stacked ? gx : gx + bar_w * s;
        double y1 = y_of(stack + v), y2 = y_of(stack);
        if (v > 0) d.Rect(bx, y1, bar_w, y2 - y1, col);
        std::string label = model::ChartValueText(v);
        if (!stacked) {
          d.Text(label, bx + bar_w / 2, y1 - 4, "middle");
        } else if (v > 0 && y2 - y1 >= kFont + 2) {
          d.Text(label, bx + bar_w / 2, (y1 + y2) / 2 + kFont / 3, "middle",
                 TextColorOn(col));
        } else if (v > 0) {
          d.Text(label, bx + bar_w + 3, (y1 + y2) / 2 + kFont / 3, "start");
        }
        if (stacked) stack += v;
      }
    }
  }
  double y = base_y + kLineGap + 2;
  size_t rows = 1;
  for (size_t c = 0; c < ncat; ++c) {
    auto lines = Wrap(chart.categories[c].label, slot - 4);
    for (size_t i = 0; i < lines.size(); ++i) {
      d.Text(lines[i], plot_x + slot * (c + 0.5), y + kLineGap * i, "middle");
    }
    rows = std::max(rows, lines.size());
  }
  y += kLineGap * (rows - 1) + 8;
  if (!model::ChartColoursByCategory(chart) &&
      (nser > 1 || !chart.series[0].name.empty())) {
    double lx = plot_x;
    y += kLineGap;
    for (size_t s = 0; s < nser; ++s) {
      const std::string& name = chart.series[s].name;
      double w = 16 + TextWidth(name) + 16;
      if (lx + w > kWidth && lx > plot_x) {
        lx = plot_x;
        y += kLineGap + 3;
      }
      d.Rect(lx, y - 10, 11, 11, colour(s, 0));
      d.Text(name, lx + 15, y, "start");
      lx += w;
    }
    y += 6;
  }
  std::string out = "<svg class=\"clerk-chart-svg\" role=\"img\" aria-label=\"" +
                    Escaped(chart.alt, true) + "\" viewBox=\"0 0 " + Num(kWidth) + " " +
                    Num(y) + "\" width=\"" + Num(kWidth) + "\" height=\"" + Num(y) +
                    "\" font-family=\"sans-serif\" font-size=\"" + Num(kFont) +
                    "\" fill=\"#333333\">\n<title>";
  AppendEscaped(&out, chart.alt);
  out += "</title>\n" + d.out + "</svg>\n";
  return out;
}

}  // namespace clerk::render::html
