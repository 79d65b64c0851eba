// The entries of a table of contents (<contents/>, model kContents), made
// after numbering from the numbers and titles on the nodes: every
// top-level section and appendix, in document order.
#ifndef CLERK_NUMBER_CONTENTS_H_
#define CLERK_NUMBER_CONTENTS_H_

#include "model/document.h"

namespace clerk {

// Fills each kContents node's children (model/document.h says what an
// entry holds). A target without an id is given one ("toc-1", "toc-2", …,
// never one the document uses) so that every output can link to it. Each
// entry's runs are one kXref run to its target (form title) whose text is
// the entry as printed: "1. Introduction", "Appendix 1 – Data". Pages stay
// 0 until the pipeline lays the document out (pipeline/page_refs.h).
void BuildContents(model::Document* doc);

// True when the document has a <contents/>.
bool HasContents(const model::Node& root);

}  // namespace clerk

#endif  // CLERK_NUMBER_CONTENTS_H_
