// Pagination: places the flow's items on A4 pages (portrait or landscape).
//
// Rules: a forced break or a change of orientation starts a page; a chain of
// items joined by keep_with_next moves to the next page whole when it does
// not fit (unless it is taller than a page); the gap before an item is
// dropped at the top of a page; when a table row moves to a new page the
// table's header rows (and "(continued)" caption) are repeated first.
#ifndef CLERK_RENDER_PDF_PAGINATOR_H_
#define CLERK_RENDER_PDF_PAGINATOR_H_

#include <vector>

#include "model/style.h"
#include "render/pdf/display_list.h"

namespace clerk::render::pdf {

std::vector<Page> Paginate(const Flow& flow, const model::PageSetup& setup);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_PAGINATOR_H_
