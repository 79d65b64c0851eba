// Header and footer on every page: the style's left/centre/right texts with
// {classification} {reference} {title} {council} {committee} {date} {page}
// {pages} filled in ("Page {page} of {pages}" gives "Page 2 of 5").
#ifndef CLERK_RENDER_PDF_PAGE_FURNITURE_H_
#define CLERK_RENDER_PDF_PAGE_FURNITURE_H_

#include <string>
#include <vector>

#include "model/document.h"
#include "render/pdf/display_list.h"
#include "render/pdf/layout_context.h"

namespace clerk::render::pdf {

// Replaces the {fields} of `text`; unknown fields are left as written.
std::string ExpandFields(const std::string& text, const model::Metadata& meta,
                         int page, int pages);

// Adds header and footer ops to every page's `extra`.
void AddPageFurniture(LayoutContext* ctx, const model::Metadata& meta,
                      std::vector<Page>* pages);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_PAGE_FURNITURE_H_
