// PNG through libpng's simplified API, which expands palettes, tRNS and
// grey, strips 16-bit samples to 8 and de-interlaces Adam7, and reports
// errors as a message instead of a longjmp through our frames.
#include <png.h>

#include <cstring>

#include "media/image.h"

namespace clerk::media::internal {

namespace {

struct PngImage {
  png_image image;
  PngImage() {
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
  }
  ~PngImage() { png_image_free(&image); }
};

}  // namespace

Result<Image> DecodePng(const std::string& path, std::string_view bytes) {
  auto damaged = [&](const char* why) {
    return Status::Error("the PNG image " + path + " is damaged: " + why);
  };
  PngImage png;
  if (!png_image_begin_read_from_memory(&png.image, bytes.data(), bytes.size())) {
    return damaged(png.image.message);
  }
  if (Status st = CheckPixelBudget(path, png.image.width, png.image.height); !st.ok()) {
    return st;
  }
  const bool color = (png.image.format & PNG_FORMAT_FLAG_COLOR) != 0;
  const bool alpha = (png.image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  // 8-bit sRGB samples; colour-mapped input is expanded.
  png.image.format = color ? (alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB)
                           : (alpha ? PNG_FORMAT_GA : PNG_FORMAT_GRAY);
  const size_t w = png.image.width, h = png.image.height;
  const size_t channels = PNG_IMAGE_SAMPLE_CHANNELS(png.image.format);
  std::string buf(w * h * channels, '\0');
  if (!png_image_finish_read(&png.image, nullptr, buf.data(), 0, nullptr)) {
    return damaged(png.image.message);
  }
  Image img;
  img.format = ImageFormat::kPng;
  img.width = static_cast<int>(w);
  img.height = static_cast<int>(h);
  img.components = color ? 3 : 1;
  if (!alpha) {
    img.pixels = std::move(buf);
    return img;
  }
  // Split the interleaved alpha into its own plane (a PDF soft mask).
  const size_t n = w * h, c = static_cast<size_t>(img.components);
  img.pixels.resize(n * c);
  img.alpha.resize(n);
  bool opaque = true;
  for (size_t i = 0; i < n; ++i) {
    std::memcpy(&img.pixels[i * c], &buf[i * (c + 1)], c);
    img.alpha[i] = buf[i * (c + 1) + c];
    opaque = opaque && static_cast<unsigned char>(img.alpha[i]) == 0xFF;
  }
  if (opaque) img.alpha.clear();
  return img;
}

}  // namespace clerk::media::internal
