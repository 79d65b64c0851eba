#include "render/pdf/image_info.h"

#include "media/image.h"

namespace clerk::render::pdf {

ImageInfo ReadImageInfo(const std::string& path) {
  ImageInfo info;
  auto image = media::LoadImage(path);
  if (!image.ok()) {
    info.error = image.status().message();
    return info;
  }
  info.ok = true;
  info.width = (*image)->width;
  info.height = (*image)->height;
  return info;
}

}  // namespace clerk::render::pdf
