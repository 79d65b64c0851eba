// Internal to merge/: the Merger class shared by merger.cpp (values,
// inline content, control) and merger_blocks.cpp (structure elements).
#ifndef CLERK_MERGE_MERGER_IMPL_H_
#define CLERK_MERGE_MERGER_IMPL_H_

#include <algorithm>
#include <cmath>
#include <map>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "base/limits.h"
#include "base/utf8.h"
#include "merge/date_functions.h"
#include "merge/merger.h"
#include "merge/missing_hint.h"
#include "merge/resolution_forms.h"
#include "merge/runs.h"
#include "merge/xpath_budget.h"

namespace clerk::merge_internal {

using model::Node;
using model::NodeKind;
using model::Run;
using model::RunKind;
using model::Runs;

// Node::key of a resolution list until it is shaped: "clerk:res:" + index.
inline constexpr std::string_view kResolutionKey = "clerk:res:";

struct Fmt {
  bool bold = false;
  bool italic = false;
  std::string lang;  // xml:lang of an enclosing inline element
};

// Where evaluation output goes. Compile-time checks guarantee that each
// element only meets the sinks it needs.
struct Out {
  std::vector<Node>* blocks = nullptr;  // blocks, items, rows, cells, fields
  Runs* runs = nullptr;                 // inline content
  Node* table = nullptr;                // <col> target
  Fmt fmt;
  int para_level = 0;  // level of the enclosing <p>, 0 outside paragraphs
  int section_level = 0;
  bool numbered_context = false;  // inside a numbered top-level section
};


// The label a known cover field gets when the template gives none, or null.
const char* DefaultLabel(const std::string& key);
// The cover field names clerk knows (for "did you mean").
const std::vector<std::string_view>& KnownFieldNames();
// XPath string-value of a node.
std::string StringValue(pugi::xpath_node n);

class Merger {
 public:
  Merger(CompiledTemplate& t, const MergeInput& in, const model::Style& s,
         Diagnostics* d)
      : tmpl_(t), in_(in), style_(s), diags_(d) {}

  model::Document Build() {
    model::Document doc;
    doc.draft = in_.mode == Mode::kDraft;
    doc.root.kind = NodeKind::kDocument;
    doc_ = &doc;
    pugi::xpath_node ctx;
    for (const auto& src : in_.data) {
      pugi::xpath_node root(src->root());
      tmpl_.vars->set(src->name.c_str(), pugi::xpath_node_set(&root, &root + 1));
    }
    tmpl_.vars->set(std::string(kDoneVariable).c_str(),
                    DoneVariableValue(Rag().DoneWords()).c_str());
    for (const auto& [name, value] : tmpl_.param_defaults) {
      tmpl_.vars->set(name.c_str(), TypedParam(name, value).c_str());
    }
    for (const auto& [name, value] : in_.params) {
      tmpl_.vars->set(name.c_str(), TypedParam(name, value).c_str());
    }
    if (in_.context) {
      ctx = pugi::xpath_node(in_.context);
    } else if (!in_.data.empty()) {
      ctx = pugi::xpath_node(in_.data[0]->root());
    } else {
      ctx = pugi::xpath_node(empty_.document_element());
      if (!ctx) ctx = pugi::xpath_node(empty_.append_child("data"));
    }
    Out out;
    out.blocks = &doc.root.children;
    EvalChildren(tmpl_.body, ctx, out);
    if (!stopped_) DeriveResolutions(&doc.root);
    FillMetaDefaults(&doc);
    return doc;
  }

 private:
  // ------------------------------------------------------------ errors --

  std::vector<std::string> DataHint(pugi::xpath_node ctx) {
    pugi::xml_node n = ctx.node() ? ctx.node() : ctx.parent();
    if (!n || n.parent() == n.root()) return {};
    for (const auto& src : in_.data) {
      if (n.root() != src->file->doc.root()) continue;
      for (pugi::xml_node r = n; r; r = r.parent()) {
        if (std::string_view(r.name()) == "row" && r.attribute("line") &&
            r.parent() == src->file->doc.document_element()) {
          return {"data: " + src->file->path + ":" +
                  std::string(r.attribute("line").value())};
        }
      }
      return {"data: " + src->file->LocOf(n).ToString()};
    }
    return {};
  }

  // Reports a problem at a template location. Identical problems at the
  // same place (a loop) are kept once with their count by Diagnostics.
  void Report(Severity sev, const TNode& t, const SourceLoc& loc,
              const std::string& msg, pugi::xpath_node ctx) {
    Diagnostic d;
    d.severity = sev;
    d.loc = loc;
    d.message = msg;
    d.hints = DataHint(ctx);
    d.trace = t.trace;
    diags_->Add(std::move(d));
  }

  // Reports that a resource limit (base/limits.h) was reached at `loc` and
  // stops the merge: nothing more is evaluated.
  void LimitReached(const TNode& t, const SourceLoc& loc,
                    const std::string& msg) {
    if (stopped_) return;
    stopped_ = true;
    Diagnostic d;
    d.loc = loc;
    d.message = msg;
    d.trace = t.trace;
    diags_->Add(std::move(d));
  }

  // A computed value past limits::kMaxValueBytes stops the merge (27
  // <let>s each doubling a string would reach gigabytes).
  bool TooLong(const TNode& t, const SourceLoc& loc, const std::string& expr,
               const std::string& value) {
    if (value.size() <= limits::kMaxValueBytes) return false;
    std::string shown = expr.size() > 60 ? expr.substr(0, 60) + "..." : expr;
    LimitReached(t, loc,
                 "the value of '" + shown + "' is longer than " +
                     limits::FormatBytes(limits::kMaxValueBytes) +
                     " (the limit for one computed value)");
    return true;
  }

  // Counts `n` more document nodes; false (and the merge stops) past
  // limits::kMaxNodes.
  bool CountNodes(const TNode& t, long n) {
    nodes_ += n;
    if (nodes_ <= limits::kMaxNodes) return true;
    LimitReached(t, t.loc,
                 "the report has more than " +
                     std::to_string(limits::kMaxNodes) +
                     " paragraphs, items, rows and other blocks (the limit)");
    return false;
  }

  // ------------------------------------------------------------ values --

  // The value of an expression; nullopt when it is missing (no node) or
  // cannot be formatted (reported here).
  std::optional<std::string> Value(const Expr& e, const TNode& t,
                                   pugi::xpath_node ctx) {
    if (!CheckDateArgs(e, t, ctx)) return std::nullopt;
    std::vector<std::string> args;
    for (size_t i = 0; i < e.args.size(); ++i) {
      const pugi::xpath_query& q = *e.args[i];
      if (q.return_type() == pugi::xpath_type_node_set) {
        pugi::xpath_node_set ns;
        try {
          ns = q.evaluate_node_set(ctx);
        } catch (const pugi::xpath_exception& ex) {
          Report(Severity::kError, t, e.loc,
                 "cannot evaluate '" + e.text + "': " + ex.what(), ctx);
          return std::nullopt;
        }
        if (ns.empty()) {
          Missing(e, t, ctx);
          return std::nullopt;
        }
        if (ns.size() > 1) {
          Report(Severity::kError, t, e.loc,
                 "'" + e.text + "' selects " + std::to_string(ns.size()) +
                     " nodes where one value is wanted (loop over them with "
                     "<for-each>, or pick one, e.g. [1])",
                 ctx);
          return std::nullopt;
        }
        if (IsInvalidValue(ns.first())) {
          // Typed data already warned about it (draft mode).
          placeholder_ = StringValue(ns.first());
          return std::nullopt;
        }
        // A data value is trimmed and its white space collapsed; a value
        // printed as it is keeps its blank lines as paragraph marks.
        args.push_back(e.formatter || i > 0
                           ? std::string(Trim(CollapseSpace(StringValue(ns.first()))))
                           : ValueWithParagraphs(StringValue(ns.first())));
      } else {
        args.push_back(q.evaluate_string(ctx));
      }
    }
    for (const std::string& a : args) {
      if (TooLong(t, e.loc, e.text, a)) return std::nullopt;
    }
    if (!e.formatter) return args[0];
    if (*e.formatter == Formatter::kRag) {
      if (auto w = Rag().Canonical(args[0])) return *w;
    }
    std::string why;
    auto v = ApplyFormatter(*e.formatter, args, &why);
    if (!v) {
      Report(in_.mode == Mode::kDraft ? Severity::kWarning : Severity::kError,
             t, e.loc, "cannot format '" + e.text + "': " + why, ctx);
      if (in_.mode == Mode::kDraft) placeholder_ = "[" + args[0] + "?]";
    }
    return v;
  }

  // A parameter's value read as the type its <param> declares: canonical,
  // or (reported) as given.
  std::string TypedParam(const std::string& name, const std::string& value) {
    for (const auto& p : tmpl_.param_types) {
      if (p.name != name) continue;
      TypedValue v = ReadTyped(p.type, value, Rag());
      if (v.ok) return v.canonical;
      std::string msg = "parameter $" + name + " is " +
                        (p.type == FieldType::kInteger ? "an " : "a ") +
                        FieldTypeName(p.type) + ": " + v.why;
      if (in_.mode == Mode::kDraft) {
        diags_->Warning(p.loc, msg);
      } else {
        diags_->Error(p.loc, msg);
      }
    }
    return value;
  }

  const RagVocabulary& Rag() const {
    static const RagVocabulary kDefault;
    return in_.rag ? *in_.rag : kDefault;
  }

  // A value typing marked bad (draft mode): shown as its placeholder.
  bool IsInvalidValue(const pugi::xpath_node& n) const {
    const void* id = n.attribute()
                         ? static_cast<const void*>(n.attribute().internal_object())
                         : static_cast<const void*>(n.node().internal_object());
    for (const auto& src : in_.data) {
      if (src && src->invalid_values.count(id)) return true;
    }
    return false;
  }

  // The date arguments of a date function used as a whole value must be
  // ISO dates: false (reported) otherwise.
  bool CheckDateArgs(const Expr& e, const TNode& t, pugi::xpath_node ctx) {
    for (const auto& q : e.date_args) {
      std::string v;
      try {
        if (q->return_type() == pugi::xpath_type_node_set) {
          pugi::xpath_node_set ns = q->evaluate_node_set(ctx);
          if (!ns.empty() && IsInvalidValue(ns.first())) {
            placeholder_ = StringValue(ns.first());
            return false;  // typed data warned about it already
          }
        }
        v = q->evaluate_string(ctx);
      } catch (const pugi::xpath_exception& ex) {
        Report(Severity::kError, t, e.loc,
               "cannot evaluate '" + e.text + "': " + ex.what(), ctx);
        return false;
      }
      v = std::string(Trim(v));
      if (e.date_function == "overdue" && v.empty() && &q == &e.date_args[0]) {
        continue;  // no due date: not overdue
      }
      if (ReadIsoDate(v)) continue;
      bool draft = in_.mode == Mode::kDraft;
      Report(draft ? Severity::kWarning : Severity::kError, t, e.loc,
             "cannot compute '" + e.text + "': '" + v +
                 "' is not a date in ISO form (yyyy-mm-dd); declare the "
                 "field's type as date so its values are read and "
                 "normalised when the data is loaded",
             ctx);
      placeholder_ = "[" + v + "?]";
      return false;
    }
    return true;
  }

  void Missing(const Expr& e, const TNode& t, pugi::xpath_node ctx) {
    std::string hint = MissingValueHint(
        e.formatter || !e.date_function.empty() ? "" : e.text, ctx, in_.data);
    if (in_.mode == Mode::kDraft) {
      Report(Severity::kWarning, t, e.loc,
             "missing value: '" + e.text + "' selects nothing" + hint +
                 " (shown as a placeholder in draft mode)",
             ctx);
    } else {
      Report(Severity::kError, t, e.loc,
             "missing value: '" + e.text + "' selects nothing" + hint, ctx);
    }
    placeholder_ = "[missing: " + e.text + "]";
  }

  // Attribute text with its values filled in. Missing values become the
  // placeholder text in draft mode, "" in final mode (already reported).
  std::string InterpString(const Interp& in, const TNode& t,
                           pugi::xpath_node ctx) {
    std::string out;
    for (const Piece& p : in) {
      if (!p.expr) {
        out += p.literal;
        continue;
      }
      placeholder_.clear();
      auto v = Value(*p.expr, t, ctx);
      if (v) {
        out += MarksToSpaces(*v);
      } else if (in_.mode == Mode::kDraft) {
        out += placeholder_;
      }
    }
    return out;
  }

  std::string Attr(const TNode& t, const char* name, pugi::xpath_node ctx,
                   const std::string& dflt = "") {
    const Interp* in = t.Attr(name);
    return in ? InterpString(*in, t, ctx) : dflt;
  }

  std::optional<bool> BoolAttr(const TNode& t, const char* name,
                               pugi::xpath_node ctx) {
    if (!t.Attr(name)) return std::nullopt;
    std::string v(Trim(Attr(t, name, ctx)));
    if (v == "true" || v == "yes") return true;
    if (v == "false" || v == "no") return false;
    Report(Severity::kError, t, t.AttrLoc(name),
           "invalid value '" + v + "' for '" + name + "': write true or false",
           ctx);
    return std::nullopt;
  }

  // True when attribute `name` is one plain {xpath} that selects no node:
  // an optional value (a start number only some records have).
  bool SelectsNothing(const TNode& t, const char* name, pugi::xpath_node ctx) {
    const Interp* in = t.Attr(name);
    if (!in || in->size() != 1 || !(*in)[0].expr) return false;
    const Expr& e = *(*in)[0].expr;
    if (e.formatter || e.args.empty() ||
        e.args[0]->return_type() != pugi::xpath_type_node_set) {
      return false;
    }
    try {
      return e.args[0]->evaluate_node_set(ctx).empty();
    } catch (const pugi::xpath_exception&) {
      return false;
    }
  }

  std::optional<int> IntAttr(const TNode& t, const char* name,
                             pugi::xpath_node ctx, int lo, int hi) {
    if (!t.Attr(name)) return std::nullopt;
    std::string v(Trim(Attr(t, name, ctx)));
    auto n = ParseNumber(v);
    if (!n || *n != std::floor(*n) || *n < lo || *n > hi) {
      Report(Severity::kError, t, t.AttrLoc(name),
             "invalid value '" + v + "' for '" + name +
                 "': write a whole number from " + std::to_string(lo) +
                 " to " + std::to_string(hi),
             ctx);
      return std::nullopt;
    }
    return static_cast<int>(*n);
  }

  Run TextRun(std::string text, const Fmt& f, const SourceLoc& loc) {
    Run r;
    r.text = std::move(text);
    r.bold = f.bold;
    r.italic = f.italic;
    r.lang = f.lang;
    r.loc = loc;
    return r;
  }

  Runs TitleRuns(const TNode& t, const char* attr, pugi::xpath_node ctx) {
    Runs runs;
    const Interp* in = t.Attr(attr);
    if (!in) return runs;
    AppendInterpRuns(*in, t, ctx, Fmt{}, &runs, false);
    NormalizeRuns(&runs);
    return runs;
  }

  void AppendInterpRuns(const Interp& in, const TNode& t, pugi::xpath_node ctx,
                        const Fmt& f, Runs* runs, bool collapse_values) {
    for (const Piece& p : in) {
      if (!p.expr) {
        runs->push_back(TextRun(p.literal, f, t.loc));
        continue;
      }
      placeholder_.clear();
      auto v = Value(*p.expr, t, ctx);
      if (v) {
        runs->push_back(TextRun(collapse_values ? CollapseSpace(*v) : *v, f,
                                p.expr->loc));
      } else if (in_.mode == Mode::kDraft) {
        Run r = TextRun(placeholder_, f, p.expr->loc);
        r.kind = RunKind::kPlaceholder;
        runs->push_back(std::move(r));
      }
    }
  }

  // ------------------------------------------------------------ walking --

  struct SavedVar {
    std::string name;
    pugi::xpath_value_type type;
    pugi::xpath_node_set nodes;
    std::string str;
    double num = 0;
    bool boolean = false;
  };

  SavedVar Save(const std::string& name) {
    SavedVar s;
    s.name = name;
    pugi::xpath_variable* v = tmpl_.vars->get(name.c_str());
    s.type = v->type();
    switch (s.type) {
      case pugi::xpath_type_node_set: s.nodes = v->get_node_set(); break;
      case pugi::xpath_type_string: s.str = v->get_string(); break;
      case pugi::xpath_type_number: s.num = v->get_number(); break;
      case pugi::xpath_type_boolean: s.boolean = v->get_boolean(); break;
      default: break;
    }
    return s;
  }

  void Restore(const SavedVar& s) {
    pugi::xpath_variable* v = tmpl_.vars->get(s.name.c_str());
    switch (s.type) {
      case pugi::xpath_type_node_set: v->set(s.nodes); break;
      case pugi::xpath_type_string: v->set(s.str.c_str()); break;
      case pugi::xpath_type_number: v->set(s.num); break;
      case pugi::xpath_type_boolean: v->set(s.boolean); break;
      default: break;
    }
  }

  void Let(const TNode& t, pugi::xpath_node ctx) {
    pugi::xpath_variable* v = tmpl_.vars->get(t.var.c_str());
    if (!v || !t.query) return;
    try {
      switch (v->type()) {
        case pugi::xpath_type_node_set:
          v->set(t.query->evaluate_node_set(ctx));
          break;
        case pugi::xpath_type_string: {
          std::string value = t.query->evaluate_string(ctx);
          if (TooLong(t, t.loc, t.query_text, value)) return;
          v->set(value.c_str());
          break;
        }
        case pugi::xpath_type_number:
          v->set(t.query->evaluate_number(ctx));
          break;
        case pugi::xpath_type_boolean:
          v->set(t.query->evaluate_boolean(ctx));
          break;
        default:
          break;
      }
    } catch (const pugi::xpath_exception& ex) {
      Report(Severity::kError, t, t.loc,
             "cannot evaluate '" + t.query_text + "': " + ex.what(), ctx);
    }
  }

  void EvalChildren(const std::vector<TNode>& kids, pugi::xpath_node ctx,
                    Out& out) {
    std::vector<SavedVar> saved;
    for (const TNode& k : kids) {
      if (stopped_) break;
      if (k.op == Op::kLet) saved.push_back(Save(k.var));
      try {
        if (k.op == Op::kLet) {
          Let(k, ctx);
        } else {
          Eval(k, ctx, out);
        }
      } catch (const std::bad_alloc&) {
        // The innermost element whose evaluation ran out of the budget
        // (xpath_budget.h); a real out-of-memory goes on up.
        if (!XPathBudget::Exceeded()) throw;
        LimitReached(k, k.loc,
                     "evaluating this needs more than " +
                         limits::FormatBytes(limits::kMaxXPathBytes) +
                         " of memory for XPath (the limit); is a path such "
                         "as following::* or //* evaluated for every node?");
      }
    }
    for (auto it = saved.rbegin(); it != saved.rend(); ++it) Restore(*it);
  }

  bool Test(const TNode& t, pugi::xpath_node ctx) {
    if (!t.query) return false;
    try {
      return t.query->evaluate_boolean(ctx);
    } catch (const pugi::xpath_exception& ex) {
      Report(Severity::kError, t, t.loc,
             "cannot evaluate '" + t.query_text + "': " + ex.what(), ctx);
      return false;
    }
  }

  // Evaluates t's children as inline content into *runs, tidied.
  void InlineRuns(const TNode& t, pugi::xpath_node ctx, Runs* runs) {
    Out o;
    o.runs = runs;
    EvalChildren(t.children, ctx, o);
    NormalizeRuns(runs);
  }

  // Evaluates t's children as blocks (fields, rows, cells) into *blocks.
  void BlockChildren(const TNode& t, pugi::xpath_node ctx,
                     std::vector<Node>* blocks) {
    Out o;
    o.blocks = blocks;
    EvalChildren(t.children, ctx, o);
  }

  void ForEach(const TNode& t, pugi::xpath_node ctx, Out& out);
  void Eval(const TNode& t, pugi::xpath_node ctx, Out& out);
  void Block(const TNode& t, pugi::xpath_node ctx, Out& out);
  // align="left|center|right" of a <p> or <heading> into n->align; false
  // (reported) for an unknown value or a numbered block.
  bool TextAlign(const TNode& t, pugi::xpath_node ctx, Node* n);
  void Inline(const TNode& t, pugi::xpath_node ctx, Out& out);
  // Copies derived resolutions (from="…"), then picks, merges and shapes
  // every resolution list by its form (resolution_forms.h).
  void DeriveResolutions(Node* root);
  // The form of a <resolutions> element: the style's, then its attributes.
  ResolutionForm ResolutionFormOf(const TNode& t, pugi::xpath_node ctx,
                                  const Out& out);
  // <resolutions select>: one item per selected node, its text the node's.
  void SelectedResolutions(const TNode& t, pugi::xpath_node ctx, Node* list);
  void FillMetaDefaults(model::Document* doc);

  CompiledTemplate& tmpl_;
  const MergeInput& in_;
  const model::Style& style_;
  Diagnostics* diags_;
  model::Document* doc_ = nullptr;
  pugi::xml_document empty_;
  std::string placeholder_;
  // Every <resolutions> list made so far; the list's Node::key holds
  // kResolutionKey + its index until DeriveResolutions shapes it.
  std::vector<ResolutionForm> resolution_forms_;
  long iterations_ = 0;  // <for-each> iterations so far
  long nodes_ = 0;       // document nodes so far
  bool stopped_ = false;  // a limit was reached
};

}  // namespace clerk::merge_internal

#endif  // CLERK_MERGE_MERGER_IMPL_H_
