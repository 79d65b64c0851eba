// Small shared helpers: colours and page frames.
#include <cctype>
#include <cstdlib>

#include "render/pdf/display_list.h"
#include "render/pdf/layout_context.h"

namespace clerk::render::pdf {

Rgb ParseColor(const std::string& hex) {
  std::string h = !hex.empty() && hex[0] == '#' ? hex.substr(1) : hex;
  if (h.size() != 6) return Rgb{};
  for (char c : h) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return Rgb{};
  }
  long v = std::strtol(h.c_str(), nullptr, 16);
  return Rgb{((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0,
             (v & 0xFF) / 255.0};
}

Frame MakeFrame(const model::PageSetup& page, bool landscape) {
  Frame f;
  f.page_width = landscape ? page.height : page.width;
  f.page_height = landscape ? page.width : page.height;
  f.left = page.margin_left;
  f.right = f.page_width - page.margin_right;
  f.top = page.margin_top;
  f.bottom = f.page_height - page.margin_bottom;
  return f;
}

}  // namespace clerk::render::pdf
