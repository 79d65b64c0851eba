// Pixel size of a PNG or JPEG file for layout. The file is decoded whole
// (media/image.h), so a damaged or oversized image is refused here, during
// layout, with its location; the writer reuses the cached decoded pixels.
#ifndef CLERK_RENDER_PDF_IMAGE_INFO_H_
#define CLERK_RENDER_PDF_IMAGE_INFO_H_

#include <string>

namespace clerk::render::pdf {

struct ImageInfo {
  bool ok = false;
  int width = 0, height = 0;
  std::string error;  // why not ok
};

ImageInfo ReadImageInfo(const std::string& path);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_IMAGE_INFO_H_
