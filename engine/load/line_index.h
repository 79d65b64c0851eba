// Byte offsets to 1-based line:column, for files of any shape.
//
// pugixml gives byte offsets only. Columns count code points, so a naive
// lookup rescans the line up to the offset: quadratic on a template or data
// file written on one line (as tools write XML), where every node asks for
// its location (issue 9). Here a lookup is a binary search over line starts
// plus a count of at most kStride bytes, from a table of cumulative code
// point counts taken every kStride bytes.
#ifndef CLERK_LOAD_LINE_INDEX_H_
#define CLERK_LOAD_LINE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_loc.h"

namespace clerk {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // O(log lines + kStride). Offsets past the end clamp to the end.
  SourceLoc Loc(const std::string& file, size_t offset) const;
  // The text of 1-based `line` without its line break ("" if out of range).
  std::string_view Line(int line) const;
  // The text indexed (a view: the owner keeps it alive).
  std::string_view text() const { return text_; }

 private:
  static constexpr size_t kStride = 256;
  // Code points in text_[0, offset).
  uint64_t CodePointsBefore(size_t offset) const;

  std::string_view text_;
  std::vector<size_t> starts_;        // byte offset of each line's first byte
  std::vector<uint64_t> checkpoints_;  // code points before byte k * kStride
};

}  // namespace clerk

#endif  // CLERK_LOAD_LINE_INDEX_H_
