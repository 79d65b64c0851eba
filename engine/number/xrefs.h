// The cross-reference half of the numbering pass (numberer.h): fills the
// text of every kXref run from the numbers already on the nodes.
#ifndef CLERK_NUMBER_XREFS_H_
#define CLERK_NUMBER_XREFS_H_

#include "base/diagnostic.h"
#include "model/document.h"
#include "model/style.h"

namespace clerk {

// `<ref to="a">` reads "paragraph 2.3"; `<ref to="a b c">` (ids separated by
// spaces) reads "paragraphs 2.1, 2.2 and 2.4", runs of three or more
// consecutive numbers as a range ("paragraphs 2.1–2.3"), each number its
// own single-target kXref run so that every output links it. Unknown,
// unnumbered or mixed targets are errors (warnings and a placeholder in a
// draft document).
void ResolveXrefs(model::Document* doc, const model::Style& style,
                  Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_NUMBER_XREFS_H_
