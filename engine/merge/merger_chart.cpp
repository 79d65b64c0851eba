// <chart>, <series> and <point>: a chart's values from XPath, checked
// (numbers, limits, the same categories in every series) into a kChart node.
#include "merge/merger_impl.h"
#include "model/chart.h"

namespace clerk::merge_internal {

namespace {

model::Rag RagOfColour(const std::string& colour) {
  if (colour == "red") return model::Rag::kRed;
  if (colour == "amber") return model::Rag::kAmber;
  if (colour == "green") return model::Rag::kGreen;
  if (colour == "complete") return model::Rag::kComplete;
  if (colour == "not-started") return model::Rag::kNotStarted;
  return model::Rag::kNone;
}

}  // namespace

// <series> and <point> inside a <chart> (reached through for-each, if and
// choose like any other element).
void Merger::ChartPart(const TNode& t, pugi::xpath_node ctx, Out& out) {
  ChartBuild* b = out.chart;
  if (!b) return;
  std::string rag_word;
  auto rag_attr = [&](model::Rag* rag) {
    if (!t.Attr("rag")) return true;
    std::string v(Trim(Attr(t, "rag", ctx)));
    auto word = Rag().Canonical(v);
    if (!word) {
      Report(Severity::kError, t, t.AttrLoc("rag"),
             "unknown RAG status '" + v + "' (" + Rag().Describe() + ")", ctx);
      return false;
    }
    *rag = RagOfColour(Rag().ColourOf(*word));
    rag_word = *word;
    return true;
  };
  if (t.op == Op::kSeries) {
    if (b->series.size() >= limits::kMaxChartSeries) {
      Report(Severity::kError, t, t.loc,
             "the chart has more than " +
                 std::to_string(limits::kMaxChartSeries) +
                 " series (the limit); show the numbers in a table",
             ctx);
      b->failed = true;
      return;
    }
    ChartBuild::Series s;
    s.loc = t.loc;
    s.series.name = std::string(Trim(CollapseSpace(Attr(t, "name", ctx))));
    if (!rag_attr(&s.series.rag)) b->failed = true;
    b->series.push_back(std::move(s));
    Out o;
    o.chart = b;
    EvalChildren(t.children, ctx, o);
    return;
  }
  // <point>
  if (b->series.empty()) return;
  ChartBuild::Series& s = b->series.back();
  if (s.points.size() >= limits::kMaxChartCategories) {
    Report(Severity::kError, t, t.loc,
           "the series has more than " +
               std::to_string(limits::kMaxChartCategories) +
               " points (the limit); show the numbers in a table",
           ctx);
    b->failed = true;
    return;
  }
  model::ChartCategory cat;
  cat.label = std::string(Trim(CollapseSpace(Attr(t, "label", ctx))));
  if (!rag_attr(&cat.rag)) {
    b->failed = true;
    return;
  }
  if (cat.label.empty() && cat.rag != model::Rag::kNone) {
    cat.label = rag_word;
  }
  if (cat.label.empty()) {
    Report(Severity::kError, t, t.loc,
           "<point> needs a label (or a rag status to name it)", ctx);
    b->failed = true;
    return;
  }
  if (!t.Attr("value")) {
    Report(Severity::kError, t, t.loc, "<point> needs a value", ctx);
    b->failed = true;
    return;
  }
  std::string v(Trim(Attr(t, "value", ctx)));
  std::optional<double> num = ParseNumber(v);
  if (!num || !std::isfinite(*num) || *num < 0 ||
      *num > limits::kMaxChartValue) {
    if (v.empty() && in_.mode == Mode::kDraft) {
      num = 0;  // a missing value, already warned about
    } else {
      Report(Severity::kError, t, t.AttrLoc("value"),
             "chart value '" + v + "' for '" + cat.label +
                 "' is not a number from 0 to 1000000000",
             ctx);
      b->failed = true;
      return;
    }
  }
  s.series.values.push_back(*num);
  s.points.push_back(std::move(cat));
  s.point_locs.push_back(t.loc);
}

bool Merger::Chart(const TNode& t, pugi::xpath_node ctx, Node* n) {
  n->kind = NodeKind::kChart;
  model::ChartInfo& chart = n->chart;
  std::string kind(Trim(Attr(t, "kind", ctx, "bar")));
  if (kind == "bar") {
    chart.kind = model::ChartKind::kBar;
  } else if (kind == "stacked-bar") {
    chart.kind = model::ChartKind::kStackedBar;
  } else if (kind == "line") {
    chart.kind = model::ChartKind::kLine;
  } else {
    Report(Severity::kError, t, t.AttrLoc("kind"),
           "unknown chart kind '" + kind + "' (bar, stacked-bar or line)",
           ctx);
    return false;
  }
  n->title = TitleRuns(t, "title", ctx);
  chart.unit = std::string(Trim(CollapseSpace(Attr(t, "unit", ctx))));
  if (t.Attr("categories")) {
    chart.category_title =
        std::string(Trim(CollapseSpace(Attr(t, "categories", ctx))));
  }
  ChartBuild b;
  Out o;
  o.chart = &b;
  EvalChildren(t.children, ctx, o);
  if (stopped_ || b.failed) return false;
  if (b.series.empty() || b.series[0].points.empty()) {
    Report(Severity::kError, t, t.loc,
           "the chart has no data: it needs a <series> with at least one "
           "<point>",
           ctx);
    return false;
  }
  chart.categories = b.series[0].points;
  for (const ChartBuild::Series& s : b.series) {
    const auto& first = b.series[0].points;
    bool same = s.points.size() == first.size();
    for (size_t i = 0; same && i < first.size(); ++i) {
      same = s.points[i].label == first[i].label;
    }
    if (!same) {
      std::string labels;
      for (const auto& p : first) labels += (labels.empty() ? "" : ", ") + p.label;
      Report(Severity::kError, t, s.loc,
             "this series' points (" + std::to_string(s.points.size()) +
                 ") are not the chart's categories (from its first series, " +
                 std::to_string(first.size()) + ": " + labels +
                 "); every series needs one point per category, with the "
                 "same labels in the same order",
             ctx);
      return false;
    }
    for (size_t i = 0; i < s.points.size(); ++i) {
      if (chart.categories[i].rag == model::Rag::kNone) {
        chart.categories[i].rag = s.points[i].rag;
      }
    }
    chart.series.push_back(s.series);
  }
  if (chart.series.size() > 1) {
    for (size_t i = 0; i < chart.series.size(); ++i) {
      if (chart.series[i].name.empty()) {
        Report(Severity::kError, t, b.series[i].loc,
               "<series> needs a name when the chart has more than one "
               "(the legend shows it)",
               ctx);
        return false;
      }
    }
  }
  chart.alt = std::string(Trim(CollapseSpace(Attr(t, "alt", ctx))));
  if (chart.alt.empty()) {
    chart.alt = model::ChartAltText(chart, model::PlainText(n->title));
  }
  return true;
}

}  // namespace clerk::merge_internal
