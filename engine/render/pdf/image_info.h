// Pixel size of a PNG or JPEG file, read from its header (for layout; the
// writer hands the file itself to libharu).
#ifndef CLERK_RENDER_PDF_IMAGE_INFO_H_
#define CLERK_RENDER_PDF_IMAGE_INFO_H_

#include <string>

namespace clerk::render::pdf {

struct ImageInfo {
  bool ok = false;
  bool png = false;  // else JPEG
  int width = 0, height = 0;
  std::string error;  // why not ok
};

ImageInfo ReadImageInfo(const std::string& path);

// True when the file starts with the PNG signature (by content, not name).
bool LooksLikePng(const std::string& path);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_IMAGE_INFO_H_
