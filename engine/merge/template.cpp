#include "merge/template.h"

#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include "base/limits.h"
#include "base/utf8.h"
#include "load/xml_check.h"
#include "merge/template_expr.h"
#include "merge/template_schema.h"

namespace clerk {

const Interp* TNode::Attr(const std::string& name) const {
  for (const auto& [n, v] : attrs) {
    if (n == name) return &v;
  }
  return nullptr;
}

SourceLoc TNode::AttrLoc(const std::string& name) const {
  for (const auto& [n, l] : attr_locs) {
    if (n == name) return l;
  }
  return loc;
}

namespace {

using template_schema::Allowed;
using template_schema::AllowsText;
using template_schema::Content;
using template_schema::ElementDef;
using template_schema::FindDef;
using template_schema::Where;

class Compiler {
 public:
  Compiler(const FileSystem& fs, const CompileOptions& opts,
           CompiledTemplate* out, Diagnostics* diags)
      : fs_(fs), opts_(opts), out_(out), diags_(diags),
        exprs_(out->vars.get(), diags) {}

  void Run(std::shared_ptr<SourceFile> file) {
    pugi::xml_node root = file->doc.document_element();
    if (LocalName(root) != "report") {
      std::string name(LocalName(root));
      std::string msg = "a template's root element must be <report>, not <" +
                        name + ">";
      if (name == "fragment") msg += " (this file is a fragment: <include> it)";
      diags_->Error(file->LocOf(root), msg);
      return;
    }
    CheckAttributes(*file, root, {"style"}, diags_);
    if (auto a = root.attribute("style")) {
      out_->style_href = NormalPath(JoinPath(DirName(file->path), a.value()));
      out_->style_loc = file->LocOf(root, a);
    }
    for (const std::string& n : opts_.data_names) {
      out_->vars->add(n.c_str(), pugi::xpath_type_node_set);
    }
    for (const std::string& n : opts_.param_names) {
      out_->vars->add(n.c_str(), pugi::xpath_type_string);
    }
    include_stack_.push_back(fs_.Canonical(file->path));
    include_names_.push_back(file->path);
    templates_dir_shown_ = opts_.templates_dir.empty()
                               ? DirName(file->path)
                               : opts_.templates_dir;
    if (templates_dir_shown_.empty()) templates_dir_shown_ = ".";
    templates_dir_ = opts_.templates_dir.empty()
                         ? fs_.Canonical(DirName(file->path).empty()
                                             ? "."
                                             : DirName(file->path))
                         : fs_.Canonical(opts_.templates_dir);
    if (!opts_.shipped_templates_dir.empty()) {
      shipped_dir_ = fs_.Canonical(opts_.shipped_templates_dir);
    }
    out_->files.push_back(file);
    out_->fs = &fs_;
    out_->asset_root = templates_dir_;
    out_->asset_root_shown = templates_dir_shown_;
    Children(*file, root, Content::kTop, &out_->body);
  }

 private:
  void Children(const SourceFile& file, pugi::xml_node parent, Content c,
                std::vector<TNode>* out) {
    for (pugi::xml_node n : parent.children()) {
      switch (n.type()) {
        case pugi::node_pcdata:
        case pugi::node_cdata:
          Text(file, n, c, out);
          break;
        case pugi::node_element:
          Element(file, n, c, out);
          break;
        default:
          break;  // comments, processing instructions
      }
    }
  }

  void Text(const SourceFile& file, pugi::xml_node n, Content c,
            std::vector<TNode>* out) {
    std::string_view raw = n.value();
    if (!AllowsText(c)) {
      if (!Trim(raw).empty()) {
        std::string msg = std::string("text is not allowed ") + Where(c);
        if (c == Content::kBlock || c == Content::kTop) {
          msg += "; put it in a <p>";
        } else if (c == Content::kRow) {
          msg += "; put it in a <cell>";
        } else if (c == Content::kItems) {
          msg += "; put it in an <item>";
        }
        diags_->Error(TextLoc(file, n, raw), msg);
      }
      return;
    }
    TNode t;
    t.op = Op::kText;
    t.loc = file.LocOf(n);
    t.trace = trace_;
    std::string collapsed = n.type() == pugi::node_cdata
                                ? std::string(raw)
                                : std::string(raw);
    if (PreserveSpace(n)) {
      collapsed = KeepSpaces(collapsed, n.previous_sibling().type() == pugi::node_element,
                             n.next_sibling().type() == pugi::node_element);
    }
    t.text = exprs_.ParseInterp(collapsed, t.loc, true);
    out->push_back(std::move(t));
  }

  // xml:space="preserve" on the text's element or an ancestor (the nearest
  // xml:space decides).
  static bool PreserveSpace(pugi::xml_node n) {
    for (pugi::xml_node e = n.parent(); e; e = e.parent()) {
      pugi::xml_attribute a = e.attribute("xml:space");
      if (a) return std::string_view(a.value()) == "preserve";
    }
    return false;
  }

  // The author's runs of spaces between two words survive white-space
  // collapsing as one space and then no-break spaces (U+00A0), which every
  // output keeps: "RESOLVED: \u00A0That". Indentation, line breaks and tabs
  // still fold. `after`/`before`: an inline element precedes/follows the
  // text, so spaces at its start/end lie between words too.
  static std::string KeepSpaces(const std::string& s, bool after, bool before) {
    auto blank = [](char c) { return c == '\n' || c == '\r' || c == '\t'; };
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
      if (s[i] != ' ') {
        out += s[i++];
        continue;
      }
      size_t j = i;
      while (j < s.size() && s[j] == ' ') ++j;
      bool between = (i > 0 ? !blank(s[i - 1]) : after) &&
                     (j < s.size() ? !blank(s[j]) : before);
      out += ' ';
      for (size_t k = i + 1; k < j; ++k) out += between ? "\xC2\xA0" : " ";
      i = j;
    }
    return out;
  }

  SourceLoc TextLoc(const SourceFile& file, pugi::xml_node n,
                    std::string_view raw) {
    size_t lead = 0;
    while (lead < raw.size() && (raw[lead] == ' ' || raw[lead] == '\n' ||
                                 raw[lead] == '\t' || raw[lead] == '\r')) {
      ++lead;
    }
    ptrdiff_t off = n.offset_debug();
    if (off < 0) return file.LocOf(n);
    return file.LocOfOffset(static_cast<size_t>(off) + lead);
  }

  SourceLoc AttrValueLoc(const SourceFile& file, pugi::xml_node el,
                         pugi::xml_attribute a) {
    SourceLoc l = file.LocOf(el, a);
    l.col += static_cast<int>(std::strlen(a.name())) + 2;
    return l;
  }

  void Element(const SourceFile& file, pugi::xml_node el, Content c,
               std::vector<TNode>* out) {
    if (expanded_stop_) return;
    if (++elements_ > limits::kMaxTemplateElements) {
      // Includes can fan out (each fragment including the next four
      // times): the total, not only the depth, is bounded.
      expanded_stop_ = true;
      diags_->Error(file.LocOf(el),
                    "the template has more than " +
                        GroupThousands(limits::kMaxTemplateElements) +
                        " elements, counting every include (the limit)");
      return;
    }
    if (depth_ >= limits::kMaxTemplateDepth) {
      diags_->Error(file.LocOf(el),
                    "template elements nest more than " +
                        std::to_string(limits::kMaxTemplateDepth) +
                        " deep (the limit)");
      return;
    }
    struct DepthGuard {
      int* d;
      explicit DepthGuard(int* depth) : d(depth) { ++*d; }
      ~DepthGuard() { --*d; }
    } guard(&depth_);
    std::string_view name = LocalName(el);
    std::vector<std::string_view> allowed = Allowed(c);
    bool ok = false;
    for (auto a : allowed) ok = ok || a == name;
    if (!ok) {
      if (FindDef(name) || name == "include") {
        diags_->Error(file.LocOf(el), "<" + std::string(name) +
                                          "> is not allowed " + Where(c));
      } else {
        UnknownElement(file, el, allowed, Where(c), diags_);
      }
      return;
    }
    if (name == "include") {
      Include(file, el, c, out);
      return;
    }
    if (name == "param") {
      Param(file, el);
      return;
    }
    const ElementDef* def = FindDef(name);
    CheckAttributes(file, el, def->attrs, diags_);
    TNode t;
    t.op = def->op;
    t.loc = file.LocOf(el);
    t.trace = trace_;
    for (pugi::xml_attribute a : el.attributes()) {
      std::string an = a.name();
      if (an == "xmlns" || an.rfind("xmlns:", 0) == 0) continue;
      bool is_query = (an == "select" && t.op != Op::kValue) || an == "test" ||
                      (an == "sort" && t.op == Op::kForEach);
      if (is_query) continue;
      SourceLoc vloc = AttrValueLoc(file, el, a);
      t.attrs.push_back({an, exprs_.ParseInterp(a.value(), vloc, false)});
      t.attr_locs.push_back({an, file.LocOf(el, a)});
    }
    switch (t.op) {
      case Op::kForEach:
      case Op::kIf:
      case Op::kWhen:
      case Op::kLet: {
        const char* qa = t.op == Op::kIf || t.op == Op::kWhen ? "test" : "select";
        pugi::xml_attribute a = el.attribute(qa);
        if (!a) {
          diags_->Error(file.LocOf(el), "<" + std::string(name) + "> needs a " +
                                            qa + " attribute");
          return;
        }
        t.query_text = a.value();
        t.query = exprs_.Query(a.value(), AttrValueLoc(file, el, a));
        if (t.op == Op::kLet) {
          t.var = el.attribute("name").value();
          if (t.var.empty()) {
            diags_->Error(file.LocOf(el), "<let> needs a name attribute");
            return;
          }
          if (!t.query && !out_->vars->get(t.var.c_str())) {
            // Declared anyway, so later uses do not report it as unknown.
            out_->vars->add(t.var.c_str(), pugi::xpath_type_node_set);
          }
          if (t.query) {
            auto* existing = out_->vars->get(t.var.c_str());
            pugi::xpath_value_type type = t.query->return_type();
            if (existing && existing->type() != type) {
              diags_->Error(file.LocOf(el),
                            "variable $" + t.var +
                                " is already defined with another type; "
                                "use another name");
            } else if (!existing) {
              out_->vars->add(t.var.c_str(), type);
            }
          }
        }
        if (t.op == Op::kForEach) SortKeys(file, el, &t);
        break;
      }
      case Op::kValue: {
        pugi::xml_attribute sel = el.attribute("select");
        if (!sel) {
          diags_->Error(file.LocOf(el), "<value> needs a select attribute");
          return;
        }
        std::string expr = sel.value();
        if (auto fa = el.attribute("format")) {
          std::string f = fa.value();
          if (!FormatterByName(f)) {
            std::string msg = "unknown format '" + f + "'";
            std::string sug = Suggest(f, FormatterNames());
            if (!sug.empty()) msg += "; did you mean '" + sug + "'?";
            diags_->Error(file.LocOf(el, fa), msg);
            return;
          }
          expr = f + "(" + expr;
          for (const char* extra : {"places", "one", "many"}) {
            if (auto x = el.attribute(extra)) {
              expr += std::string(", '") + x.value() + "'";
            }
          }
          expr += ")";
        }
        Piece p;
        p.expr = exprs_.CompileExpr(expr, AttrValueLoc(file, el, sel));
        if (!p.expr) return;
        t.text.push_back(std::move(p));
        break;
      }
      default:
        break;
    }
    Content inner = def->content == Content::kInherit ? c : def->content;
    if (c == Content::kChoose) inner = choose_outer_.back();
    if (t.op == Op::kChoose) choose_outer_.push_back(c);
    if (def->content == Content::kEmpty) {
      for (pugi::xml_node k : el.children()) {
        if (k.type() == pugi::node_element ||
            ((k.type() == pugi::node_pcdata || k.type() == pugi::node_cdata) &&
             !Trim(k.value()).empty())) {
          diags_->Error(file.LocOf(k), "<" + std::string(name) +
                                           "> must be empty");
          break;
        }
      }
    } else if (t.op == Op::kForEach) {
      // <sort> children come first; the rest is the body.
      for (pugi::xml_node k : el.children()) {
        if (k.type() == pugi::node_element && LocalName(k) == "sort") continue;
        if (k.type() == pugi::node_element) {
          Element(file, k, inner, &t.children);
        } else if (k.type() == pugi::node_pcdata ||
                   k.type() == pugi::node_cdata) {
          Text(file, k, inner, &t.children);
        }
      }
    } else {
      Children(file, el, inner, &t.children);
    }
    if (t.op == Op::kChoose) choose_outer_.pop_back();
    out->push_back(std::move(t));
  }

  // <param name default>: a string parameter the job may set; declared
  // here so the template compiles (and renders) without it.
  void Param(const SourceFile& file, pugi::xml_node el) {
    CheckAttributes(file, el, {"name", "default", "type"}, diags_);
    std::string pname = el.attribute("name").value();
    if (pname.empty()) {
      diags_->Error(file.LocOf(el), "<param> needs a name attribute");
      return;
    }
    if (pugi::xml_attribute type = el.attribute("type")) {
      auto t = FieldTypeByName(type.value());
      if (!t) {
        diags_->Error(file.LocOf(el, type),
                      "unknown type '" + std::string(type.value()) + "' (" +
                          FieldTypeList() + ")");
        return;
      }
      out_->param_types.push_back({pname, *t, file.LocOf(el)});
    }
    out_->vars->add(pname.c_str(), pugi::xpath_type_string);
    out_->param_defaults.push_back({pname, el.attribute("default").value()});
  }

  void SortKeys(const SourceFile& file, pugi::xml_node el, TNode* t) {
    auto add = [&](pugi::xml_node from, pugi::xml_attribute sel,
                   const char* order_attr, const char* type_attr) {
      SortKey k;
      k.text = sel.value();
      k.select = exprs_.Query(sel.value(), AttrValueLoc(file, from, sel));
      if (auto o = from.attribute(order_attr)) {
        std::string v = o.value();
        if (v == "descending") k.descending = true;
        else if (v != "ascending")
          diags_->Error(file.LocOf(from, o), "unknown order '" + v +
                                                 "' (ascending or descending)");
      }
      if (auto ty = from.attribute(type_attr)) {
        std::string v = ty.value();
        if (v == "number") k.type = SortKey::kNumber;
        else if (v == "date") k.type = SortKey::kDate;
        else if (v != "text")
          diags_->Error(file.LocOf(from, ty), "unknown sort type '" + v +
                                                  "' (text, number or date)");
      }
      t->sort.push_back(std::move(k));
    };
    if (auto s = el.attribute("sort")) add(el, s, "order", "sort-type");
    for (pugi::xml_node k : el.children()) {
      if (k.type() != pugi::node_element || LocalName(k) != "sort") continue;
      CheckAttributes(file, k, {"select", "order", "type"}, diags_);
      pugi::xml_attribute s = k.attribute("select");
      if (!s) {
        diags_->Error(file.LocOf(k), "<sort> needs a select attribute");
        continue;
      }
      add(k, s, "order", "type");
    }
  }

  void Include(const SourceFile& file, pugi::xml_node el, Content c,
               std::vector<TNode>* out) {
    CheckAttributes(file, el, {"href"}, diags_);
    pugi::xml_attribute href = el.attribute("href");
    SourceLoc loc = file.LocOf(el);
    if (!href || !*href.value()) {
      diags_->Error(loc, "<include> needs an href attribute");
      return;
    }
    std::string path = NormalPath(JoinPath(DirName(file.path), href.value()));
    // The search path: beside the including file, then the shipped
    // templates (so a user's template can include fragments/cover.xml).
    if (!shipped_dir_.empty() && !fs_.Exists(path)) {
      std::string shipped =
          NormalPath(JoinPath(opts_.shipped_templates_dir, href.value()));
      if (!fs_.Exists(shipped)) {
        diags_->Error(file.LocOf(el, href),
                      "include '" + std::string(href.value()) + "' is neither at " + path +
                          " nor one of clerk's shipped templates");
        return;
      }
      path = std::move(shipped);
    }
    std::string& canon = canonical_[path];  // one lookup per file
    if (canon.empty()) canon = fs_.Canonical(path);
    if (!IsInside(canon, templates_dir_) &&
        (shipped_dir_.empty() || !IsInside(canon, shipped_dir_))) {
      diags_->Error(file.LocOf(el, href),
                    "include '" + std::string(href.value()) +
                        "' is outside the templates directory " +
                        templates_dir_shown_);
      return;
    }
    for (size_t i = 0; i < include_stack_.size(); ++i) {
      if (include_stack_[i] == canon) {
        std::string chain;
        for (const std::string& n : include_names_) chain += n + " -> ";
        diags_->Error(file.LocOf(el, href),
                      "include cycle: " + chain + std::string(href.value()));
        return;
      }
    }
    if (include_stack_.size() > static_cast<size_t>(limits::kMaxIncludeDepth)) {
      diags_->Error(loc, "includes nest more than " +
                             std::to_string(limits::kMaxIncludeDepth) +
                             " deep (the limit)");
      return;
    }
    std::shared_ptr<SourceFile>& frag = fragments_[canon];
    if (!frag) {
      frag = LoadXmlFile(fs_, path, "fragment", file.LocOf(el, href), diags_);
      if (!frag) return;
      out_->files.push_back(frag);
    }
    included_bytes_ += frag->text.size();
    if (included_bytes_ > limits::kMaxIncludedBytes) {
      expanded_stop_ = true;
      diags_->Error(file.LocOf(el, href),
                    "includes add up to more than " +
                        limits::FormatBytes(limits::kMaxIncludedBytes) +
                        ", counting every include (the limit)");
      return;
    }
    pugi::xml_node root = frag->doc.document_element();
    if (LocalName(root) != "fragment") {
      diags_->Error(frag->LocOf(root),
                    "an included file's root element must be <fragment>, "
                    "not <" + std::string(LocalName(root)) + ">");
      return;
    }
    CheckAttributes(*frag, root, {}, diags_);
    TraceEntry te{loc, "while including " + std::string(href.value())};
    trace_.insert(trace_.begin(), te);
    diags_->PushTrace(te);
    include_stack_.push_back(canon);
    include_names_.push_back(href.value());
    Children(*frag, root, c, out);
    include_names_.pop_back();
    include_stack_.pop_back();
    diags_->PopTrace();
    trace_.erase(trace_.begin());
  }

  const FileSystem& fs_;
  const CompileOptions& opts_;
  CompiledTemplate* out_;
  Diagnostics* diags_;
  ExprCompiler exprs_;
  std::vector<TraceEntry> trace_;  // innermost first
  std::vector<Content> choose_outer_;  // the context around each <choose>
  std::vector<std::string> include_stack_;
  std::vector<std::string> include_names_;
  std::string templates_dir_;
  std::string shipped_dir_;  // canonical opts_.shipped_templates_dir, or ""
  std::string templates_dir_shown_;
  int depth_ = 0;  // element nesting, across includes
  // Each fragment is read once, however often it is included.
  std::map<std::string, std::shared_ptr<SourceFile>> fragments_;
  std::map<std::string, std::string> canonical_;  // path -> Canonical(path)
  long elements_ = 0;         // elements compiled, every include counted
  size_t included_bytes_ = 0;  // fragment bytes, every include counted
  bool expanded_stop_ = false;  // a total limit was reached: compile no more
};

std::unique_ptr<CompiledTemplate> Compile(const FileSystem& fs,
                                          std::shared_ptr<SourceFile> file,
                                          const CompileOptions& opts,
                                          Diagnostics* diags) {
  if (!file) return nullptr;
  int before = diags->error_count();
  auto out = std::make_unique<CompiledTemplate>();
  out->path = file->path;
  out->vars = std::make_unique<pugi::xpath_variable_set>();
  Compiler(fs, opts, out.get(), diags).Run(file);
  if (diags->error_count() > before && !opts.keep_going) return nullptr;
  return out;
}

}  // namespace

std::unique_ptr<CompiledTemplate> CompileTemplate(const FileSystem& fs,
                                                  const std::string& path,
                                                  const CompileOptions& opts,
                                                  Diagnostics* diags) {
  return Compile(fs, LoadXmlFile(fs, path, "template", SourceLoc{}, diags),
                 opts, diags);
}

std::unique_ptr<CompiledTemplate> CompileTemplateText(
    const FileSystem& fs, const std::string& path, std::string text,
    const CompileOptions& opts, Diagnostics* diags) {
  return Compile(fs, ParseXmlText(path, std::move(text), "template", diags),
                 opts, diags);
}

}  // namespace clerk
