// The table of contents (model kContents) as a Word TOC field whose cached
// result is the entries clerk made, each with a PAGEREF field holding the
// PDF's page, so the DOCX reads right before any field update.
#ifndef CLERK_RENDER_DOCX_CONTENTS_WRITER_H_
#define CLERK_RENDER_DOCX_CONTENTS_WRITER_H_

#include "render/docx/body_context.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

void WriteContents(BodyContext& ctx, XmlWriter& w, const model::Node& contents);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_CONTENTS_WRITER_H_
