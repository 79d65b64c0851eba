#include "render/html/html_ids.h"

#include <set>
#include <vector>

#include "render/html/html_util.h"

namespace clerk::render::html {

namespace {

using model::ListKind;
using model::Node;
using model::NodeKind;

struct Candidate {
  const Node* node;
  std::string prefix;     // "para", "rec", …
  std::string tail;       // "2-3", "a"
  std::string qualifier;  // top-level section / appendix / "cover"
};

std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return std::string(a).append("-").append(b);
}

// The fragment of a label with a leading word equal to `prefix` dropped:
// "Appendix 1" under "appendix" -> "1".
std::string Tail(const std::string& label, const std::string& prefix) {
  std::string f = IdFragment(label);
  if (f.rfind(prefix + "-", 0) == 0) f.erase(0, prefix.size() + 1);
  return f;
}

const char* ListPrefix(ListKind k) {
  switch (k) {
    case ListKind::kRecommendations: return "rec";
    case ListKind::kResolutions: return "res";
    default: return "item";
  }
}

class Collector {
 public:
  std::vector<Candidate> out;

  void Blocks(const std::vector<Node>& nodes, const std::string& qualifier) {
    for (const Node& n : nodes) Block(n, qualifier, "");
  }

 private:
  void Add(const Node& n, std::string prefix, std::string tail,
           const std::string& qualifier) {
    if (tail.empty()) return;
    out.push_back({&n, std::move(prefix), std::move(tail), qualifier});
  }

  // `para_tail` is the tail of the paragraph this node is a child of.
  void Block(const Node& n, const std::string& qualifier,
             const std::string& para_tail) {
    const std::string& label = n.number.label;
    switch (n.kind) {
      case NodeKind::kCover:
        Blocks(n.children, "cover");
        return;
      case NodeKind::kCoverField:
        Blocks(n.children, qualifier);
        return;
      case NodeKind::kSection:
      case NodeKind::kAppendix: {
        std::string prefix = n.kind == NodeKind::kSection ? "section" : "appendix";
        if (!label.empty()) Add(n, prefix, Tail(label, prefix), qualifier);
        std::string q = qualifier;
        if (q.empty()) {
          q = !label.empty() ? Join(n.kind == NodeKind::kAppendix ? "appendix" : "",
                                    Tail(label, prefix))
                             : std::string("s").append(std::to_string(++unnumbered_));
        }
        Blocks(n.children, q);
        return;
      }
      case NodeKind::kHeading:
        if (!label.empty()) Add(n, "para", IdFragment(label), qualifier);
        return;
      case NodeKind::kParagraph: {
        std::string tail;
        if (!label.empty()) {
          tail = IdFragment(label);
          if (!para_tail.empty() && label.find('.') == std::string::npos) {
            tail = Join(para_tail, tail);
          }
          Add(n, "para", tail, qualifier);
        }
        for (const Node& c : n.children) {
          Block(c, qualifier, tail.empty() ? para_tail : tail);
        }
        return;
      }
      case NodeKind::kList:
        List(n, qualifier, ListPrefix(n.list.kind), "");
        return;
      case NodeKind::kTable:
        if (!label.empty()) Add(n, "table", Tail(label, "table"), qualifier);
        // Numbered lists inside its cells (rows and cells by the default
        // case), told apart from the text's by the table's number.
        Blocks(n.children, label.empty() ? qualifier
                                         : Join(qualifier, IdFragment(label)));
        return;
      default:
        Blocks(n.children, qualifier);
        return;
    }
  }

  void List(const Node& list, const std::string& qualifier,
            const std::string& prefix, const std::string& parent_tail) {
    for (const Node& item : list.children) {
      std::string tail;
      if (!item.number.label.empty() &&
          list.list.kind != ListKind::kBulleted &&
          list.list.kind != ListKind::kPlain) {
        tail = Join(parent_tail, IdFragment(item.number.label));
        Add(item, prefix, tail, qualifier);
      }
      for (const Node& c : item.children) {
        if (c.kind == NodeKind::kList) {
          List(c, qualifier, prefix, tail.empty() ? parent_tail : tail);
        } else {
          Block(c, qualifier, "");
        }
      }
    }
  }

  int unnumbered_ = 0;
};

// Template ids of nodes without a number, in document order.
void TemplateIds(const Node& n, std::vector<const Node*>* out) {
  if (!n.id.empty()) out->push_back(&n);
  for (const Node& c : n.children) TemplateIds(c, out);
}

std::string SafeTemplateId(const std::string& id) {
  std::string s;
  for (char c : id) {
    s += (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') ? '-' : c;
  }
  return s;
}

}  // namespace

const std::string& IdMap::Of(const Node& n) const {
  static const std::string kNone;
  auto it = by_node.find(&n);
  return it == by_node.end() ? kNone : it->second;
}

IdMap AssignIds(const model::Document& doc) {
  Collector c;
  c.Blocks(doc.root.children, "");
  // Clashes are settled in steps: first the cover's copies are qualified
  // ("rec-cover-1"), then every id of a prefix that still clashes
  // ("res-86-1", "res-87-1", … for all resolutions).
  std::vector<std::string> wanted;
  std::vector<bool> qualified(c.out.size(), false);
  auto compute = [&] {
    wanted.clear();
    std::map<std::string, int> count;
    for (size_t i = 0; i < c.out.size(); ++i) {
      const Candidate& k = c.out[i];
      wanted.push_back(qualified[i] ? Join(Join(k.prefix, k.qualifier), k.tail)
                                    : Join(k.prefix, k.tail));
      ++count[wanted.back()];
    }
    return count;
  };
  std::map<std::string, int> count = compute();
  bool changed = false;
  for (size_t i = 0; i < c.out.size(); ++i) {
    if (count[wanted[i]] > 1 && c.out[i].qualifier == "cover") {
      qualified[i] = changed = true;
    }
  }
  if (changed) count = compute();
  std::set<std::string> clashing_prefixes;
  for (size_t i = 0; i < c.out.size(); ++i) {
    if (count[wanted[i]] > 1) clashing_prefixes.insert(c.out[i].prefix);
  }
  if (!clashing_prefixes.empty()) {
    for (size_t i = 0; i < c.out.size(); ++i) {
      if (clashing_prefixes.count(c.out[i].prefix) && !c.out[i].qualifier.empty()) {
        qualified[i] = true;
      }
    }
    compute();
  }
  IdMap ids;
  std::set<std::string> taken = {"main"};
  auto claim = [&](std::string id) {
    if (id.rfind("clerk-", 0) == 0) id = "x-" + id;
    std::string unique = id;
    for (int n = 2; taken.count(unique); ++n) unique = id + "-" + std::to_string(n);
    taken.insert(unique);
    return unique;
  };
  for (size_t i = 0; i < c.out.size(); ++i) {
    ids.by_node[c.out[i].node] = claim(wanted[i]);
  }
  std::vector<const Node*> with_template_id;
  TemplateIds(doc.root, &with_template_id);
  for (const Node* n : with_template_id) {
    auto it = ids.by_node.find(n);
    if (it == ids.by_node.end()) {
      it = ids.by_node.emplace(n, claim(SafeTemplateId(n->id))).first;
    }
    ids.by_target.emplace(n->id, it->second);
  }
  return ids;
}

}  // namespace clerk::render::html
