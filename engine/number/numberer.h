// number: the one pass that assigns every number (sections, paragraphs,
// sub-paragraphs, recommendations, resolutions, lists, appendices, tables)
// from the style's schemes, then resolves every cross-reference by id.
// Renderers print the results; they never compute numbers.
#ifndef CLERK_NUMBER_NUMBERER_H_
#define CLERK_NUMBER_NUMBERER_H_

#include "base/diagnostic.h"
#include "model/document.h"
#include "model/style.h"

namespace clerk {

// Fills node.number on every numbered node and the text of every kXref run.
// Problems (duplicate id, dangling or unnumbered cross-reference, an unknown
// scheme, nesting deeper than the scheme) go to diags; in a draft document a
// dangling reference is a warning and becomes a placeholder run.
void NumberDocument(model::Document* doc, const model::Style& style,
                    Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_NUMBER_NUMBERER_H_
