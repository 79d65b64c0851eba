#include "number/numberer.h"

#include <map>
#include <string_view>

#include "number/contents.h"
#include "number/xrefs.h"

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
    live_.assign(body_->levels.size(), false);
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
    if (!NeededCountersLive(*n, level)) return;
    Counters& c = body_counters_;
    bool restart = false;
    if (level == 0 && n->start_at > 0) {
      c.values[0] = n->start_at;
      ++c.instance;
      restart = true;
    } else {
      ++c.values[level];
    }
    live_[level] = true;
    ResetBodyBelow(level);
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
        live_[k] = false;
      }
    }
  }

  // A number whose level text prints the counter of a level above that no
  // numbered node has set in this place (a paragraph numbered inside an
  // unnumbered section would read "0.1") is an error, not a silent 0.
  bool NeededCountersLive(const Node& n, size_t level) {
    const std::string& text = body_->levels[level].text;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      if (text[i] != '%' || text[i + 1] < '1' || text[i + 1] > '9') continue;
      size_t k = static_cast<size_t>(text[i + 1] - '1');
      if (k >= level || live_[k]) continue;
      std::vector<int> upto(body_counters_.values.begin(),
                            body_counters_.values.begin() +
                                static_cast<long>(level) + 1);
      ++upto[level];
      std::string would = model::ExpandLevelText(text, upto, body_->levels);
      std::string msg = "this number would read '" + would +
                        "': its style text '" + text + "' includes ";
      if (k > 0) {
        msg += "the number of the paragraph it is in, which has none; number "
               "that paragraph, or drop numbered=\"true\" here";
      } else if (section_ == nullptr) {
        msg += "a section number, and it is outside any section; put it in "
               "a numbered section, or drop numbered=\"true\" here";
      } else {
        msg += "the section number, and section \"" +
               model::PlainText(section_->title) + "\" (" +
               section_->loc.ToString() +
               ") is not numbered; give that section counts=\"true\" (it "
               "takes the next section number without printing it) or "
               "numbered=\"true\", or drop numbered=\"true\" here";
      }
      diags_->Error(n.loc, msg);
      return false;
    }
    return true;
  }

  void Visit(Node* n, int list_depth) {
    switch (n->kind) {
      case NodeKind::kSection:
        if (n->level == 1) section_ = n;
        if (n->numbered) {
          BodyNumber(n, n->level == 1 ? 0 : 1);
        } else if (n->counts) {
          BodyNumber(n, n->level == 1 ? 0 : 1);
          n->number.label.clear();  // counted, not printed
        } else if (n->level == 1) {
          ResetBodyBelow(0);
          live_[0] = false;
        }
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
      std::vector<std::string_view> names;
      for (const auto& kv : style_.schemes) names.push_back(kv.first);
      std::string msg = "the style has no numbering scheme '" + name + "'";
      std::string sug = Suggest(name, names);
      if (!sug.empty()) msg += "; did you mean '" + sug + "'?";
      diags_->Error(list->loc, msg);
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
  std::vector<bool> live_;  // body levels whose counter a numbered (or
                            // counted) node has set in the current place
  const Node* section_ = nullptr;  // the top-level section being numbered
  std::map<std::string, Counters> lists_;
  int appendix_ = 0;
  int table_ = 0;
};

}  // namespace

void NumberDocument(model::Document* doc, const model::Style& style,
                    Diagnostics* diags) {
  Numberer(style, diags).Run(&doc->root);
  ResolveXrefs(doc, style, diags);
  BuildContents(doc);
}

}  // namespace clerk
