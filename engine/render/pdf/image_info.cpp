#include "render/pdf/image_info.h"

#include <cstdint>

#include "render/pdf/png_check.h"

#include <algorithm>
#include <fstream>
#include <vector>

namespace clerk::render::pdf {

ImageInfo ReadImageInfo(const std::string& path) {
  ImageInfo info;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    info.error = "cannot open the image " + path;
    return info;
  }
  std::vector<unsigned char> b(65536);
  in.read(reinterpret_cast<char*>(b.data()), static_cast<long>(b.size()));
  b.resize(static_cast<size_t>(in.gcount()));
  auto u16 = [&](size_t o) { return (b[o] << 8) | b[o + 1]; };
  auto u32 = [&](size_t o) {
    return (static_cast<uint32_t>(u16(o)) << 16) | static_cast<uint32_t>(u16(o + 2));
  };
  static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (b.size() >= 24 && std::equal(kPng, kPng + 8, b.begin())) {
    info.png = true;
    // PNG allows sizes up to 2^31 - 1; anything larger is corrupt.
    uint32_t w = u32(16), h = u32(20);
    info.ok = w > 0 && h > 0 && w <= 0x7FFFFFFF && h <= 0x7FFFFFFF;
    info.width = static_cast<int>(w & 0x7FFFFFFF);
    info.height = static_cast<int>(h & 0x7FFFFFFF);
    if (!info.ok) info.error = "the PNG image " + path + " has no size";
    if (info.ok && !PngDecodes(path, &info.error)) info.ok = false;
    return info;
  }
  if (b.size() >= 4 && b[0] == 0xFF && b[1] == 0xD8) {
    size_t o = 2;
    while (o + 9 < b.size()) {
      if (b[o] != 0xFF) break;
      unsigned char m = b[o + 1];
      if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
        info.height = u16(o + 5);
        info.width = u16(o + 7);
        info.ok = info.width > 0 && info.height > 0;
        if (!info.ok) info.error = "the JPEG image " + path + " has no size";
        return info;
      }
      o += 2 + static_cast<size_t>(u16(o + 2));
    }
    info.error = "cannot find the size of the JPEG image " + path;
    return info;
  }
  info.error = "the image " + path + " is neither PNG nor JPEG";
  return info;
}

bool LooksLikePng(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char sig[8] = {};
  in.read(sig, 8);
  return in.gcount() == 8 && std::string(sig, 8) == std::string("\x89PNG\r\n\x1A\n", 8);
}

}  // namespace clerk::render::pdf
