#include "render/pdf/font_set.h"

#include "base/utf8.h"

namespace clerk::render::pdf {

Result<FontSet> FontSet::Load(const model::FontFace& face) {
  FontSet set;
  const std::string* files[4] = {&face.regular, &face.bold, &face.italic,
                                 &face.bold_italic};
  if (face.regular.empty()) {
    return Status::Error("the style names no regular body font file");
  }
  for (int i = 0; i < 4; ++i) {
    std::string path = files[i]->empty() ? face.regular : *files[i];
    auto m = FontMetrics::Load(path);
    if (!m.ok()) return m.status();
    set.faces_[i] = *m;
    set.paths_[i] = path;
  }
  return set;
}

double FontSet::CharWidth(int face, char32_t cp, double size) const {
  uint16_t w = faces_[face]->Width(cp);
  if (w == FontMetrics::kMissing) w = 500;  // .notdef box; reported elsewhere
  return w * size / 1000.0;
}

double FontSet::Width(int face, std::string_view utf8, double size) const {
  const FontMetrics& m = *faces_[face];
  long units = 0;
  char32_t prev = 0;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    if (c < 0x80) {
      cp = c;
      ++i;
    } else {
      i += DecodeUtf8(utf8, i, &cp);
    }
    uint16_t w = m.Width(cp);
    units += w == FontMetrics::kMissing ? 500 : w;
    if (prev != 0) units += m.Kern(prev, cp);
    prev = cp;
  }
  return units * size / 1000.0;
}

}  // namespace clerk::render::pdf
