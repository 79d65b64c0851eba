// Hyphenation points of English words (libhyphen with Debian's en-GB
// patterns, hyphen-en-gb), for words too long for their line or table
// column: "Directorate" -> Direc-tor-ate.
#ifndef CLERK_RENDER_PDF_HYPHENATE_H_
#define CLERK_RENDER_PDF_HYPHENATE_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace clerk::render::pdf {

// Byte offsets i (ascending) at which `word` may break as word[0, i) + "-"
// and word[i, end). Only words of letters (with leading or trailing
// punctuation) between 5 and 64 bytes are hyphenated; none without the
// patterns file (the caller then breaks between characters).
std::vector<size_t> HyphenationPoints(std::string_view word);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_HYPHENATE_H_
