#include "pipeline/draft_mark.h"

namespace clerk {

model::Style WithDraftMark(const model::Style& style) {
  model::Style s = style;
  if (s.draft_mark.empty()) return s;
  model::HeaderFooter& h = s.header;
  h.left = h.left.empty() ? s.draft_mark
                          : s.draft_mark + "  \xC2\xB7  " + h.left;
  h.first_page = true;
  return s;
}

}  // namespace clerk
