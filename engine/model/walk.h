// One enter/exit walker over the document tree, used by the numbering pass
// and by every renderer.
#ifndef CLERK_MODEL_WALK_H_
#define CLERK_MODEL_WALK_H_

#include "model/document.h"

namespace clerk::model {

enum class Event { kEnter, kExit };

// Calls visit(node, Event::kEnter) before a node's children and
// visit(node, Event::kExit) after them, depth first, in document order.
// If the kEnter call returns false, the node's children are skipped (its
// kExit still comes).
template <class Node, class Visit>
void Walk(Node& node, Visit&& visit) {
  if (visit(node, Event::kEnter)) {
    for (auto& child : node.children) Walk(child, visit);
  }
  visit(node, Event::kExit);
}

}  // namespace clerk::model

#endif  // CLERK_MODEL_WALK_H_
