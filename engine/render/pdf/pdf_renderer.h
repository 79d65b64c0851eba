// The PDF renderer: A4 committee papers through libharu with clerk's own
// layout engine (line breaking, justification, pagination, tables).
#ifndef CLERK_RENDER_PDF_PDF_RENDERER_H_
#define CLERK_RENDER_PDF_PDF_RENDERER_H_

#include <string>

#include "base/diagnostic.h"
#include "base/status.h"
#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"

namespace clerk::render {

// Renders `doc` (numbered) to PDF bytes in *out.
// User-facing problems (a character the font lacks, a logo that cannot be
// read) go to `diags` as errors (warnings in draft mode) with the run's
// source location; a system failure (libharu error) is the returned Status.
// On any error *out is left empty.
Status RenderPdf(const model::Document& doc, const model::Style& style,
                 const model::RenderOptions& options, Diagnostics* diags,
                 std::string* out);

}  // namespace clerk::render

#endif  // CLERK_RENDER_PDF_PDF_RENDERER_H_
