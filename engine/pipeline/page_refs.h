// Page references and anything else printed from the PDF's page layout
// ("see page 12", "(Pages 11 – 84)"): filled by laying the document out,
// writing the pages found into the text, and laying out again until the
// pages stop moving (a longer number can push a line to the next page).
// Every output format then prints the same numbers: the PDF's.
#ifndef CLERK_PIPELINE_PAGE_REFS_H_
#define CLERK_PIPELINE_PAGE_REFS_H_

#include <functional>

#include "base/diagnostic.h"
#include "base/status.h"
#include "model/document.h"
#include "model/page_map.h"
#include "model/style.h"

namespace clerk {

// At most this many layouts; pages that still move are an error.
constexpr int kMaxPageLayouts = 6;

// Settles the page references and contents pages of a numbered `doc`
// (nothing to do, and no layout, when it has neither). On success *layout (when not null) is the
// final page map, the one the PDF will have. When the pages do not settle
// within kMaxPageLayouts layouts: an error at the first reference that
// still moved (a warning in a draft document, which keeps the last
// numbers). Returns false on an error diagnostic or a failed Status.
bool SettlePageRefs(model::Document* doc, const model::Style& style,
                    Diagnostics* diags, model::PageMap* layout = nullptr);

// The layout SettlePageRefs repeats: the PDF renderer's LayoutPdf by
// default; tests pass their own to reach the cases a real report rarely
// does (pages that never settle).
using PageLayoutFn = std::function<Status(const model::Document&,
                                          const model::Style&, model::PageMap*)>;
bool SettlePageRefs(model::Document* doc, const model::Style& style,
                    Diagnostics* diags, model::PageMap* layout,
                    const PageLayoutFn& lay_out);

}  // namespace clerk

#endif  // CLERK_PIPELINE_PAGE_REFS_H_
