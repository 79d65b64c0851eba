// Header and footer on every page: the style's left/centre/right texts with
// {classification} {reference} {title} {council} {committee} {date} {page}
// {pages} {appendix} filled in ("Page {page} of {pages}" gives "Page 2 of 5";
// {appendix} is "Appendix 1" on the pages of Appendix 1 and empty elsewhere:
// a running header per appendix).
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
                         int page, int pages, const std::string& appendix = "");

// Adds header and footer ops to every page's `extra`. appendix_of_page[i]
// is page i+1's {appendix} (missing = "").
void AddPageFurniture(LayoutContext* ctx, const model::Metadata& meta,
                      std::vector<Page>* pages,
                      const std::vector<std::string>& appendix_of_page = {});

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_PAGE_FURNITURE_H_
