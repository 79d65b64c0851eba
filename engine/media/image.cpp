#include "media/image.h"

#include <deque>
#include <mutex>
#include <utility>

#include "base/file_system.h"
#include "base/limits.h"

namespace clerk::media {

namespace internal {

Status CheckPixelBudget(const std::string& path, unsigned long long width,
                        unsigned long long height) {
  if (width == 0 || height == 0) {
    return Status::Error("the image " + path + " has no pixels (" + std::to_string(width) +
                         "x" + std::to_string(height) + ")");
  }
  if (width * height > limits::kMaxImagePixels) {
    return Status::Error("the image " + path + " is " + std::to_string(width) + "x" +
                         std::to_string(height) + " pixels, more than the limit of " +
                         std::to_string(limits::kMaxImagePixels / 1'000'000) +
                         " megapixels; scale it down");
  }
  return Status::Ok();
}

}  // namespace internal

bool LooksLikePng(std::string_view b) {
  return b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8);
}

bool LooksLikeJpeg(std::string_view b) {
  return b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF &&
         static_cast<unsigned char>(b[1]) == 0xD8 && static_cast<unsigned char>(b[2]) == 0xFF;
}

Result<Image> DecodeImage(const std::string& path, std::string_view bytes) {
  if (bytes.size() > limits::kMaxImageFileBytes) {
    return Status::Error("the image " + path + " is larger than " +
                         limits::FormatBytes(limits::kMaxImageFileBytes));
  }
  if (LooksLikePng(bytes)) return internal::DecodePng(path, bytes);
  if (LooksLikeJpeg(bytes)) return internal::DecodeJpeg(path, bytes);
  return Status::Error("the image " + path + " is neither PNG nor JPEG");
}

namespace {

// Small images (logos, signatures) recur in every document of a batch;
// the cache holds at most 8 x (2 MiB file + 8 MiB pixels).
constexpr size_t kCachedFileBytes = size_t{2} << 20;
constexpr size_t kCachedPixelBytes = size_t{8} << 20;
constexpr size_t kCacheEntries = 8;

struct Cached {
  std::string bytes;
  std::shared_ptr<const Image> image;
};

}  // namespace

Result<std::shared_ptr<const Image>> LoadImage(const std::string& path, std::string_view bytes) {
  static std::mutex mu;
  static auto* cache = new std::deque<Cached>;  // never destroyed: worker threads
  {
    std::lock_guard<std::mutex> lock(mu);
    for (const Cached& c : *cache) {
      if (c.bytes == bytes) return c.image;
    }
  }
  Result<Image> image = DecodeImage(path, bytes);
  if (!image.ok()) return image.status();
  auto shared = std::make_shared<const Image>(std::move(*image));
  if (bytes.size() <= kCachedFileBytes &&
      shared->pixels.size() + shared->alpha.size() <= kCachedPixelBytes) {
    std::lock_guard<std::mutex> lock(mu);
    if (cache->size() >= kCacheEntries) cache->pop_front();
    cache->push_back({std::string(bytes), shared});
  }
  return shared;
}

Result<std::shared_ptr<const Image>> LoadImage(const std::string& path) {
  auto fs = NewRealFileSystem();
  Result<std::string> bytes = fs->Read(path);
  if (!bytes.ok()) return bytes.status();
  return LoadImage(path, *bytes);
}

}  // namespace clerk::media
