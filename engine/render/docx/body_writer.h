// word/document.xml: the numbered document tree as WordprocessingML, one
// switch over node kinds (tables in table_writer.cpp, pictures in
// image_part.cpp).
#ifndef CLERK_RENDER_DOCX_BODY_WRITER_H_
#define CLERK_RENDER_DOCX_BODY_WRITER_H_

#include <string>

#include "render/docx/body_context.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

// Where a block is being written: paragraph styles differ in the cover
// block and in table cells.
enum class Container { kBody, kCover, kCell };

// The whole word/document.xml. REQUIRES: CollectBookmarks(&ctx) was called
// and ctx.sect is set.
std::string DocumentXml(BodyContext& ctx);

// Writes one block node and its children.
void WriteBlock(BodyContext& ctx, XmlWriter& w, const model::Node& node,
                Container where);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_BODY_WRITER_H_
