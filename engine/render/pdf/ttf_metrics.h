// TrueType metrics read straight from a .ttf file: units per em, vertical
// metrics and the advance width of every BMP code point the font maps.
//
// The layout engine measures text with these tables only (never with
// libharu's MeasureText), so layout is fast and independent of the PDF
// writer. Widths are in 1/1000 em, truncated exactly as libharu truncates
// them for the PDF /Widths and /W arrays, so what we measure is what a
// viewer places.
#ifndef CLERK_RENDER_PDF_TTF_METRICS_H_
#define CLERK_RENDER_PDF_TTF_METRICS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"

namespace clerk::render::pdf {

class FontMetrics {
 public:
  static constexpr uint16_t kMissing = 0xFFFF;

  // Width of `cp` in 1/1000 em, or kMissing when the font has no glyph for
  // it (or cp is outside the BMP).
  uint16_t Width(char32_t cp) const {
    return cp < widths_.size() ? widths_[cp] : kMissing;
  }
  bool Has(char32_t cp) const { return Width(cp) != kMissing; }
  // Ascender and descender (descender negative), 1/1000 em.
  int ascent() const { return ascent_; }
  int descent() const { return descent_; }
  const std::string& path() const { return path_; }

  // Parses the font at `path`. Loaded fonts are cached for the life of the
  // process (thread-safe), so a batch parses each file once.
  static Result<std::shared_ptr<const FontMetrics>> Load(
      const std::string& path);

  // Parses font bytes (exposed for tests).
  static Result<std::shared_ptr<const FontMetrics>> Parse(
      const std::string& path, const std::string& bytes);

 private:
  std::string path_;
  std::vector<uint16_t> widths_;  // 65536 entries
  int ascent_ = 0;
  int descent_ = 0;
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_TTF_METRICS_H_
