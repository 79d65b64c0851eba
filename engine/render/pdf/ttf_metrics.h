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

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
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
  // The kerning between `a` and the `b` that follows it, in 1/1000 em
  // (negative: closer), as HarfBuzz shapes the pair "ab" with the font's
  // GPOS or kern table (media/font_shaper.h): the pair's shaped advance
  // minus its two nominal advances, rounded. Cached per pair for the life
  // of the process (thread-safe); 0 for a font without kerning.
  int Kern(char32_t a, char32_t b) const {
    if (!kerning_) return 0;
    const int sa = Slot(a), sb = Slot(b);
    if (sa >= 0 && sb >= 0) {
      const int16_t k = pairs_[sa * kSlots + sb].load(std::memory_order_relaxed);
      if (k != kUnknown) return k;
    }
    return KernSlow(a, b, sa, sb);
  }
  bool has_kerning() const { return kerning_; }
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
  // Pairs of the characters most text uses (Latin-1, Latin Extended-A, the
  // punctuation of U+2010-U+203F, the euro sign) are kept in a flat table;
  // others in a map.
  static constexpr int kSlots = 0x180 + 0x30 + 1;
  static constexpr int16_t kUnknown = INT16_MIN;
  static int Slot(char32_t cp) {
    if (cp < 0x180) return static_cast<int>(cp);
    if (cp >= 0x2010 && cp < 0x2040) return static_cast<int>(0x180 + (cp - 0x2010));
    if (cp == 0x20AC) return 0x180 + 0x30;
    return -1;
  }
  int KernSlow(char32_t a, char32_t b, int sa, int sb) const;
  int ShapePair(char32_t a, char32_t b) const;

  std::shared_ptr<const media::FontProgram> program_;
  std::vector<uint16_t> widths_;  // 65536 entries
  bool kerning_ = false;
  std::unique_ptr<std::atomic<int16_t>[]> pairs_;  // kSlots * kSlots
  mutable std::mutex mu_;
  mutable std::unordered_map<uint64_t, int16_t> other_pairs_;
  int ascent_ = 0;
  int descent_ = 0;
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_TTF_METRICS_H_
