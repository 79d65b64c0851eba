// Correct ToUnicode CMaps for the fonts the writer creates.
#ifndef CLERK_RENDER_PDF_TO_UNICODE_H_
#define CLERK_RENDER_PDF_TO_UNICODE_H_

#include <string>

namespace clerk::render::pdf {

// For libharu's UTF-8 CID fonts (Identity-H, 2-byte code = BMP code point):
// bfranges <XX00> <XXFF> <XX00> for every high byte but the surrogates.
std::string IdentityToUnicodeCMap();

// For a simple font in CP1252: one bfchar per printable byte.
std::string Cp1252ToUnicodeCMap();

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_TO_UNICODE_H_
