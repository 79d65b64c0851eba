// Windows-1252 (WinAnsi) code page: the single-byte encoding used for all
// text that fits it (fast, small, and PDF word spacing works); text outside
// it goes through a UTF-8 CID font.
#ifndef CLERK_RENDER_PDF_CP1252_H_
#define CLERK_RENDER_PDF_CP1252_H_

namespace clerk::render::pdf {

// The CP1252 byte for `cp`, or 0 when CP1252 has no such character.
unsigned char ToCp1252(char32_t cp);

// The Unicode character of CP1252 byte `b` (0 for the five unused bytes).
char32_t FromCp1252(unsigned char b);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_CP1252_H_
