#include "media/font_shaper.h"

#include <hb-ot.h>
#include <hb.h>

namespace clerk::media {

FontShaper::FontShaper(std::string_view bytes) {
  hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                   HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  hb_blob_t* kern = hb_face_reference_table(face, HB_TAG('k', 'e', 'r', 'n'));
  has_kerning_ = hb_ot_layout_has_positioning(face) || hb_blob_get_length(kern) > 0;
  hb_blob_destroy(kern);
  font_ = hb_font_create(face);
  hb_face_destroy(face);
  const int upem = static_cast<int>(hb_face_get_upem(hb_font_get_face(font_)));
  hb_font_set_scale(font_, upem, upem);
  hb_font_make_immutable(font_);
}

FontShaper::~FontShaper() { hb_font_destroy(font_); }

std::vector<int> FontShaper::Advances(std::u32string_view text) const {
  static const hb_feature_t kFeatures[] = {
      {HB_TAG('k', 'e', 'r', 'n'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
      {HB_TAG('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
      {HB_TAG('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
      {HB_TAG('c', 'a', 'l', 't'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
      {HB_TAG('r', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
  };
  std::vector<int> out;
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf32(buf, reinterpret_cast<const uint32_t*>(text.data()),
                      static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_language(buf, hb_language_from_string("en", 2));
  hb_buffer_guess_segment_properties(buf);
  const hb_script_t script = hb_buffer_get_script(buf);
  if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED ||
      script == HB_SCRIPT_UNKNOWN) {
    hb_buffer_set_script(buf, HB_SCRIPT_LATIN);
  }
  hb_shape(font_, buf, kFeatures, sizeof kFeatures / sizeof kFeatures[0]);
  unsigned n = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  if (n == text.size()) {
    out.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
      if (info[i].cluster != i) {  // reordered or merged: not one glyph each
        out.clear();
        break;
      }
      out.push_back(pos[i].x_advance);
    }
  }
  hb_buffer_destroy(buf);
  return out;
}

}  // namespace clerk::media
