#include "render/pdf/hpdf_resources.h"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <cstring>

#include "base/limits.h"

namespace clerk::render::pdf {

const char* LoadTrueTypeFont(HPDF_Doc pdf, const std::string& program) {
  // What HPDF_LoadTTFontFromFile does, from a memory stream: the font
  // definition keeps the stream (it re-reads glyphs when saving) and frees
  // it with itself.
  HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, 64 * 1024);
  if (stream == nullptr) return nullptr;
  if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                        static_cast<HPDF_UINT>(program.size())) != HPDF_OK ||
      HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK) {
    HPDF_Stream_Free(stream);
    return nullptr;
  }
  HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, stream, HPDF_TRUE);
  if (def == nullptr) return nullptr;  // libharu freed the stream
  if (HPDF_Doc_FindFontDef(pdf, def->base_font) != nullptr) {
    // The same face twice (bold falls back to regular): reuse the first.
    const char* name = HPDF_Doc_FindFontDef(pdf, def->base_font)->base_font;
    HPDF_FontDef_Free(def);
    return name;
  }
  if (HPDF_Doc_RegisterFontDef(pdf, def) != HPDF_OK) return nullptr;
  // The six-letter subset tag (AAAAAA+Name), one per embedded face.
  if (pdf->ttfont_tag[0] == 0) {
    std::memcpy(pdf->ttfont_tag, "HPDFAA", 6);
  } else {
    for (int i = 5; i >= 0; --i) {
      pdf->ttfont_tag[i] += 1;
      if (pdf->ttfont_tag[i] <= 'Z') break;
      pdf->ttfont_tag[i] = 'A';
    }
  }
  HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(pdf->ttfont_tag));
  return def->base_font;
}

HPDF_STATUS UseWinAnsiEncoding(HPDF_Doc pdf) {
  HPDF_Encoder enc = HPDF_GetEncoder(pdf, "CP1252");
  if (enc == nullptr || enc->type != HPDF_ENCODER_TYPE_SINGLE_BYTE) return HPDF_INVALID_ENCODER;
  // The font's write hook writes /Differences for every code marked here.
  auto* attr = static_cast<HPDF_BasicEncoderAttr>(enc->attr);
  attr->has_differences = HPDF_FALSE;
  for (int c = 0; c < 256; ++c) {
    if (c < 0x20 || c == 0x7F) attr->differences[c] = 0;
    if (attr->differences[c]) attr->has_differences = HPDF_TRUE;
  }
  return HPDF_OK;
}

HPDF_STATUS WriteContent(HPDF_Page page, std::string_view content) {
  if (!HPDF_Page_Validate(page)) return HPDF_INVALID_PAGE;
  HPDF_Stream stream = static_cast<HPDF_PageAttr>(page->attr)->stream;
  return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(content.data()),
                           static_cast<HPDF_UINT>(content.size()));
}

std::string ClampPdfTitle(const std::string& text) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation
    if (chars++ == limits::kMaxPdfTitleChars) return text.substr(0, i) + "\xE2\x80\xA6";
  }
  return text;
}

HPDF_Image LoadDecodedImage(HPDF_Doc pdf, const media::Image& image) {
  const HPDF_ColorSpace space = image.components == 1   ? HPDF_CS_DEVICE_GRAY
                                : image.components == 4 ? HPDF_CS_DEVICE_CMYK
                                                        : HPDF_CS_DEVICE_RGB;
  HPDF_Image img = HPDF_LoadRawImageFromMem(
      pdf, reinterpret_cast<const HPDF_BYTE*>(image.pixels.data()),
      static_cast<HPDF_UINT>(image.width), static_cast<HPDF_UINT>(image.height), space, 8);
  if (img == nullptr || image.alpha.empty()) return img;
  HPDF_Image mask = HPDF_LoadRawImageFromMem(
      pdf, reinterpret_cast<const HPDF_BYTE*>(image.alpha.data()),
      static_cast<HPDF_UINT>(image.width), static_cast<HPDF_UINT>(image.height),
      HPDF_CS_DEVICE_GRAY, 8);
  if (mask == nullptr || HPDF_Image_AddSMask(img, mask) != HPDF_OK) return nullptr;
  return img;
}

}  // namespace clerk::render::pdf
