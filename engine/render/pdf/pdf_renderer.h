// The PDF renderer: A4 committee papers through libharu with clerk's own
// layout engine (line breaking, justification, pagination, tables).
#ifndef CLERK_RENDER_PDF_PDF_RENDERER_H_
#define CLERK_RENDER_PDF_PDF_RENDERER_H_

#include <string>

#include "base/diagnostic.h"
#include "base/status.h"
#include "model/document.h"
#include "model/page_map.h"
#include "model/render_options.h"
#include "model/style.h"

namespace clerk::render {

// The page map of a rendered PDF (model/page_map.h): for every node with an
// id, and every node by preorder index, the physical pages (1-based) where
// it starts and ends, and the page count. Page references ("see page 12"),
// the contents page and agenda packs ("(Pages 11 - 84)") are filled from it.
using PdfLayout = model::PageMap;

// Renders `doc` (numbered) to PDF bytes in *out, and its page map in
// *layout when not null.
// User-facing problems (a character the font lacks, a logo that cannot be
// read) go to `diags` as errors (warnings in draft mode) with the run's
// source location; a system failure (libharu error) is the returned Status.
// On any error *out is left empty (and *layout too).
Status RenderPdf(const model::Document& doc, const model::Style& style,
                 const model::RenderOptions& options, Diagnostics* diags,
                 std::string* out, PdfLayout* layout = nullptr);

// Lays `doc` out as RenderPdf would and fills *layout, without writing a
// PDF (no font embedding, no libharu): the cheap pass the pipeline repeats
// until page references settle. Same diagnostics as RenderPdf.
Status LayoutPdf(const model::Document& doc, const model::Style& style,
                 Diagnostics* diags, PdfLayout* layout);

}  // namespace clerk::render

#endif  // CLERK_RENDER_PDF_PDF_RENDERER_H_
