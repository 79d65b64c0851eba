// A place in a source file: what every diagnostic and every template node carries.
#ifndef CLERK_BASE_SOURCE_LOC_H_
#define CLERK_BASE_SOURCE_LOC_H_

#include <string>

namespace clerk {

// File, 1-based line and 1-based column (counted in code points). A default
// SourceLoc is "nowhere" (valid() is false) and prints as the empty string.
struct SourceLoc {
  std::string file;
  int line = 0;
  int col = 0;

  bool valid() const { return !file.empty(); }
  // "file:line:col", "file" when line is 0, "" when invalid.
  std::string ToString() const;
  bool operator==(const SourceLoc&) const = default;
};

}  // namespace clerk

#endif  // CLERK_BASE_SOURCE_LOC_H_
