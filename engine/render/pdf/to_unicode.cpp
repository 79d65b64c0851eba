#include "render/pdf/to_unicode.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "render/pdf/cp1252.h"

namespace clerk::render::pdf {

namespace {

std::string Wrap(const char* registry_name, const char* codespace,
                 const std::vector<std::string>& entries, const char* kind) {
  std::string s =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /";
  s += registry_name;
  s += " def\n/CMapType 2 def\n1 begincodespacerange\n";
  s += codespace;
  s += "\nendcodespacerange\n";
  for (size_t i = 0; i < entries.size(); i += 100) {
    size_t n = std::min<size_t>(100, entries.size() - i);
    s += std::to_string(n) + " begin" + kind + "\n";
    for (size_t k = i; k < i + n; ++k) s += entries[k];
    s += std::string("end") + kind + "\n";
  }
  s += "endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n";
  return s;
}

}  // namespace

std::string IdentityToUnicodeCMap() {
  static const std::string kMap = [] {
    std::vector<std::string> e;
    char buf[64];
    // Every BMP code to itself, except surrogates and the values PDF/UA
    // forbids as a glyph's Unicode (Matterhorn 31-028, 31-029): U+0000,
    // U+FEFF, U+FFFE (and the non-character U+FFFF). No text uses them.
    for (unsigned hi = 0; hi < 256; ++hi) {
      if (hi >= 0xD8 && hi <= 0xDF) continue;
      unsigned lo = hi == 0 ? 0x01 : 0x00;
      unsigned last = hi == 0xFE ? 0xFE : hi == 0xFF ? 0xFD : 0xFF;
      std::snprintf(buf, sizeof buf, "<%02X%02X> <%02X%02X> <%02X%02X>\n", hi, lo, hi, last,
                    hi, lo);
      e.push_back(buf);
    }
    return Wrap("Adobe-Identity-UCS", "<0000> <FFFF>", e, "bfrange");
  }();
  return kMap;
}

std::string Cp1252ToUnicodeCMap() {
  static const std::string kMap = [] {
    std::vector<std::string> e;
    char buf[64];
    for (unsigned b = 0x20; b < 256; ++b) {
      char32_t u = FromCp1252(static_cast<unsigned char>(b));
      if (u == 0 || b == 0x7F) continue;
      std::snprintf(buf, sizeof buf, "<%02X> <%04X>\n", b, static_cast<unsigned>(u));
      e.push_back(buf);
    }
    return Wrap("clerk-CP1252-UCS", "<00> <FF>", e, "bfchar");
  }();
  return kMap;
}

}  // namespace clerk::render::pdf
