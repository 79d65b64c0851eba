#include "load/line_index.h"

#include <algorithm>

namespace clerk {

namespace {

// A code point starts at every byte that is not a UTF-8 continuation byte
// (the same count as Utf8Length; invalid bytes count one each).
uint64_t CountCodePoints(std::string_view s) {
  uint64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  checkpoints_.reserve(text.size() / kStride + 1);
  uint64_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    unsigned char c = static_cast<unsigned char>(text[i]);
    count += (c & 0xC0) != 0x80;
    if (c == '\n') starts_.push_back(i + 1);
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(count);
}

uint64_t LineIndex::CodePointsBefore(size_t offset) const {
  size_t k = offset / kStride;
  return checkpoints_[k] + CountCodePoints(text_.substr(k * kStride,
                                                        offset - k * kStride));
}

SourceLoc LineIndex::Loc(const std::string& file, size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  size_t start = starts_[line - 1];
  uint64_t col = 1 + CodePointsBefore(offset) - CodePointsBefore(start);
  return SourceLoc{file, static_cast<int>(line), static_cast<int>(col)};
}

std::string_view LineIndex::Line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > starts_.size()) return {};
  size_t b = starts_[static_cast<size_t>(line) - 1];
  size_t e = static_cast<size_t>(line) < starts_.size()
                 ? starts_[static_cast<size_t>(line)] - 1
                 : text_.size();
  if (e > b && text_[e - 1] == '\r') --e;
  return text_.substr(b, e - b);
}

}  // namespace clerk
