// Output names are file names: a job's <output name>, `render --name`, a
// batch manifest's name column and --name-pattern results all become
// OUT/NAME.pdf, so none may climb out of the output directory or hide.
#ifndef CLERK_BASE_OUTPUT_NAME_H_
#define CLERK_BASE_OUTPUT_NAME_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace clerk {

// Longest output name stem in bytes (a file name is at most 255 bytes; the
// extension and the hidden temporary ".NAME.ext.clerk-XXXXXX" need room).
inline constexpr size_t kMaxOutputNameBytes = 200;

// Why `name` cannot be an output file name stem, or "" when it can. A name
// is refused when it is empty, contains '/' or '\', a control character,
// starts with '.' (a hidden file, "." or "..") or '-' (read as an option by
// other tools), or is longer than kMaxOutputNameBytes.
std::string OutputNameProblem(std::string_view name);

// "output name 'NAME' is not a plain file name: REASON", or "" when fine.
std::string CheckOutputName(std::string_view name);

}  // namespace clerk

#endif  // CLERK_BASE_OUTPUT_NAME_H_
