// The body font family (regular, bold, italic, bold italic) as metrics for
// layout: widths per code point, cached per process (ttf_metrics.h).
#ifndef CLERK_RENDER_PDF_FONT_SET_H_
#define CLERK_RENDER_PDF_FONT_SET_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "model/style.h"
#include "render/pdf/ttf_metrics.h"

namespace clerk::render::pdf {

class FontSet {
 public:
  // Loads the four faces named by the style; a missing bold/italic file
  // falls back to the regular one.
  static Result<FontSet> Load(const model::FontFace& face);

  const FontMetrics& metrics(int face) const { return *faces_[face]; }
  const std::string& path(int face) const { return paths_[face]; }

  // Width in points of UTF-8 text at `size`: the advances of its
  // characters and the kerning between each adjacent pair (Kern), which is
  // what the PDF writer draws. Missing glyphs count as the width of the
  // .notdef box (they are reported elsewhere).
  double Width(int face, std::string_view utf8, double size) const;
  // One character's advance, without kerning.
  double CharWidth(int face, char32_t cp, double size) const;
  // The kerning in points between `a` and the `b` after it (ttf_metrics.h).
  double Kern(int face, char32_t a, char32_t b, double size) const {
    return faces_[face]->Kern(a, b) * size / 1000.0;
  }
  // Ascent/descent in points (descent negative).
  double Ascent(int face, double size) const {
    return faces_[face]->ascent() * size / 1000.0;
  }
  double Descent(int face, double size) const {
    return faces_[face]->descent() * size / 1000.0;
  }

 private:
  std::array<std::shared_ptr<const FontMetrics>, 4> faces_;
  std::array<std::string, 4> paths_;
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_FONT_SET_H_
