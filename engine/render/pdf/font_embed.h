// Embeds the TrueType font programs with a process-wide cache of their
// compressed bytes.
//
// libharu writes each embedded font program (its glyph-pruned copy of the
// .ttf) and deflates it again for every document: about 3.5 ms per face,
// most of a report's render time. Here the pruned program is produced by
// libharu (HPDF_TTFontDef_SaveFontData) and compressed only the first time
// its key is seen (font, subset tag, set of used glyphs — everything the
// bytes depend on); the FontDescriptor with
// the precompressed FontFile2 is then handed to libharu through the font
// definition's `descriptor` slot, which libharu reuses instead of building
// its own. Batch runs of one template mostly use the same glyphs, so they
// hit the cache.
#ifndef CLERK_RENDER_PDF_FONT_EMBED_H_
#define CLERK_RENDER_PDF_FONT_EMBED_H_

#include <hpdf.h>

#include <vector>

namespace clerk::render::pdf {

// Builds the font descriptor (with FontFile2) of every font's definition
// that has none yet. Call after all text is drawn, before saving. Returns
// false on failure (libharu's error handler has the details).
bool EmbedFontPrograms(HPDF_Doc pdf, const std::vector<HPDF_Font>& fonts);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_FONT_EMBED_H_
