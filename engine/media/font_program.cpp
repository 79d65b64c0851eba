#include "media/font_program.h"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

#include "base/file_system.h"
#include "base/limits.h"
#include "media/font_shaper.h"

namespace clerk::media {

namespace {

// HarfBuzz objects with their destroy functions.
struct BlobDel { void operator()(hb_blob_t* b) const { hb_blob_destroy(b); } };
struct FaceDel { void operator()(hb_face_t* f) const { hb_face_destroy(f); } };
struct FontDel { void operator()(hb_font_t* f) const { hb_font_destroy(f); } };
struct SetDel { void operator()(hb_set_t* s) const { hb_set_destroy(s); } };
struct InputDel {
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};
using Blob = std::unique_ptr<hb_blob_t, BlobDel>;
using Face = std::unique_ptr<hb_face_t, FaceDel>;
using Font = std::unique_ptr<hb_font_t, FontDel>;
using Set = std::unique_ptr<hb_set_t, SetDel>;
using Input = std::unique_ptr<hb_subset_input_t, InputDel>;

// The tables a PDF TrueType font program is made of (libharu writes
// exactly these); the first group must be present.
constexpr const char* kRequired[] = {"head", "hhea", "hmtx", "maxp", "cmap",
                                     "glyf", "loca", "name", "post", "OS/2"};
constexpr const char* kOptional[] = {"cvt ", "fpgm", "prep"};

std::set<hb_tag_t> TableTags(hb_face_t* face) {
  std::set<hb_tag_t> tags;
  hb_tag_t buf[64];
  unsigned start = 0;
  for (;;) {
    unsigned n = 64;
    unsigned total = hb_face_get_table_tags(face, start, &n, buf);
    tags.insert(buf, buf + n);
    start += n;
    if (n == 0 || start >= total) break;
  }
  return tags;
}

uint16_t TableU16(hb_face_t* face, const char* tag, unsigned offset, bool* present) {
  Blob blob(hb_face_reference_table(face, hb_tag_from_string(tag, 4)));
  unsigned len = 0;
  const char* d = hb_blob_get_data(blob.get(), &len);
  *present = d != nullptr && offset + 2 <= len;
  if (!*present) return 0;
  return static_cast<uint16_t>((static_cast<unsigned char>(d[offset]) << 8) |
                               static_cast<unsigned char>(d[offset + 1]));
}

// Everything wrong with the original face, before subsetting.
Status CheckFace(hb_face_t* face, const std::string& path) {
  auto bad = [&](const std::string& why) {
    return Status::Error("font file " + path + " cannot be used: " + why);
  };
  std::set<hb_tag_t> tags = TableTags(face);
  if (tags.empty() || hb_face_get_glyph_count(face) == 0) {
    return bad("it is not a TrueType or OpenType font");
  }
  if (!tags.count(HB_TAG('g', 'l', 'y', 'f')) &&
      (tags.count(HB_TAG('C', 'F', 'F', ' ')) || tags.count(HB_TAG('C', 'F', 'F', '2')))) {
    return bad("it has PostScript (CFF) outlines, and PDF output needs TrueType "
               "(glyf) outlines; use the .ttf version of the font");
  }
  for (const char* t : kRequired) {
    if (!tags.count(hb_tag_from_string(t, 4))) {
      return bad(std::string("it has no '") + t + "' table");
    }
  }
  bool present = false;
  uint16_t fs_type = TableU16(face, "OS/2", 8, &present);
  if (!present) return bad("its 'OS/2' table is truncated");
  // Restricted licence, no subsetting, bitmap embedding only.
  if (fs_type & (0x0002 | 0x0100 | 0x0200)) {
    return bad("its licence (OS/2 fsType " + std::to_string(fs_type) +
               ") does not allow embedding it in a PDF");
  }
  unsigned upem = hb_face_get_upem(face);
  uint16_t head_upem = TableU16(face, "head", 18, &present);
  if (!present || head_upem < 16 || head_upem > 16384 || head_upem != upem) {
    return bad("its unitsPerEm (" + std::to_string(head_upem) +
               ") is outside 16 to 16384");
  }
  return Status::Ok();
}

// hb-subset of every Unicode-mapped glyph, dropping every table a PDF font
// program does not need (layout, colour, bitmaps, variations, …).
Result<std::string> Subset(hb_face_t* face, hb_set_t* unicodes, const std::string& path) {
  Input input(hb_subset_input_create_or_fail());
  if (input == nullptr) return Status::Error("out of memory subsetting font " + path);
  hb_set_union(hb_subset_input_unicode_set(input.get()), unicodes);
  std::set<hb_tag_t> keep;
  for (const char* t : kRequired) keep.insert(hb_tag_from_string(t, 4));
  for (const char* t : kOptional) keep.insert(hb_tag_from_string(t, 4));
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t t : TableTags(face)) {
    if (!keep.count(t)) hb_set_add(drop, t);
  }
  Face out(hb_subset_or_fail(face, input.get()));
  if (out == nullptr) {
    return Status::Error("font file " + path + " cannot be used: HarfBuzz cannot "
                         "rewrite it (its tables are damaged)");
  }
  Blob blob(hb_face_reference_blob(out.get()));
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob.get(), &len);
  if (data == nullptr || len == 0) {
    return Status::Error("font file " + path + " cannot be used: HarfBuzz cannot "
                         "rewrite it (its tables are damaged)");
  }
  return std::string(data, len);
}

}  // namespace

Result<std::shared_ptr<const FontProgram>> SanitiseFont(const std::string& path,
                                                        std::string_view bytes) {
  auto bad = [&](const std::string& why) {
    return Status::Error("font file " + path + " cannot be used: " + why);
  };
  if (bytes.size() > limits::kMaxFontFileBytes) {
    return bad("it is larger than " + limits::FormatBytes(limits::kMaxFontFileBytes));
  }
  // HarfBuzz keeps a pointer to the bytes; they outlive every use below.
  Blob blob(hb_blob_create_or_fail(bytes.data(), static_cast<unsigned>(bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  if (blob == nullptr) return bad("it cannot be read");
  Face face(hb_face_create(blob.get(), 0));
  if (Status st = CheckFace(face.get(), path); !st.ok()) return st;
  Set unicodes(hb_set_create());
  hb_face_collect_unicodes(face.get(), unicodes.get());
  if (hb_set_get_population(unicodes.get()) == 0) {
    return bad("its character map (cmap) maps no Unicode characters");
  }
  Result<std::string> subset = Subset(face.get(), unicodes.get(), path);
  if (!subset.ok()) return subset.status();

  auto program = std::make_shared<FontProgram>();
  program->path = path;
  program->bytes = std::move(*subset);
  Blob clean_blob(hb_blob_create(program->bytes.data(),
                                 static_cast<unsigned>(program->bytes.size()),
                                 HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  Face clean(hb_face_create(clean_blob.get(), 0));
  if (Status st = CheckFace(clean.get(), path); !st.ok()) return st;
  Font font(hb_font_create(clean.get()));
  const int upem = static_cast<int>(hb_face_get_upem(clean.get()));
  hb_font_set_scale(font.get(), upem, upem);
  program->units_per_em = upem;
  hb_position_t asc = 0, desc = 0;
  if (!hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &asc) ||
      !hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &desc)) {
    return bad("its 'hhea' table has no ascender or descender");
  }
  program->ascender = asc;
  program->descender = desc;
  program->advances.assign(0x10000, FontProgram::kMissing);
  Set mapped(hb_set_create());
  hb_face_collect_unicodes(clean.get(), mapped.get());
  hb_codepoint_t cp = HB_SET_VALUE_INVALID;
  size_t count = 0;
  while (hb_set_next(mapped.get(), &cp) && cp < 0xFFFF) {
    hb_codepoint_t gid = 0;
    if (!hb_font_get_nominal_glyph(font.get(), cp, &gid) || gid == 0) continue;
    hb_position_t adv = hb_font_get_glyph_h_advance(font.get(), gid);
    if (adv < 0) adv = 0;
    program->advances[cp] = static_cast<uint16_t>(
        adv >= FontProgram::kMissing ? FontProgram::kMissing - 1 : adv);
    ++count;
  }
  if (count == 0) return bad("its character map (cmap) maps no character of the BMP");
  // Kerning comes from the original file: the program above has no layout
  // tables (font_shaper.h).
  program->shaper = std::make_shared<const FontShaper>(bytes);
  return std::shared_ptr<const FontProgram>(std::move(program));
}

Result<std::shared_ptr<const FontProgram>> LoadFontProgram(const std::string& path,
                                                           std::string_view bytes) {
  struct Entry {
    size_t digest = 0, size = 0;
    Result<std::shared_ptr<const FontProgram>> program = Status::Ok();
  };
  static std::mutex mu;
  static auto* cache = new std::map<std::string, Entry>;  // never destroyed: workers
  const size_t digest = std::hash<std::string_view>()(bytes);
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache->find(path);
    if (it != cache->end() && it->second.digest == digest && it->second.size == bytes.size()) {
      return it->second.program;
    }
  }
  Entry e;
  e.digest = digest;
  e.size = bytes.size();
  e.program = SanitiseFont(path, bytes);
  std::lock_guard<std::mutex> lock(mu);
  if (cache->size() >= 64) cache->clear();
  (*cache)[path] = e;
  return e.program;
}

Result<std::shared_ptr<const FontProgram>> LoadFontProgram(const std::string& path) {
  // A batch loads the same faces for every document: when the file's size
  // and modification time are those of the last load, the file is not read
  // again.
  struct Seen {
    std::uintmax_t size = 0;
    std::filesystem::file_time_type mtime;
    std::shared_ptr<const FontProgram> program;
  };
  static std::mutex mu;
  static auto* seen = new std::map<std::string, Seen>;  // never destroyed: workers
  std::error_code e1, e2;
  const std::uintmax_t size = std::filesystem::file_size(path, e1);
  const auto mtime = std::filesystem::last_write_time(path, e2);
  if (!e1 && !e2) {
    std::lock_guard<std::mutex> lock(mu);
    auto it = seen->find(path);
    if (it != seen->end() && it->second.size == size && it->second.mtime == mtime) {
      return it->second.program;
    }
  }
  auto fs = NewRealFileSystem();
  Result<std::string> bytes = fs->Read(path);
  if (!bytes.ok()) return bytes.status();
  auto program = LoadFontProgram(path, *bytes);
  if (program.ok() && !e1 && !e2 && bytes->size() == size) {
    std::lock_guard<std::mutex> lock(mu);
    if (seen->size() >= 64) seen->clear();
    (*seen)[path] = Seen{size, mtime, *program};
  }
  return program;
}

}  // namespace clerk::media
