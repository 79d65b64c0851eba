// Internal to merge/: the Merger class shared by merger.cpp (values,
// inline content, control) and merger_blocks.cpp (structure elements).
#ifndef CLERK_MERGE_MERGER_IMPL_H_
#define CLERK_MERGE_MERGER_IMPL_H_

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/limits.h"
#include "base/utf8.h"
#include "merge/merger.h"
#include "merge/runs.h"

namespace clerk::merge_internal {

using model::Node;
using model::NodeKind;
using model::Run;
using model::RunKind;
using model::Runs;

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

struct DeriveSpec {
  bool drop_that = false;
};

// The label a known cover field gets when the template gives none, or null.
const char* DefaultLabel(const std::string& key);
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
    for (const auto& [name, value] : tmpl_.param_defaults) {
      tmpl_.vars->set(name.c_str(), value.c_str());
    }
    for (const auto& [name, value] : in_.params) {
      tmpl_.vars->set(name.c_str(), value.c_str());
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
    FlushRepeats();
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

  // Reports a problem at a template location; identical problems at the
  // same place (a loop) are reported three times, then counted.
  void Report(Severity sev, const TNode& t, const SourceLoc& loc,
              const std::string& msg, pugi::xpath_node ctx) {
    std::string key = loc.ToString() + "\n" + msg;
    int n = ++repeats_[key];
    if (n > 3) return;
    Diagnostic d;
    d.severity = sev;
    d.loc = loc;
    d.message = msg;
    d.hints = DataHint(ctx);
    d.trace = t.trace;
    diags_->Add(std::move(d));
    if (n == 1) first_of_[key] = diags_->all().size() - 1;
  }

  void FlushRepeats() {
    for (const auto& [key, n] : repeats_) {
      if (n <= 3) continue;
      Diagnostic d = diags_->all()[first_of_[key]];
      d.message = "the same problem " + std::to_string(n - 3) +
                  " more time" + (n - 3 == 1 ? "" : "s") +
                  " (in a loop): " + d.message;
      d.hints.clear();
      diags_->Add(std::move(d));
    }
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
        args.push_back(std::string(Trim(CollapseSpace(StringValue(ns.first())))));
      } else {
        args.push_back(q.evaluate_string(ctx));
      }
    }
    if (!e.formatter) return args[0];
    std::string why;
    auto v = ApplyFormatter(*e.formatter, args, &why);
    if (!v) {
      Report(in_.mode == Mode::kDraft ? Severity::kWarning : Severity::kError,
             t, e.loc, "cannot format '" + e.text + "': " + why, ctx);
      if (in_.mode == Mode::kDraft) placeholder_ = "[" + args[0] + "?]";
    }
    return v;
  }

  void Missing(const Expr& e, const TNode& t, pugi::xpath_node ctx) {
    if (in_.mode == Mode::kDraft) {
      Report(Severity::kWarning, t, e.loc,
             "missing value: '" + e.text + "' selects nothing (shown as a "
             "placeholder in draft mode)",
             ctx);
    } else {
      Report(Severity::kError, t, e.loc,
             "missing value: '" + e.text + "' selects nothing", ctx);
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
        out += *v;
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
        case pugi::xpath_type_string:
          v->set(t.query->evaluate_string(ctx).c_str());
          break;
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
      if (k.op == Op::kLet) {
        saved.push_back(Save(k.var));
        Let(k, ctx);
        continue;
      }
      Eval(k, ctx, out);
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
  void DeriveResolutions(Node* root);
  void FillMetaDefaults(model::Document* doc);

  CompiledTemplate& tmpl_;
  const MergeInput& in_;
  const model::Style& style_;
  Diagnostics* diags_;
  model::Document* doc_ = nullptr;
  pugi::xml_document empty_;
  std::string placeholder_;
  std::map<std::string, int> repeats_;
  std::map<std::string, size_t> first_of_;
  std::map<std::string, DeriveSpec> derive_;  // by template location
  long iterations_ = 0;  // <for-each> iterations so far
  long nodes_ = 0;       // document nodes so far
  bool stopped_ = false;  // a limit was reached
};

}  // namespace clerk::merge_internal

#endif  // CLERK_MERGE_MERGER_IMPL_H_
