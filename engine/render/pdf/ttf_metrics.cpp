#include "render/pdf/ttf_metrics.h"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace clerk::render::pdf {

namespace {

uint16_t U16(const std::string& b, size_t o) {
  return static_cast<uint16_t>((static_cast<uint8_t>(b[o]) << 8) |
                               static_cast<uint8_t>(b[o + 1]));
}
uint32_t U32(const std::string& b, size_t o) {
  return (static_cast<uint32_t>(U16(b, o)) << 16) | U16(b, o + 2);
}

struct Table {
  size_t offset = 0;
  size_t length = 0;
};

}  // namespace

Result<std::shared_ptr<const FontMetrics>> FontMetrics::Parse(
    const std::string& path, const std::string& b) {
  auto bad = [&](const char* what) {
    return Status::Error("cannot read font " + path + ": " + what);
  };
  if (b.size() < 12) return bad("file too short");
  uint16_t num_tables = U16(b, 4);
  if (b.size() < 12 + size_t{num_tables} * 16) return bad("truncated table directory");
  std::map<std::string, Table> tables;
  for (uint16_t i = 0; i < num_tables; ++i) {
    size_t rec = 12 + size_t{i} * 16;
    Table t{U32(b, rec + 8), U32(b, rec + 12)};
    if (t.offset + t.length > b.size()) return bad("table past end of file");
    tables[b.substr(rec, 4)] = t;
  }
  for (const char* need : {"head", "hhea", "hmtx", "cmap"}) {
    if (!tables.count(need)) return bad("missing a required table");
  }
  const Table head = tables["head"], hhea = tables["hhea"],
              hmtx = tables["hmtx"], cmap = tables["cmap"];
  if (head.length < 54 || hhea.length < 36) return bad("short head/hhea");
  int upem = U16(b, head.offset + 18);
  if (upem == 0) return bad("unitsPerEm is 0");
  auto m = std::make_shared<FontMetrics>();
  m->path_ = path;
  m->ascent_ = static_cast<int16_t>(U16(b, hhea.offset + 4)) * 1000 / upem;
  m->descent_ = static_cast<int16_t>(U16(b, hhea.offset + 6)) * 1000 / upem;
  size_t num_hmetrics = U16(b, hhea.offset + 34);
  if (num_hmetrics == 0 || hmtx.length < num_hmetrics * 4) return bad("bad hmtx");
  auto advance = [&](uint16_t gid) -> uint16_t {
    size_t i = gid < num_hmetrics ? gid : num_hmetrics - 1;
    int w = U16(b, hmtx.offset + i * 4) * 1000 / upem;  // libharu truncates
    return static_cast<uint16_t>(w >= FontMetrics::kMissing ? FontMetrics::kMissing - 1 : w);
  };

  // Find a Unicode BMP subtable in format 4: (3,1) preferred, else (0,*).
  size_t sub = 0;
  uint16_t n_sub = U16(b, cmap.offset + 2);
  for (uint16_t i = 0; i < n_sub; ++i) {
    size_t rec = cmap.offset + 4 + size_t{i} * 8;
    if (rec + 8 > cmap.offset + cmap.length) break;
    uint16_t platform = U16(b, rec), encoding = U16(b, rec + 2);
    size_t off = cmap.offset + U32(b, rec + 4);
    if (off + 4 > b.size() || U16(b, off) != 4) continue;
    if ((platform == 3 && encoding == 1) || (platform == 0 && sub == 0)) sub = off;
  }
  if (sub == 0) return bad("no Unicode (format 4) cmap");
  m->widths_.assign(0x10000, kMissing);
  size_t seg_x2 = U16(b, sub + 6);
  size_t ends = sub + 14, starts = ends + seg_x2 + 2, deltas = starts + seg_x2,
         ranges = deltas + seg_x2;
  if (ranges + seg_x2 > b.size()) return bad("truncated cmap");
  for (size_t s = 0; s < seg_x2; s += 2) {
    uint32_t end = U16(b, ends + s), start = U16(b, starts + s);
    uint16_t delta = U16(b, deltas + s), range = U16(b, ranges + s);
    for (uint32_t c = start; c <= end && c != 0xFFFF; ++c) {
      uint16_t gid;
      if (range == 0) {
        gid = static_cast<uint16_t>(c + delta);
      } else {
        size_t at = ranges + s + range + (c - start) * 2;
        if (at + 2 > b.size()) continue;
        gid = U16(b, at);
        if (gid != 0) gid = static_cast<uint16_t>(gid + delta);
      }
      if (gid != 0) m->widths_[c] = advance(gid);
    }
  }
  return std::shared_ptr<const FontMetrics>(std::move(m));
}

Result<std::shared_ptr<const FontMetrics>> FontMetrics::Load(
    const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const FontMetrics>> cache;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache.find(path);
    if (it != cache.end()) return it->second;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open font " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto parsed = Parse(path, ss.str());
  if (!parsed.ok()) return parsed;
  std::lock_guard<std::mutex> lock(mu);
  cache[path] = *parsed;
  return *parsed;
}

}  // namespace clerk::render::pdf
