// The WordprocessingML renderer: a .docx package (zip) and the same document
// as a single-file Flat OPC XML, with Word's built-in styles and
// numbering.xml lists that give the numbers our numbering pass computed.
#ifndef CLERK_RENDER_DOCX_DOCX_RENDERER_H_
#define CLERK_RENDER_DOCX_DOCX_RENDERER_H_

#include <string>

#include "base/diagnostic.h"
#include "base/status.h"
#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"

namespace clerk::render {

// Renders `doc` (numbered) to a .docx package in *out.
// User problems go to `diags`; system failures (libzip) are the Status.
Status RenderDocx(const model::Document& doc, const model::Style& style,
                  const model::RenderOptions& options, Diagnostics* diags,
                  std::string* out);

// The same parts as one Flat OPC XML document (pkg:package) in *out.
Status RenderFlatOpc(const model::Document& doc, const model::Style& style,
                     const model::RenderOptions& options, Diagnostics* diags,
                     std::string* out);

}  // namespace clerk::render

#endif  // CLERK_RENDER_DOCX_DOCX_RENDERER_H_
