// PNG and JPEG images decoded by clerk itself (libpng, libjpeg-turbo) into
// raw 8-bit pixels, within a pixel budget.
//
// Image files come from the user (<image src>, the style's logo). Neither
// renderer hands them on unread: the PDF writer gives libharu only the
// decoded pixels (libharu's own PNG and JPEG readers crash or refuse valid
// files), and the DOCX writer embeds the original bytes only after they
// have decoded here, so a bad image is refused the same way in both.
//
// Handled: PNG of every colour type and bit depth, interlaced (Adam7),
// palette and tRNS transparency; JPEG baseline and progressive, grey, YCbCr
// and CMYK (Adobe inverted CMYK too), any amount of metadata before SOF.
#ifndef CLERK_MEDIA_IMAGE_H_
#define CLERK_MEDIA_IMAGE_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace clerk::media {

enum class ImageFormat { kPng, kJpeg };

struct Image {
  ImageFormat format = ImageFormat::kPng;
  int width = 0, height = 0;
  int components = 0;  // 1 grey, 3 RGB, 4 CMYK (not inverted)
  std::string pixels;  // width * height * components bytes, rows top down
  std::string alpha;   // width * height bytes, or empty when opaque
};

// PNG or JPEG by the first bytes, or nothing.
bool LooksLikePng(std::string_view bytes);
bool LooksLikeJpeg(std::string_view bytes);

// Decodes `bytes` (the file `path`, named in messages). Refuses an image of
// more than limits::kMaxImagePixels before decoding any pixel data.
Result<Image> DecodeImage(const std::string& path, std::string_view bytes);

// Reads (regular files only, at most limits::kMaxImageFileBytes) and
// decodes the file at `path`. The last few small images are cached per
// process by content (thread-safe), so a batch decodes its logo once.
Result<std::shared_ptr<const Image>> LoadImage(const std::string& path);

// The same for bytes already read (the DOCX writer embeds exactly the bytes
// that decoded).
Result<std::shared_ptr<const Image>> LoadImage(const std::string& path, std::string_view bytes);

namespace internal {
Result<Image> DecodePng(const std::string& path, std::string_view bytes);
Result<Image> DecodeJpeg(const std::string& path, std::string_view bytes);
// The shared pixel-budget check: an error naming the size and the limit.
Status CheckPixelBudget(const std::string& path, unsigned long long width,
                        unsigned long long height);
}  // namespace internal

}  // namespace clerk::media

#endif  // CLERK_MEDIA_IMAGE_H_
