#include "render/pdf/line_breaks.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "base/no_break.h"

namespace clerk::render::pdf {

namespace {

// One line-break iterator per thread (batch workers each have theirs):
// opening one loads ICU's rules, setting new text is cheap.
class Iterator {
 public:
  ~Iterator() {
    if (bi_ != nullptr) ubrk_close(bi_);
  }
  UBreakIterator* get() {
    if (bi_ == nullptr) {
      UErrorCode status = U_ZERO_ERROR;
      bi_ = ubrk_open(UBRK_LINE, "en_GB", nullptr, 0, &status);
      if (U_FAILURE(status)) bi_ = nullptr;
    }
    return bi_;
  }

 private:
  UBreakIterator* bi_ = nullptr;
};

bool NeedsIcu(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '/') return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

void WordBreaks(std::string_view text, std::vector<char>* after) {
  after->assign(text.size() + 1, 0);
  if (!NeedsIcu(text)) return;
  thread_local Iterator iterator;
  UBreakIterator* bi = iterator.get();
  if (bi == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(),
                             static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  ubrk_setUText(bi, ut, &status);
  if (U_SUCCESS(status)) {
    // Native indexes of a UTF-8 UText are byte offsets.
    for (int32_t p = ubrk_first(bi); p != UBRK_DONE; p = ubrk_next(bi)) {
      size_t i = static_cast<size_t>(p);
      if (i == 0 || i >= text.size()) continue;
      if (IsSpace(text[i - 1]) || IsSpace(text[i])) continue;
      (*after)[i] = 1;
    }
  }
  utext_close(ut);
  for (size_t i : FindNoBreaks(text).after_dash) (*after)[i] = 0;
}

}  // namespace clerk::render::pdf
