// What every layout step needs: fonts, the style, where to report user
// problems, and the text frame of the current page orientation.
#ifndef CLERK_RENDER_PDF_LAYOUT_CONTEXT_H_
#define CLERK_RENDER_PDF_LAYOUT_CONTEXT_H_

#include <set>

#include "base/diagnostic.h"
#include "model/style.h"
#include "render/pdf/font_set.h"

namespace clerk::render::pdf {

// The text area of a page, in points from the page's top-left corner.
struct Frame {
  double page_width = 0, page_height = 0;
  double left = 0, right = 0;   // x of the left and right margins
  double top = 0, bottom = 0;   // y of the top and bottom margins
  double width() const { return right - left; }
  double height() const { return bottom - top; }
};

// Portrait or landscape A4 frame from the style's page setup.
Frame MakeFrame(const model::PageSetup& page, bool landscape);

struct LayoutContext {
  const FontSet* fonts = nullptr;
  const model::Style* style = nullptr;
  Diagnostics* diags = nullptr;
  bool draft = false;
  std::set<char32_t> reported;  // missing characters already reported
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_LAYOUT_CONTEXT_H_
