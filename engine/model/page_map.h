// Where the PDF layout put things: the page each node starts and ends on,
// and the page count. Made by the PDF renderer (render/pdf/pdf_renderer.h,
// `PdfLayout`), read by the pipeline to fill page references and contents
// entries (pipeline/page_refs.h), and by anyone who needs "(Pages 11 – 84)".
// A plain value, so it lives in model/ where every phase can see it.
#ifndef CLERK_MODEL_PAGE_MAP_H_
#define CLERK_MODEL_PAGE_MAP_H_

#include <map>
#include <string>
#include <vector>

#include "model/document.h"

namespace clerk::model {

// Physical pages, 1-based, first <= last.
struct PageSpan {
  int first = 0;
  int last = 0;
  bool operator==(const PageSpan&) const = default;
};

struct PageMap {
  // Every node with an id (cross-reference targets): the pages of its
  // first and last line (a section's heading to its last paragraph).
  std::map<std::string, PageSpan> anchors;
  // Every node of the document, by its index in preorder (the root is 0,
  // the order model::Walk enters nodes): sections, appendices and numbered
  // items without an id are found here. A node that drew nothing (an empty
  // list) spans the page where the next line went.
  std::vector<PageSpan> nodes;
  int page_count = 0;
  bool operator==(const PageMap&) const = default;
};

// The preorder index of every node: the key of PageMap::nodes.
std::map<const Node*, size_t> PreorderIndex(const Node& root);

}  // namespace clerk::model

#endif  // CLERK_MODEL_PAGE_MAP_H_
