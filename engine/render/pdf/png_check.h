// Decodes a whole PNG file with libpng to prove it is readable.
//
// libharu 2.3.0 hands PNG files to libpng with an error callback that
// returns, so corrupt image data makes libpng abort() the process. Every
// PNG is checked here first (errors caught with libpng's setjmp) and a bad
// one becomes a Diagnostic instead of a crash.
#ifndef CLERK_RENDER_PDF_PNG_CHECK_H_
#define CLERK_RENDER_PDF_PNG_CHECK_H_

#include <string>

namespace clerk::render::pdf {

// True when the PNG at `path` decodes completely; else *error says why.
bool PngDecodes(const std::string& path, std::string* error);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_PNG_CHECK_H_
