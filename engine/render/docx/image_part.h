// Pictures (kImage nodes and the style's logo): the file becomes a
// word/media part with an image relationship, and an inline w:drawing run
// sized from width_mm (or the picture's own size at 96 dpi), never wider
// than the text.
#ifndef CLERK_RENDER_DOCX_IMAGE_PART_H_
#define CLERK_RENDER_DOCX_IMAGE_PART_H_

#include <string>
#include <string_view>

#include "base/source_loc.h"
#include "render/docx/body_context.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

struct ImageSize {
  int width = 0, height = 0;  // pixels
  std::string_view extension, content_type;  // "png", "image/png"
};

// Writes a w:r with the picture. The file must decode (media/image.h);
// otherwise reports the decoder's error at `loc`, writes nothing and
// returns false.
bool WritePicture(BodyContext& ctx, XmlWriter& w, const std::string& path,
                  double width_mm, std::string_view alt, const SourceLoc& loc);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_IMAGE_PART_H_
