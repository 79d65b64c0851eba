#include "model/page_map.h"

#include "model/walk.h"

namespace clerk::model {

std::map<const Node*, size_t> PreorderIndex(const Node& root) {
  std::map<const Node*, size_t> index;
  Walk(root, [&index](const Node& n, Event e) {
    if (e == Event::kEnter) index.emplace(&n, index.size());
    return true;
  });
  return index;
}

}  // namespace clerk::model
