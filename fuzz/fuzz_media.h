// Shared body of the font and image targets: the fuzzed bytes become a
// font or image file on disk, and a small fixed document that uses it is
// rendered through the real renderers (RenderPdf, RenderDocx), which read
// it through media/ exactly as `clerk render` does.
#ifndef CLERK_FUZZ_FUZZ_MEDIA_H_
#define CLERK_FUZZ_FUZZ_MEDIA_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace clerk::fuzz {

// Writes the bytes to a per-process scratch file with `suffix` and returns
// its path.
std::string WriteScratch(const uint8_t* data, size_t size, const char* suffix);

// Renders a paragraph of Western and non-Western text with the font at
// `font_path` as every face, to PDF.
void RenderWithFont(const std::string& font_path);

// Renders a document with the image at `image_path` (also as the logo) to
// PDF and to DOCX.
void RenderWithImage(const std::string& image_path);

}  // namespace clerk::fuzz

#endif  // CLERK_FUZZ_FUZZ_MEDIA_H_
