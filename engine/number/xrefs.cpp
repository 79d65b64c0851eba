// Cross-references: every kXref run's text from the numbers the numbering
// pass stored (number/numberer.cpp), for one target ("paragraph 2.3") or
// several ("paragraphs 2.1, 2.2 and 2.4", "recommendations 9–11").
#include "number/xrefs.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "model/walk.h"

namespace clerk {

namespace {

using model::ListKind;
using model::Node;
using model::NodeKind;

std::string StripDot(std::string s) {
  while (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

struct Target {
  const Node* node;
  const Node* list;    // the list of a kListItem
  std::string prefix;  // numbers of the paragraphs above a sub-paragraph
                       // ("1.2(b)" for its "(ii)")
  const Node* parent = nullptr;  // the node it sits in
  size_t order = 0;              // its place in document order
  std::string item_prefix;  // numbers of the list items above a nested
                            // item ("2" for the "(b)" of "resolution 2(b)")
};

// The plural of each cross-reference word's key, and its default.
struct Plural {
  const char* key;
  const char* plural_key;
  const char* fallback;
};
constexpr Plural kPlurals[] = {
    {"paragraph", "paragraphs", "paragraphs"},
    {"section", "sections", "sections"},
    {"recommendation", "recommendations", "recommendations"},
    {"resolution", "resolutions", "resolutions"},
    {"item", "items", "items"},
    {"appendix", "appendices", "Appendices"},
    {"table", "tables", "Tables"},
};

// A nested item's number after its parent's: "2" "(b)" → "2(b)"; two
// bare numbers keep a dot between them: "2" "1" → "2.1".
std::string Join(const std::string& parent, const std::string& own) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!parent.empty() && !own.empty() && digit(parent.back()) &&
      digit(own.front())) {
    return parent + "." + own;
  }
  return parent + own;
}

std::vector<std::string> SplitIds(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

const char* FormName(model::XrefForm f) {
  switch (f) {
    case model::XrefForm::kFull: return "full";
    case model::XrefForm::kNumber: return "number";
    case model::XrefForm::kTitle: return "title";
    case model::XrefForm::kLabel: return "label";
    case model::XrefForm::kPage: return "page";
    case model::XrefForm::kPages: return "pages";
    case model::XrefForm::kPageNumber: return "page-number";
    case model::XrefForm::kPageRange: return "page-range";
  }
  return "";
}

class XrefResolver {
 public:
  XrefResolver(const model::Style& s, bool draft, Diagnostics* d)
      : style_(s), draft_(draft), diags_(d) {}

  void Run(Node* root) {
    Collect(root, nullptr, "", nullptr, "");
    Resolve(root);
  }

 private:
  // `list`: the list of an item, the outermost one for an item of a list
  // nested in a numbered item (its word names the reference).
  void Collect(const Node* n, const Node* list, const std::string& prefix,
               const Node* parent, const std::string& item_prefix) {
    ++order_;
    if (!n->id.empty()) {
      auto [it, inserted] = ids_.emplace(
          n->id, Target{n, list, prefix, parent, order_, item_prefix});
      if (!inserted) {
        diags_->Error(n->loc, "duplicate id '" + n->id + "' (first used at " +
                                  it->second.node->loc.ToString() + ")");
      }
    }
    std::string next = prefix;
    if (n->kind == NodeKind::kParagraph && n->numbered) {
      next += StripDot(n->number.label);
    }
    std::string next_item;
    if (n->kind == NodeKind::kList) {
      next_item = item_prefix;
    } else if (n->kind == NodeKind::kListItem && list != nullptr &&
               list->list.kind != ListKind::kBulleted &&
               list->list.kind != ListKind::kPlain &&
               !n->number.label.empty()) {
      next_item = Join(item_prefix, StripDot(n->number.label));
    }
    for (const Node& c : n->children) {
      const Node* child_list = list;
      if (n->kind == NodeKind::kList && item_prefix.empty()) child_list = n;
      Collect(&c, child_list, n->kind == NodeKind::kParagraph ? next : "", n,
              next_item);
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
    if (n.kind == NodeKind::kListItem) num = Join(t.item_prefix, num);
    return num;
  }

  // The text of a reference, or "" with *why set.
  std::string Text(const Target& t, model::XrefForm form, std::string* why) {
    const Node& n = *t.node;
    if (model::IsPageForm(form)) {
      return PageRefText(style_, form, model::PageSpan{});  // settled later
    }
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
    if (form == model::XrefForm::kLabel) return n.number.label;
    std::string num = NumberText(t);
    if (form == model::XrefForm::kNumber) return num;
    std::string key = WordKey(t);
    std::string word = key.empty() ? "" : Word(key);
    if (word.empty() &&
        (n.kind == NodeKind::kAppendix || n.kind == NodeKind::kTable)) {
      return n.number.label;  // "Appendix 1": the label says what it is
    }
    return word.empty() ? num : word + " " + num;
  }

  // Which of the style's cross-reference words names the target.
  static std::string WordKey(const Target& t) {
    const Node& n = *t.node;
    switch (n.kind) {
      case NodeKind::kSection:
        return n.level == 1 ? "section" : "paragraph";
      case NodeKind::kParagraph:
      case NodeKind::kHeading:
        return "paragraph";
      case NodeKind::kListItem:
        return t.list && t.list->list.kind == ListKind::kRecommendations
                   ? "recommendation"
               : t.list && t.list->list.kind == ListKind::kResolutions
                   ? "resolution"
                   : "item";
      case NodeKind::kAppendix:
        return "appendix";
      case NodeKind::kTable:
        return "table";
      default:
        return "";
    }
  }

  // The plural word for a key ("paragraphs"), from the style's <xref>.
  std::string PluralWord(const std::string& key) {
    for (const Plural& p : kPlurals) {
      if (key != p.key) continue;
      auto it = style_.xref_words.find(p.plural_key);
      return it == style_.xref_words.end() ? p.fallback : it->second;
    }
    return key;
  }

  // b directly follows a in one sequence: same scheme, level, run and
  // container, value one more (paragraphs 2.3, 2.4; recommendations 9, 10).
  static bool Consecutive(const Target& a, const Target& b) {
    const model::Number& x = a.node->number;
    const model::Number& y = b.node->number;
    bool sequence = a.node->kind == NodeKind::kAppendix ||
                     a.node->kind == NodeKind::kTable;
    return a.node->kind == b.node->kind && x.scheme == y.scheme &&
           x.level == y.level && x.instance == y.instance &&
           y.value == x.value + 1 && a.prefix == b.prefix &&
           (sequence || a.parent == b.parent);
  }

  // `<ref to="a b c">`: appends the runs of the list form to *out, or
  // returns a problem.
  std::string Several(const model::Run& r, const std::vector<std::string>& ids,
                      model::Runs* out) {
    if (r.xref_form == model::XrefForm::kTitle || r.xref_form == model::XrefForm::kLabel ||
        model::IsPageForm(r.xref_form)) {
      return std::string("form=\"") + FormName(r.xref_form) +
             "\" refers to one id, not " + std::to_string(ids.size());
    }
    std::vector<const Target*> targets;
    for (const std::string& id : ids) {
      auto it = ids_.find(id);
      if (it == ids_.end()) return UnknownId(id);
      const Target& t = it->second;
      if (t.node->number.label.empty()) {
        return "cross-reference to '" + id + "', which has no number (a " +
               "reference to several ids lists numbers)";
      }
      targets.push_back(&t);
    }
    std::sort(targets.begin(), targets.end(),
              [](const Target* a, const Target* b) { return a->order < b->order; });
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    const std::string key = WordKey(*targets[0]);
    for (const Target* t : targets) {
      if (WordKey(*t) != key) {
        return "'" + r.target + "' mixes a " + key + " and a " + WordKey(*t) +
               "; a reference to several ids names one kind (write two <ref>s)";
      }
    }
    // Groups: a single number, or a range of three or more in sequence.
    std::vector<std::pair<const Target*, const Target*>> groups;
    for (size_t i = 0; i < targets.size();) {
      size_t j = i;
      while (j + 1 < targets.size() && Consecutive(*targets[j], *targets[j + 1])) ++j;
      if (j - i >= 2) {
        groups.emplace_back(targets[i], targets[j]);
        i = j + 1;
      } else {
        groups.emplace_back(targets[i], nullptr);
        ++i;
      }
    }
    auto text = [&](std::string s) {
      model::Run t = r;
      t.kind = model::RunKind::kText;
      t.target.clear();
      t.text = std::move(s);
      out->push_back(std::move(t));
    };
    auto number = [&](const Target* t) {
      model::Run x = r;
      x.target = t->node->id;
      x.xref_form = model::XrefForm::kNumber;
      std::string why;
      x.text = Text(*t, model::XrefForm::kNumber, &why);
      out->push_back(std::move(x));
    };
    if (groups.size() == 1 && groups[0].second == nullptr) {
      // One target after all ("a a"): the ordinary singular reference.
      model::Run one = r;
      one.target = targets[0]->node->id;
      std::string why;
      one.text = Text(*targets[0], r.xref_form, &why);
      out->push_back(std::move(one));
      return "";
    }
    if (r.xref_form == model::XrefForm::kFull) {
      text(PluralWord(key) + " ");
      if (out->back().text == " ") out->pop_back();  // a word set to ""
    }
    for (size_t g = 0; g < groups.size(); ++g) {
      if (g > 0) {
        text(g + 1 == groups.size() ? " " + Word("and") + " " : ", ");
      }
      number(groups[g].first);
      if (groups[g].second != nullptr) {
        text("\xE2\x80\x93");  // en dash
        number(groups[g].second);
      }
    }
    return "";
  }

  std::string UnknownId(const std::string& id) {
    std::vector<std::string_view> names;
    for (const auto& kv : ids_) names.push_back(kv.first);
    std::string problem = "cross-reference to unknown id '" + id + "'";
    std::string sug = Suggest(id, names);
    if (!sug.empty()) problem += "; did you mean '" + sug + "'?";
    return problem;
  }

  void Resolve(Node* n) {
    for (model::Runs* runs : {&n->runs, &n->title}) {
      model::Runs out;
      out.reserve(runs->size());
      for (model::Run& r : *runs) {
        if (r.kind != model::RunKind::kXref) {
          out.push_back(std::move(r));
          continue;
        }
        std::string problem;
        std::vector<std::string> ids = SplitIds(r.target);
        if (ids.size() > 1) {
          size_t mark = out.size();
          problem = Several(r, ids, &out);
          if (problem.empty()) continue;
          out.resize(mark);
        } else {
          auto it = ids_.find(r.target);
          if (it == ids_.end()) {
            problem = UnknownId(r.target);
          } else {
            std::string why;
            r.text = Text(it->second, r.xref_form, &why);
            if (!why.empty()) {
              problem = "cross-reference to '" + r.target + "', which " + why;
            }
          }
        }
        if (!problem.empty()) {
          if (draft_) {
            diags_->Warning(r.loc, problem);
            r.kind = model::RunKind::kPlaceholder;
            r.text = "[reference: " + r.target + "?]";
          } else {
            diags_->Error(r.loc, problem);
          }
        }
        out.push_back(std::move(r));
      }
      *runs = std::move(out);
    }
    for (Node& c : n->children) Resolve(&c);
  }

  const model::Style& style_;
  bool draft_;
  Diagnostics* diags_;
  std::map<std::string, Target> ids_;
  size_t order_ = 0;
};

}  // namespace

void ResolveXrefs(model::Document* doc, const model::Style& style,
                  Diagnostics* diags) {
  XrefResolver(style, doc->draft, diags).Run(&doc->root);
}

std::string PageRefText(const model::Style& style, model::XrefForm form,
                        const model::PageSpan& pages) {
  auto word = [&style](const char* key) {
    auto it = style.xref_words.find(key);
    std::string w = it == style.xref_words.end() ? key : it->second;
    return w.empty() ? w : w + " ";
  };
  std::string first = pages.first > 0 ? std::to_string(pages.first) : "?";
  std::string range = first;
  if (pages.last > pages.first) {
    range += "\xE2\x80\x93" + std::to_string(pages.last);  // en dash
  }
  switch (form) {
    case model::XrefForm::kPage: return word("page") + first;
    case model::XrefForm::kPageNumber: return first;
    case model::XrefForm::kPageRange: return range;
    case model::XrefForm::kPages:
      return word(pages.last > pages.first ? "pages" : "page") + range;
    default: return "";
  }
}

bool HasPageRefs(const model::Node& root) {
  bool found = false;
  model::Walk(root, [&found](const model::Node& n, model::Event e) {
    if (e == model::Event::kExit || found) return false;
    for (const model::Runs* runs : {&n.runs, &n.title}) {
      for (const model::Run& r : *runs) {
        if (r.kind == model::RunKind::kXref && model::IsPageForm(r.xref_form)) found = true;
      }
    }
    return !found;
  });
  return found;
}

const model::Run* FillPageRefs(model::Document* doc, const model::Style& style,
                               const model::PageMap& pages,
                               const model::PageMap* before) {
  const model::Run* moved = nullptr;
  model::Walk(doc->root, [&](model::Node& n, model::Event e) {
    if (e == model::Event::kExit) return true;
    if (n.kind == model::NodeKind::kContents) {
      for (model::Node& entry : n.children) {
        auto it = pages.anchors.find(entry.key);
        if (it == pages.anchors.end()) continue;
        if (before != nullptr && moved == nullptr && !entry.runs.empty()) {
          auto was = before->anchors.find(entry.key);
          if (was == before->anchors.end() || was->second.first != it->second.first) {
            moved = &entry.runs.front();
          }
        }
        entry.page = it->second.first;
      }
      return false;
    }
    for (model::Runs* runs : {&n.runs, &n.title}) {
      for (model::Run& r : *runs) {
        if (r.kind != model::RunKind::kXref || !model::IsPageForm(r.xref_form)) continue;
        auto it = pages.anchors.find(r.target);
        if (it == pages.anchors.end()) continue;
        r.text = PageRefText(style, r.xref_form, it->second);
        if (before != nullptr && moved == nullptr) {
          auto was = before->anchors.find(r.target);
          if (was == before->anchors.end() || !(was->second == it->second)) moved = &r;
        }
      }
    }
    return true;
  });
  return moved;
}

}  // namespace clerk
