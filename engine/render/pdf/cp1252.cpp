#include "render/pdf/cp1252.h"

namespace clerk::render::pdf {

namespace {

// 0x80..0x9F.
constexpr char32_t kHigh[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

}  // namespace

unsigned char ToCp1252(char32_t cp) {
  if (cp >= 0x20 && cp < 0x7F) return static_cast<unsigned char>(cp);
  if (cp >= 0xA0 && cp <= 0xFF) return static_cast<unsigned char>(cp);
  if (cp < 0x100) return 0;
  for (int i = 0; i < 32; ++i) {
    if (kHigh[i] == cp) return static_cast<unsigned char>(0x80 + i);
  }
  return 0;
}

char32_t FromCp1252(unsigned char b) {
  if (b >= 0x80 && b <= 0x9F) return kHigh[b - 0x80];
  return b;
}

}  // namespace clerk::render::pdf
