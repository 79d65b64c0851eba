#include "render/pdf/font_embed.h"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include "render/pdf/cp1252.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace clerk::render::pdf {

namespace {

struct Compressed {
  std::string bytes;
  HPDF_UINT length1 = 0;
};

// What decides the bytes HPDF_TTFontDef_SaveFontData writes: the font
// (name, revision, checksum), the subset tag libharu writes into its name
// table, and which glyphs are used.
std::string ProgramKey(HPDF_FontDef def) {
  auto* da = static_cast<HPDF_TTFontDefAttr>(def->attr);
  std::string key = da->base_font;
  key += '|';
  key += da->tag_name;
  key += '|' + std::to_string(da->num_glyphs) + '|' +
         std::to_string(da->header.font_revision) + '|' +
         std::to_string(da->header.check_sum_adjustment) + '|';
  if (da->glyph_tbl.flgs != nullptr) {
    key.append(reinterpret_cast<const char*>(da->glyph_tbl.flgs), da->num_glyphs);
  }
  return key;
}

struct Cache {
  std::mutex mu;
  std::map<std::string, std::shared_ptr<const Compressed>> programs;
};

Cache& TheCache() {
  static Cache* cache = new Cache;  // never destroyed: used by worker threads
  return *cache;
}

std::shared_ptr<const Compressed> Lookup(const std::string& key) {
  Cache& c = TheCache();
  std::lock_guard<std::mutex> lock(c.mu);
  auto it = c.programs.find(key);
  return it == c.programs.end() ? nullptr : it->second;
}

// Compresses a program and remembers it under `key`; bounded so a long
// batch of varied documents cannot grow it without limit.
std::shared_ptr<const Compressed> Store(const std::string& key, const std::string& program) {
  auto c = std::make_shared<Compressed>();
  uLongf len = compressBound(program.size());
  c->bytes.resize(len);
  if (compress2(reinterpret_cast<Bytef*>(c->bytes.data()), &len,
                reinterpret_cast<const Bytef*>(program.data()), program.size(),
                Z_DEFAULT_COMPRESSION) != Z_OK) {
    return nullptr;
  }
  c->bytes.resize(len);
  c->length1 = static_cast<HPDF_UINT>(program.size());
  Cache& cache = TheCache();
  std::lock_guard<std::mutex> lock(cache.mu);
  if (cache.programs.size() >= 64) cache.programs.clear();
  cache.programs[key] = c;
  return c;
}

// The pruned program as libharu writes it.
bool SaveProgram(HPDF_Doc pdf, HPDF_FontDef def, std::string* program) {
  HPDF_Stream mem = HPDF_MemStream_New(pdf->mmgr, 32 * 1024);
  if (mem == nullptr) return false;
  if (HPDF_TTFontDef_SaveFontData(def, mem) != HPDF_OK) {
    HPDF_Stream_Free(mem);
    return false;
  }
  // GetBufPtr reports whole buffers; the stream size says where data ends.
  const size_t size = HPDF_Stream_Size(mem);
  program->clear();
  program->reserve(size);
  for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(mem) && program->size() < size; ++i) {
    HPDF_UINT n = 0;
    HPDF_BYTE* p = HPDF_MemStream_GetBufPtr(mem, i, &n);
    if (p != nullptr) program->append(reinterpret_cast<const char*>(p), n);
  }
  HPDF_Stream_Free(mem);
  if (program->size() < size) return false;
  program->resize(size);
  return true;
}

// libharu drops a "Filter" key from a stream whose filter is NONE and
// would deflate the bytes again otherwise; the key is written from the
// dictionary's write hook instead.
extern "C" HPDF_STATUS WriteFlateFilter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

// Marks every glyph of the CP1252 repertoire as used, so that documents
// share one program per face (and one cache entry) whatever subset of
// Western European text they print.
void UseCp1252Repertoire(HPDF_FontDef def) {
  auto* da = static_cast<HPDF_TTFontDefAttr>(def->attr);
  if (da->glyph_tbl.flgs == nullptr) return;
  for (int b = 0x20; b < 0x100; ++b) {
    char32_t u = FromCp1252(static_cast<unsigned char>(b));
    if (u == 0) continue;
    HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(u));
    if (gid != 0 && gid < da->num_glyphs) da->glyph_tbl.flgs[gid] = 1;
  }
}

bool Embed(HPDF_Doc pdf, HPDF_FontDef def) {
  auto* da = static_cast<HPDF_TTFontDefAttr>(def->attr);
  UseCp1252Repertoire(def);
  std::string key = ProgramKey(def);
  auto compressed = Lookup(key);
  if (compressed == nullptr) {
    std::string program;
    if (!SaveProgram(pdf, def, &program)) return false;
    compressed = Store(key, program);
    if (compressed == nullptr) return false;
  }

  // The descriptor libharu would build (hpdf_font_tt.c CreateDescriptor).
  HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);
  if (d == nullptr) return false;
  HPDF_STATUS ret = HPDF_Xref_Add(pdf->xref, d);
  ret += HPDF_Dict_AddName(d, "Type", "FontDescriptor");
  ret += HPDF_Dict_AddNumber(d, "Ascent", def->ascent);
  ret += HPDF_Dict_AddNumber(d, "Descent", def->descent);
  ret += HPDF_Dict_AddNumber(d, "CapHeight", def->cap_height);
  ret += HPDF_Dict_AddNumber(d, "Flags", static_cast<HPDF_INT32>(def->flags));
  ret += HPDF_Dict_Add(d, "FontBBox", HPDF_Box_Array_New(pdf->mmgr, def->font_bbox));
  ret += HPDF_Dict_AddName(d, "FontName", da->base_font);
  ret += HPDF_Dict_AddNumber(d, "ItalicAngle", def->italic_angle);
  ret += HPDF_Dict_AddNumber(d, "StemV", def->stemv);
  ret += HPDF_Dict_AddNumber(d, "XHeight", def->x_height);
  HPDF_Dict data = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (ret != HPDF_OK || data == nullptr) return false;
  data->filter = HPDF_STREAM_FILTER_NONE;  // the bytes are deflated already
  data->write_fn = WriteFlateFilter;
  ret += HPDF_Dict_AddNumber(data, "Length1", static_cast<HPDF_INT32>(compressed->length1));
  ret += HPDF_Stream_Write(data->stream,
                           reinterpret_cast<const HPDF_BYTE*>(compressed->bytes.data()),
                           static_cast<HPDF_UINT>(compressed->bytes.size()));
  ret += HPDF_Dict_Add(d, "FontFile2", data);
  if (ret != HPDF_OK) return false;
  def->descriptor = d;
  return true;
}

}  // namespace

bool EmbedFontPrograms(HPDF_Doc pdf, const std::vector<HPDF_Font>& fonts) {
  for (HPDF_Font font : fonts) {
    if (font == nullptr) continue;
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_FontDef def = attr->fontdef;
    if (def == nullptr || def->descriptor != nullptr) continue;
    if (def->type != HPDF_FONTDEF_TYPE_TRUETYPE) continue;
    auto* da = static_cast<HPDF_TTFontDefAttr>(def->attr);
    if (!da->embedding) continue;
    if (!Embed(pdf, def)) return false;
  }
  return true;
}

}  // namespace clerk::render::pdf
