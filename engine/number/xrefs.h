// The cross-reference half of the numbering pass (numberer.h): fills the
// text of every kXref run from the numbers already on the nodes.
#ifndef CLERK_NUMBER_XREFS_H_
#define CLERK_NUMBER_XREFS_H_

#include "base/diagnostic.h"
#include "model/document.h"
#include "model/page_map.h"
#include "model/style.h"

namespace clerk {

// `<ref to="a">` reads "paragraph 2.3"; `<ref to="a b c">` (ids separated by
// spaces) reads "paragraphs 2.1, 2.2 and 2.4", runs of three or more
// consecutive numbers as a range ("paragraphs 2.1–2.3"), each number its
// own single-target kXref run so that every output links it. Unknown,
// unnumbered or mixed targets are errors (warnings and a placeholder in a
// draft document).
// Page forms (`form="page"` …) are only checked here and read "page ?"
// until FillPageRefs gives them the pages of a layout.
void ResolveXrefs(model::Document* doc, const model::Style& style,
                  Diagnostics* diags);

// The text of a page reference: "page 12", "pages 11–84", "12", "11–84",
// with the style's words "page" and "pages" (<xref page= pages=>); "?" for
// a page not known (first == 0).
std::string PageRefText(const model::Style& style, model::XrefForm form,
                        const model::PageSpan& pages);

// True when some run is a page reference (the pipeline then lays out).
bool HasPageRefs(const model::Node& root);

// Sets the text of every page reference, and the page of every contents
// entry, from `pages`. Returns the first reference (or entry's run) whose
// target's pages differ from those in `before` (null when none does, or
// when `before` is null): where a layout that will not settle is reported.
const model::Run* FillPageRefs(model::Document* doc, const model::Style& style,
                               const model::PageMap& pages,
                               const model::PageMap* before);

}  // namespace clerk

#endif  // CLERK_NUMBER_XREFS_H_
