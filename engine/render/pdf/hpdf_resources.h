// Fonts and images handed to libharu: only bytes clerk has checked.
//
// A font reaches libharu as the sanitised TrueType program that HarfBuzz
// wrote (media/font_program.h), loaded from memory; an image as decoded
// raw pixels (media/image.h) with its alpha as a soft mask. libharu never
// reads a user's file. The one place that knows libharu's internals for
// loading a font from memory (libharu 2.3 has no public call for it).
#ifndef CLERK_RENDER_PDF_HPDF_RESOURCES_H_
#define CLERK_RENDER_PDF_HPDF_RESOURCES_H_

#include <hpdf.h>

#include <string>
#include <string_view>

#include "media/image.h"

namespace clerk::render::pdf {

// Registers the TrueType program `program` (embedded, glyph-pruned on save)
// and returns its font name for HPDF_GetFont, or nullptr (the document's
// error handler has the libharu error).
const char* LoadTrueTypeFont(HPDF_Doc pdf, const std::string& program);

// Makes the document's CP1252 encoder write plain /WinAnsiEncoding:
// libharu's CP1252 differs from WinAnsi only at 0x7F, a code clerk never
// shows, and writes that as /Differences [127 /.notdef], which PDF/UA
// forbids (Matterhorn 31-022: glyph names outside the Adobe Glyph List).
HPDF_STATUS UseWinAnsiEncoding(HPDF_Doc pdf);

// Appends `content` as is to the content stream of `page`: operators
// libharu 2.3.0 has no call for (TJ, which shows text with kerning).
// libharu's own record of the text position is not updated, so a text
// object that uses this must place all its text itself.
HPDF_STATUS WriteContent(HPDF_Page page, std::string_view content);

// `text` cut to at most limits::kMaxPdfTitleChars characters (on a UTF-8
// boundary, with an ellipsis), for outline entries and document
// information: libharu refuses strings past 65,535 bytes, and a title that
// long is of no use in a viewer's panel. The page shows the whole title.
std::string ClampPdfTitle(const std::string& text);

// The decoded image as a PDF image XObject: DeviceGray, DeviceRGB or
// DeviceCMYK, 8 bits, with an /SMask when it has alpha. nullptr on a
// libharu error.
HPDF_Image LoadDecodedImage(HPDF_Doc pdf, const media::Image& image);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_HPDF_RESOURCES_H_
