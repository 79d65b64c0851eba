#include "merge/merger.h"

#include "merge/link_target.h"
#include "merge/merger_impl.h"
#include "merge/xpath_budget.h"

namespace clerk {
namespace merge_internal {

namespace {

const std::map<std::string, const char*>& Labels() {
  static const std::map<std::string, const char*> kLabels = {
      {"from", "From"},
      {"to", "To"},
      {"date", "Date"},
      {"subject", "Subject"},
      {"classification", "Classification"},
      {"key-decision", "Key decision"},
      {"summary", "Summary"},
      {"recommendations", "Recommendation(s)"},
      {"decision-no", "Decision No"},
      {"division", "Electoral division"},
      {"past-pathway", "Past pathway"},
      {"future-pathway", "Future pathway"},
      {"author", "Report author"},
      {"wards", "Ward(s)"},
      {"reference", "Reference"},
  };
  return kLabels;
}

}  // namespace

const char* DefaultLabel(const std::string& key) {
  auto it = Labels().find(key);
  return it == Labels().end() ? nullptr : it->second;
}

const std::vector<std::string_view>& KnownFieldNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const auto& [k, l] : Labels()) v.push_back(k);
    return v;
  }();
  return names;
}

std::string StringValue(pugi::xpath_node n) {
  if (n.attribute()) return n.attribute().value();
  pugi::xml_node node = n.node();
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
    return node.value();
  }
  std::string out;
  for (pugi::xml_node d = node.first_child(); d;) {
    if (d.type() == pugi::node_pcdata || d.type() == pugi::node_cdata) {
      out += d.value();
    }
    if (d.first_child()) {
      d = d.first_child();
    } else {
      while (d && !d.next_sibling() && d != node) d = d.parent();
      if (!d || d == node) break;
      d = d.next_sibling();
    }
  }
  return out;
}

void Merger::ForEach(const TNode& t, pugi::xpath_node ctx, Out& out) {
  if (!t.query) return;
  if (t.query->return_type() != pugi::xpath_type_node_set) {
    Report(Severity::kError, t, t.loc,
           "for-each select must select nodes; '" + t.query_text +
               "' gives a " +
               (t.query->return_type() == pugi::xpath_type_number ? "number"
                : t.query->return_type() == pugi::xpath_type_string
                    ? "string"
                    : "boolean"),
           ctx);
    return;
  }
  pugi::xpath_node_set ns;
  try {
    ns = t.query->evaluate_node_set(ctx);
  } catch (const pugi::xpath_exception& ex) {
    Report(Severity::kError, t, t.loc,
           "cannot evaluate '" + t.query_text + "': " + ex.what(), ctx);
    return;
  }
  ns.sort();
  std::vector<pugi::xpath_node> nodes(ns.begin(), ns.end());
  if (!t.sort.empty()) {
    struct Keyed {
      pugi::xpath_node node;
      std::vector<std::string> text;
      std::vector<double> num;
    };
    std::vector<Keyed> keyed;
    for (const pugi::xpath_node& n : nodes) {
      Keyed k{n, {}, {}};
      for (const SortKey& sk : t.sort) {
        std::string s = sk.select ? sk.select->evaluate_string(n) : "";
        double v = 0;
        if (sk.type == SortKey::kNumber) {
          auto p = ParseNumber(s);
          v = p ? *p : INFINITY;  // non-numbers sort last
        } else if (sk.type == SortKey::kDate) {
          std::string why;
          auto d = ParseDate(s, &why);
          if (!d && !Trim(s).empty()) {
            Report(Severity::kError, t, t.loc,
                   "cannot sort by date '" + sk.text + "': " + why, n);
          }
          v = d ? DateKey(*d) : INFINITY;
        }
        k.text.push_back(std::move(s));
        k.num.push_back(v);
      }
      keyed.push_back(std::move(k));
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [&](const Keyed& a, const Keyed& b) {
                       for (size_t i = 0; i < t.sort.size(); ++i) {
                         const SortKey& sk = t.sort[i];
                         int c = 0;
                         if (sk.type == SortKey::kText) {
                           c = a.text[i] < b.text[i]   ? -1
                               : b.text[i] < a.text[i] ? 1
                                                       : 0;
                         } else {
                           c = a.num[i] < b.num[i]   ? -1
                               : b.num[i] < a.num[i] ? 1
                                                     : 0;
                         }
                         if (sk.descending) c = -c;
                         if (c != 0) return c < 0;
                       }
                       return false;
                     });
    nodes.clear();
    for (const Keyed& k : keyed) nodes.push_back(k.node);
  }
  for (const pugi::xpath_node& n : nodes) {
    if (++iterations_ > limits::kMaxLoopIterations) {
      LimitReached(t, t.loc,
                   "the report's loops run more than " +
                       std::to_string(limits::kMaxLoopIterations) +
                       " times in all (the limit); is a select too wide?");
      return;
    }
    EvalChildren(t.children, n, out);
    if (stopped_) return;
  }
}

void Merger::Eval(const TNode& t, pugi::xpath_node ctx, Out& out) {
  switch (t.op) {
    case Op::kForEach:
      ForEach(t, ctx, out);
      return;
    case Op::kIf:
      if (Test(t, ctx)) EvalChildren(t.children, ctx, out);
      return;
    case Op::kChoose:
      for (const TNode& w : t.children) {
        if (w.op == Op::kOtherwise || Test(w, ctx)) {
          EvalChildren(w.children, ctx, out);
          return;
        }
      }
      return;
    case Op::kText: case Op::kEm: case Op::kStrong: case Op::kLink:
    case Op::kRef: case Op::kBr: case Op::kValue:
      Inline(t, ctx, out);
      return;
    case Op::kSeries:
    case Op::kPoint:
      ChartPart(t, ctx, out);
      return;
    case Op::kCol: {
      model::Column c;
      c.width = std::string(Trim(Attr(t, "width", ctx)));
      std::string a = Attr(t, "align", ctx);
      if (a == "right") c.align = model::Align::kRight;
      else if (a == "center") c.align = model::Align::kCenter;
      else if (!a.empty() && a != "left")
        Report(Severity::kError, t, t.AttrLoc("align"),
               "unknown align '" + a + "' (left, center or right)", ctx);
      if (out.table) out.table->table.columns.push_back(c);
      return;
    }
    default:
      Block(t, ctx, out);
  }
}

void Merger::Inline(const TNode& t, pugi::xpath_node ctx, Out& out) {
  if (!out.runs) return;
  switch (t.op) {
    case Op::kText:
    case Op::kValue:
      AppendInterpRuns(t.text, t, ctx, out.fmt, out.runs, true);
      return;
    case Op::kEm:
    case Op::kStrong: {
      Out o = out;
      if (t.op == Op::kEm) o.fmt.italic = true;
      if (t.op == Op::kStrong) o.fmt.bold = true;
      if (t.Attr("xml:lang")) o.fmt.lang = Attr(t, "xml:lang", ctx);
      EvalChildren(t.children, ctx, o);
      return;
    }
    case Op::kLink: {
      std::string href(Trim(Attr(t, "href", ctx)));
      if (href.empty()) {
        Report(Severity::kError, t, t.loc, "<link> needs an href", ctx);
        return;
      }
      if (href.find(':') == std::string::npos && href.find('@') != std::string::npos) {
        href = "mailto:" + href;
      }
      if (std::string why = LinkTargetProblem(href); !why.empty()) {
        Report(Severity::kError, t, t.AttrLoc("href"), why, ctx);
        return;
      }
      Runs inner;
      Out o = out;
      o.runs = &inner;
      if (t.Attr("xml:lang")) o.fmt.lang = Attr(t, "xml:lang", ctx);
      EvalChildren(t.children, ctx, o);
      NormalizeRuns(&inner);
      if (inner.empty()) {
        std::string shown = href.rfind("mailto:", 0) == 0 ? href.substr(7) : href;
        inner.push_back(TextRun(shown, out.fmt, t.loc));
      }
      for (Run& r : inner) {
        if (r.kind == RunKind::kText) {
          r.kind = RunKind::kLink;
          r.target = href;
        }
        out.runs->push_back(std::move(r));
      }
      return;
    }
    case Op::kRef: {
      Run r = TextRun("", out.fmt, t.loc);
      r.kind = RunKind::kXref;
      r.target = std::string(Trim(Attr(t, "to", ctx)));
      std::string form = Attr(t, "form", ctx, "full");
      if (form == "number") r.xref_form = model::XrefForm::kNumber;
      else if (form == "title") r.xref_form = model::XrefForm::kTitle;
      else if (form == "label") r.xref_form = model::XrefForm::kLabel;
      else if (form == "page") r.xref_form = model::XrefForm::kPage;
      else if (form == "pages") r.xref_form = model::XrefForm::kPages;
      else if (form == "page-number") r.xref_form = model::XrefForm::kPageNumber;
      else if (form == "page-range") r.xref_form = model::XrefForm::kPageRange;
      else if (form != "full")
        Report(Severity::kError, t, t.AttrLoc("form"),
               "unknown form '" + form + "' (full, number, label, title, page, "
               "pages, page-number or page-range)", ctx);
      if (r.target.empty()) {
        Report(Severity::kError, t, t.loc, "<ref> needs a to attribute naming "
                                           "an id", ctx);
        return;
      }
      out.runs->push_back(std::move(r));
      return;
    }
    case Op::kBr: {
      Run r;
      r.kind = RunKind::kLineBreak;
      r.loc = t.loc;
      out.runs->push_back(std::move(r));
      return;
    }
    default:
      return;
  }
}

}  // namespace merge_internal

model::Document Merge(CompiledTemplate& tmpl, const MergeInput& input,
                      const model::Style& style, Diagnostics* diags) {
  XPathBudget budget(limits::kMaxXPathBytes);
  try {
    return merge_internal::Merger(tmpl, input, style, diags).Build();
  } catch (const std::bad_alloc&) {
    if (!XPathBudget::Exceeded()) throw;
    diags->Error(SourceLoc{tmpl.files.empty() ? "" : tmpl.files[0]->path, 0, 0},
                 "the report needs more than " +
                     limits::FormatBytes(limits::kMaxXPathBytes) +
                     " of memory for XPath (the limit)");
    return model::Document{};
  }
}

}  // namespace clerk

