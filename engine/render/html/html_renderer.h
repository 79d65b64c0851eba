// The HTML renderer: the numbered paper as one self-contained, accessible
// HTML5 page (docs/html-output.md).
//
// One file per report: the stylesheet is inside it and pictures (the logo,
// images) are data: URIs, so the page can be e-mailed, archived or uploaded
// to a web site as it is. Numbers are real text ("2.3"), every numbered
// node has an id (#para-2-3, #rec-1, #res-b, #appendix-1, #table-1;
// html_ids.h) and cross-references are links to them.
#ifndef CLERK_RENDER_HTML_HTML_RENDERER_H_
#define CLERK_RENDER_HTML_HTML_RENDERER_H_

#include <string>

#include "base/diagnostic.h"
#include "base/status.h"
#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"

namespace clerk::render {

// Renders `doc` (numbered) to HTML bytes (UTF-8) in *out.
// A picture that cannot be read or is not a PNG or JPEG (the style's logo,
// an image node) goes to `diags` as an error with the node's source
// location, and *out is left empty. Nothing else fails: the Status is
// always Ok (kept for the renderers' common signature).
// The same document and style give the same bytes: nothing depends on the
// clock or the machine unless RenderOptions::created is set.
Status RenderHtml(const model::Document& doc, const model::Style& style,
                  const model::RenderOptions& options, Diagnostics* diags,
                  std::string* out);

}  // namespace clerk::render

#endif  // CLERK_RENDER_HTML_HTML_RENDERER_H_
