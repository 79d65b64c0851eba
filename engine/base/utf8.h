// UTF-8 helpers. clerk keeps all text as UTF-8 std::string.
#ifndef CLERK_BASE_UTF8_H_
#define CLERK_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace clerk {

// Decodes the code point starting at s[i] into *cp and returns its length in
// bytes (1 to 4). An invalid or truncated sequence decodes as U+FFFD with
// length 1, so a loop over a string always advances.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// Appends the UTF-8 form of cp.
void AppendUtf8(std::string* out, char32_t cp);

// True when s is well-formed UTF-8. On failure *bad_offset is the byte
// offset of the first bad sequence.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// Number of code points.
size_t Utf8Length(std::string_view s);

// Collapses runs of XML white space (space, tab, CR, LF) into one space.
// Leading/trailing white space is kept as a single space.
std::string CollapseSpace(std::string_view s);

// Removes leading and trailing XML white space.
std::string_view Trim(std::string_view s);

}  // namespace clerk

#endif  // CLERK_BASE_UTF8_H_
