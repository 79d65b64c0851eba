#include "number/contents.h"

#include <set>
#include <string>
#include <vector>

#include "model/walk.h"

namespace clerk {

namespace {

using model::Node;
using model::NodeKind;

bool IsEntry(const Node& n) {
  return (n.kind == NodeKind::kSection || n.kind == NodeKind::kAppendix) &&
         (!n.number.label.empty() || !model::PlainText(n.title).empty());
}

std::string EntryText(const Node& n) {
  std::string label = n.number.label;
  std::string title = model::PlainText(n.title);
  if (label.empty()) return title;
  if (title.empty()) return label;
  // "Appendix 1 – Data", as its heading prints it; "1. Introduction".
  return label + (n.kind == NodeKind::kAppendix ? " \xE2\x80\x93 " : " ") + title;
}

}  // namespace

bool HasContents(const model::Node& root) {
  bool found = false;
  model::Walk(root, [&found](const Node& n, model::Event e) {
    if (e == model::Event::kEnter && n.kind == NodeKind::kContents) found = true;
    return !found;
  });
  return found;
}

void BuildContents(model::Document* doc) {
  if (!HasContents(doc->root)) return;
  std::set<std::string> used;
  model::Walk(doc->root, [&used](const Node& n, model::Event e) {
    if (e == model::Event::kEnter && !n.id.empty()) used.insert(n.id);
    return true;
  });
  int next = 1;
  std::vector<Node> entries;
  for (Node& n : doc->root.children) {
    if (!IsEntry(n)) continue;
    if (n.id.empty()) {
      std::string id;
      do {
        id = "toc-" + std::to_string(next++);
      } while (used.count(id) != 0);
      used.insert(id);
      n.id = id;
    }
    Node entry;
    entry.kind = NodeKind::kParagraph;
    entry.numbered = false;
    entry.loc = n.loc;
    entry.level = 1;
    entry.key = n.id;
    model::Run r;
    r.kind = model::RunKind::kXref;
    r.target = n.id;
    r.xref_form = model::XrefForm::kTitle;
    r.text = EntryText(n);
    r.loc = n.loc;
    entry.runs.push_back(std::move(r));
    entries.push_back(std::move(entry));
  }
  model::Walk(doc->root, [&entries](Node& n, model::Event e) {
    if (e == model::Event::kEnter && n.kind == NodeKind::kContents) {
      n.children = entries;
      return false;
    }
    return true;
  });
}

}  // namespace clerk
