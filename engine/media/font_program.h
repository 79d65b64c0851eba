// A house-style font, parsed and re-serialised by HarfBuzz before anything
// else sees it.
//
// Font files come from the user (a style names them), so their bytes are
// never handed to libharu, whose TrueType parser trusts every offset. Here
// HarfBuzz reads the file defensively, clerk checks that it has what the
// renderers need (TrueType outlines, a Unicode cmap, the tables libharu
// embeds, a licence that allows embedding), and hb-subset writes a clean
// copy: every Unicode-mapped glyph, only the tables a PDF font program
// needs, consistent offsets. The PDF writer loads that copy, and the layout
// metrics are read from it, so what is measured is what is embedded.
//
// The same check runs when the style is loaded (so `clerk check` refuses a
// bad font with the attribute's file:line:col) and when the PDF renderer
// loads the font; both share one per-process cache.
#ifndef CLERK_MEDIA_FONT_PROGRAM_H_
#define CLERK_MEDIA_FONT_PROGRAM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace clerk::media {

class FontShaper;

struct FontProgram {
  static constexpr uint16_t kMissing = 0xFFFF;

  std::string path;
  std::string bytes;      // the sanitised TrueType program
  int units_per_em = 0;
  int ascender = 0;       // hhea, font units
  int descender = 0;      // hhea, font units (negative)
  // Advance width in font units of every BMP code point the font maps, or
  // kMissing (65536 entries).
  std::vector<uint16_t> advances;
  // Kerning through HarfBuzz shaping of the original file (font_shaper.h).
  std::shared_ptr<const FontShaper> shaper;
};

// Checks and re-serialises `bytes` (the file `path`, named in messages).
// The error says what is wrong in words a user can act on.
Result<std::shared_ptr<const FontProgram>> SanitiseFont(const std::string& path,
                                                        std::string_view bytes);

// SanitiseFont with a per-process cache keyed by path and content
// (thread-safe): a batch, and the style check before the renderer, parse
// each face once. Errors are cached too.
Result<std::shared_ptr<const FontProgram>> LoadFontProgram(const std::string& path,
                                                           std::string_view bytes);

// Reads the file at `path` (through base's FileSystem) and loads it as above.
Result<std::shared_ptr<const FontProgram>> LoadFontProgram(const std::string& path);

}  // namespace clerk::media

#endif  // CLERK_MEDIA_FONT_PROGRAM_H_
