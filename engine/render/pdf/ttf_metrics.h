// TrueType metrics of a house-style font: vertical metrics and the advance
// width of every BMP code point the font maps, read through HarfBuzz from
// the sanitised program the PDF embeds (media/font_program.h).
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
#include "media/font_program.h"

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
  const std::string& path() const { return program_->path; }
  // The sanitised TrueType program (what libharu loads).
  const std::string& program() const { return program_->bytes; }

  // Checks and sanitises the font at `path` (media::LoadFontProgram). Loaded
  // fonts are cached for the life of the process (thread-safe), so a batch
  // parses each file once.
  static Result<std::shared_ptr<const FontMetrics>> Load(
      const std::string& path);

  // Metrics of an already sanitised program.
  static std::shared_ptr<const FontMetrics> FromProgram(
      std::shared_ptr<const media::FontProgram> program);

  // Parses font bytes (exposed for tests).
  static Result<std::shared_ptr<const FontMetrics>> Parse(
      const std::string& path, const std::string& bytes);

 private:
  std::shared_ptr<const media::FontProgram> program_;
  std::vector<uint16_t> widths_;  // 65536 entries
  int ascent_ = 0;
  int descent_ = 0;
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_TTF_METRICS_H_
