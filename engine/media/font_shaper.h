// Kerning of a house-style font, read by shaping text with HarfBuzz.
//
// The PDF font program clerk embeds carries no layout tables (font_program.h
// drops them), so the shaper reads the user's original font file, through
// HarfBuzz, which sanitises each table (GPOS, GDEF, GSUB, kern) before it
// uses it. Text is shaped with kerning on and every feature that would
// change which glyph shows a character off (ligatures, contextual
// alternates), so one character stays one glyph and the PDF's ToUnicode
// and ActualText keep their meaning.
#ifndef CLERK_MEDIA_FONT_SHAPER_H_
#define CLERK_MEDIA_FONT_SHAPER_H_

#include <memory>
#include <string_view>
#include <vector>

struct hb_font_t;

namespace clerk::media {

class FontShaper {
 public:
  // A shaper over a copy of `bytes` (a font HarfBuzz has already opened and
  // checked: font_program.h). Thread-safe once made.
  explicit FontShaper(std::string_view bytes);
  ~FontShaper();
  FontShaper(const FontShaper&) = delete;
  FontShaper& operator=(const FontShaper&) = delete;

  // True when the font has kerning at all (a GPOS or a kern table).
  bool has_kerning() const { return has_kerning_; }

  // The advance in font units of each character of `text`, shaped as
  // described above (script Latin when the characters do not say, language
  // "en", left to right, whatever the process locale). Empty when the font
  // does not show the characters one glyph each (a composed accent).
  std::vector<int> Advances(std::u32string_view text) const;

 private:
  hb_font_t* font_ = nullptr;
  bool has_kerning_ = false;
};

}  // namespace clerk::media

#endif  // CLERK_MEDIA_FONT_SHAPER_H_
