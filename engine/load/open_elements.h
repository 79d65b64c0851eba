// For messages about malformed XML: which element is still open at a
// point of the text ("</y> does not close <x>, opened at line 4").
#ifndef CLERK_LOAD_OPEN_ELEMENTS_H_
#define CLERK_LOAD_OPEN_ELEMENTS_H_

#include <optional>
#include <string>
#include <string_view>

namespace clerk {

struct OpenElement {
  std::string name;
  size_t offset = 0;  // of its '<'
};

// The innermost element opened before `offset` in `text` and not closed
// by then (comments, CDATA, processing instructions, DOCTYPE and quoted
// attribute values skipped); nullopt when none is.
std::optional<OpenElement> InnermostOpenElement(std::string_view text,
                                                size_t offset);

}  // namespace clerk

#endif  // CLERK_LOAD_OPEN_ELEMENTS_H_
