#include "number/numberer.h"

#include <map>
#include <string_view>

namespace clerk {

namespace {

using model::ListKind;
using model::Node;
using model::NodeKind;
using model::NumLevel;
using model::NumScheme;

// Counters of one scheme: one per level, and which instance (a run of
// numbers that Word would model as one w:num) is current.
struct Counters {
  std::vector<int> values;
  int instance = 0;
  bool started = false;

  void Reset(const NumScheme& s, size_t from) {
    values.resize(s.levels.size(), 0);
    for (size_t k = from; k < s.levels.size(); ++k) {
      values[k] = s.levels[k].start - 1;
    }
  }
};

std::string StripDot(std::string s) {
  while (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string DefaultScheme(ListKind k) {
  switch (k) {
    case ListKind::kRecommendations: return "recommendations";
    case ListKind::kResolutions: return "resolutions";
    case ListKind::kNumbered: return "numbered";
    case ListKind::kBulleted: return "bullet";
    case ListKind::kPlain: return "";
  }
  return "";
}

class Numberer {
 public:
  Numberer(const model::Style& s, Diagnostics* d) : style_(s), diags_(d) {
    body_ = &Scheme("body");
    body_counters_.Reset(*body_, 0);
  }

  void Run(Node* root) {
    for (Node& c : root->children) Visit(&c, 0);
  }

 private:
  const NumScheme& Scheme(const std::string& name) {
    auto it = style_.schemes.find(name);
    if (it != style_.schemes.end()) return it->second;
    static const NumScheme kEmpty;
    return kEmpty;
  }

  // Gives node `n` the next number at body level `level`.
  void BodyNumber(Node* n, size_t level) {
    if (level >= body_->levels.size()) {
      diags_->Error(n->loc, "nesting too deep for the style's body numbering "
                            "scheme (it has " +
                                std::to_string(body_->levels.size()) +
                                " levels)");
      return;
    }
    Counters& c = body_counters_;
    bool restart = false;
    if (level == 0 && n->start_at > 0) {
      c.values[0] = n->start_at;
      ++c.instance;
      restart = true;
    } else {
      ++c.values[level];
    }
    for (size_t k = level + 1; k < body_->levels.size(); ++k) {
      if (body_->levels[k].restart == model::Restart::kParent) {
        c.values[k] = body_->levels[k].start - 1;
      }
    }
    std::vector<int> upto(c.values.begin(),
                          c.values.begin() + static_cast<long>(level) + 1);
    n->number.label = model::ExpandLevelText(body_->levels[level].text, upto,
                                             body_->levels);
    n->number.scheme = "body";
    n->number.level = static_cast<int>(level);
    n->number.value = c.values[level];
    n->number.instance = c.instance;
    n->number.restart = restart;
  }

  void ResetBodyBelow(size_t level) {
    for (size_t k = level + 1; k < body_->levels.size(); ++k) {
      if (body_->levels[k].restart == model::Restart::kParent) {
        body_counters_.values[k] = body_->levels[k].start - 1;
      }
    }
  }

  void Visit(Node* n, int list_depth) {
    switch (n->kind) {
      case NodeKind::kSection:
        if (n->numbered) BodyNumber(n, n->level == 1 ? 0 : 1);
        else if (n->level == 1) ResetBodyBelow(0);
        break;
      case NodeKind::kHeading:
        if (n->numbered) BodyNumber(n, 1);
        break;
      case NodeKind::kParagraph:
        if (n->numbered) {
          BodyNumber(n, static_cast<size_t>(n->level));
        } else {
          ResetBodyBelow(static_cast<size_t>(n->level));
        }
        break;
      case NodeKind::kList:
        List(n, list_depth);
        return;
      case NodeKind::kAppendix:
        if (n->numbered) Sequence(n, "appendix", &appendix_);
        break;
      case NodeKind::kTable:
        if (!n->title.empty() || !n->id.empty()) Sequence(n, "table", &table_);
        break;
      default:
        break;
    }
    for (Node& c : n->children) Visit(&c, list_depth);
  }

  // Appendices and tables: one counter through the document.
  void Sequence(Node* n, const std::string& scheme, int* counter) {
    const NumScheme& s = Scheme(scheme);
    if (s.levels.empty()) return;
    if (*counter == 0) *counter = s.levels[0].start - 1;
    ++*counter;
    n->number.label =
        model::ExpandLevelText(s.levels[0].text, {*counter}, s.levels);
    n->number.scheme = scheme;
    n->number.level = 0;
    n->number.value = *counter;
  }

  void List(Node* list, int depth) {
    std::string name = list->list.scheme.empty()
                           ? DefaultScheme(list->list.kind)
                           : list->list.scheme;
    if (name.empty()) {  // plain: no numbers
      for (Node& item : list->children) {
        for (Node& c : item.children) Visit(&c, depth);
      }
      return;
    }
    auto it = style_.schemes.find(name);
    if (it == style_.schemes.end() || it->second.levels.empty()) {
      diags_->Error(list->loc, "the style has no numbering scheme '" + name + "'");
      return;
    }
    const NumScheme& s = it->second;
    Counters& c = lists_[name];
    size_t level = static_cast<size_t>(depth);
    if (level >= s.levels.size()) level = s.levels.size() - 1;
    bool restart = false;
    if (depth == 0) {
      if (list->start_at > 0 || s.restart_each_list || !c.started) {
        c.Reset(s, 0);
        ++c.instance;
        restart = true;
        if (list->start_at > 0) c.values[0] = list->start_at - 1;
      }
      c.started = true;
    } else {
      c.Reset(s, level);
    }
    for (Node& item : list->children) {
      ++c.values[level];
      c.Reset(s, level + 1);
      std::vector<int> upto(c.values.begin(),
                            c.values.begin() + static_cast<long>(level) + 1);
      const NumLevel& lv = s.levels[level];
      item.number.label = lv.format == model::NumFormat::kBullet
                              ? lv.text
                              : model::ExpandLevelText(lv.text, upto, s.levels);
      item.number.scheme = name;
      item.number.level = static_cast<int>(level);
      item.number.value = c.values[level];
      item.number.instance = c.instance;
      item.number.restart = restart;
      restart = false;
      for (Node& k : item.children) {
        if (k.kind == NodeKind::kList &&
            (k.list.scheme.empty() ? DefaultScheme(k.list.kind)
                                   : k.list.scheme) == name) {
          List(&k, depth + 1);
        } else {
          Visit(&k, depth);
        }
      }
    }
  }

  const model::Style& style_;
  Diagnostics* diags_;
  const NumScheme* body_;
  Counters body_counters_;
  std::map<std::string, Counters> lists_;
  int appendix_ = 0;
  int table_ = 0;
};

// ---------------------------------------------------------------- xrefs --

struct Target {
  const Node* node;
  const Node* list;    // the list of a kListItem
  std::string prefix;  // numbers of the paragraphs above a sub-paragraph
                       // ("1.2(b)" for its "(ii)")
};

class XrefResolver {
 public:
  XrefResolver(const model::Style& s, bool draft, Diagnostics* d)
      : style_(s), draft_(draft), diags_(d) {}

  void Run(Node* root) {
    Collect(root, nullptr, "");
    Resolve(root);
  }

 private:
  void Collect(const Node* n, const Node* list, const std::string& prefix) {
    if (!n->id.empty()) {
      auto [it, inserted] = ids_.emplace(n->id, Target{n, list, prefix});
      if (!inserted) {
        diags_->Error(n->loc, "duplicate id '" + n->id + "' (first used at " +
                                  it->second.node->loc.ToString() + ")");
      }
    }
    std::string next = prefix;
    if (n->kind == NodeKind::kParagraph && n->numbered) {
      next += StripDot(n->number.label);
    }
    for (const Node& c : n->children) {
      Collect(&c, n->kind == NodeKind::kList ? n : list,
              n->kind == NodeKind::kParagraph ? next : "");
    }
  }

  std::string Word(const std::string& key) {
    auto it = style_.xref_words.find(key);
    return it == style_.xref_words.end() ? key : it->second;
  }

  std::string NumberText(const Target& t) {
    const Node& n = *t.node;
    if (n.kind == NodeKind::kAppendix || n.kind == NodeKind::kTable) {
      const model::NumScheme& s = style_.Scheme(n.number.scheme);
      return model::FormatCounter(n.number.value, s.levels[0].format);
    }
    std::string num = StripDot(n.number.label);
    if (n.kind == NodeKind::kParagraph && n.level > 1) num = t.prefix + num;
    return num;
  }

  // The text of a reference, or "" with *why set.
  std::string Text(const Target& t, model::XrefForm form, std::string* why) {
    const Node& n = *t.node;
    if (form == model::XrefForm::kTitle) {
      const model::Runs& title =
          n.kind == NodeKind::kHeading ? n.runs : n.title;
      std::string s = model::PlainText(title);
      if (s.empty()) *why = "has no title";
      return s;
    }
    bool titled = n.kind == NodeKind::kSection || n.kind == NodeKind::kAppendix;
    if (n.number.label.empty() && titled && !n.title.empty()) {
      // An unnumbered section (a house style without section numbers) is
      // referred to by its title.
      return "\xE2\x80\x9C" + model::PlainText(n.title) + "\xE2\x80\x9D";
    }
    if (n.number.label.empty()) {
      *why = n.kind == NodeKind::kList
                 ? "is a whole list; give the id to one of its <item>s"
                 : "has no number";
      return "";
    }
    std::string num = NumberText(t);
    if (form == model::XrefForm::kNumber) return num;
    std::string word;
    switch (n.kind) {
      case NodeKind::kSection:
        word = Word(n.level == 1 ? "section" : "paragraph");
        break;
      case NodeKind::kParagraph:
      case NodeKind::kHeading:
        word = Word("paragraph");
        break;
      case NodeKind::kListItem:
        word = t.list && t.list->list.kind == ListKind::kRecommendations
                   ? Word("recommendation")
               : t.list && t.list->list.kind == ListKind::kResolutions
                   ? Word("resolution")
                   : Word("item");
        break;
      case NodeKind::kAppendix:
      case NodeKind::kTable: {
        std::string w = Word(n.kind == NodeKind::kAppendix ? "appendix" : "table");
        if (w.empty()) return n.number.label;
        word = w;
        break;
      }
      default:
        break;
    }
    return word.empty() ? num : word + " " + num;
  }

  void Resolve(Node* n) {
    for (model::Runs* runs : {&n->runs, &n->title}) {
      for (model::Run& r : *runs) {
        if (r.kind != model::RunKind::kXref) continue;
        auto it = ids_.find(r.target);
        std::string problem;
        if (it == ids_.end()) {
          std::vector<std::string_view> names;
          for (const auto& kv : ids_) names.push_back(kv.first);
          problem = "cross-reference to unknown id '" + r.target + "'";
          std::string sug = Suggest(r.target, names);
          if (!sug.empty()) problem += "; did you mean '" + sug + "'?";
        } else {
          std::string why;
          r.text = Text(it->second, r.xref_form, &why);
          if (!why.empty()) {
            problem = "cross-reference to '" + r.target + "', which " + why;
          }
        }
        if (problem.empty()) continue;
        if (draft_) {
          diags_->Warning(r.loc, problem);
          r.kind = model::RunKind::kPlaceholder;
          r.text = "[reference: " + r.target + "?]";
        } else {
          diags_->Error(r.loc, problem);
        }
      }
    }
    for (Node& c : n->children) Resolve(&c);
  }

  const model::Style& style_;
  bool draft_;
  Diagnostics* diags_;
  std::map<std::string, Target> ids_;
};

}  // namespace

void NumberDocument(model::Document* doc, const model::Style& style,
                    Diagnostics* diags) {
  Numberer(style, diags).Run(&doc->root);
  XrefResolver(style, doc->draft, diags).Run(&doc->root);
}

}  // namespace clerk
