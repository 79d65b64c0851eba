// Where a UK committee paper must not break a line although Unicode line
// breaking (UAX #14) would allow it: inside a number range ("0–25",
// "2024–2027"), between a day and its month ("1 October"), between a month
// and its year ("October 2019"), and between a word such as "Appendix",
// "paragraph" or "Table" and its number ("Appendix 1", "paragraph 2.3"). Every renderer applies the same
// rules: the PDF's layout refuses those breaks, the DOCX writes a no-break
// space or a word joiner so that Word and LibreOffice keep them too.
#ifndef CLERK_BASE_NO_BREAK_H_
#define CLERK_BASE_NO_BREAK_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace clerk {

struct NoBreaks {
  std::vector<size_t> spaces;       // byte offsets of spaces that must not break
  std::vector<size_t> after_dash;   // byte offsets just after a dash that must not break
  bool empty() const { return spaces.empty() && after_dash.empty(); }
};

// Finds the places in `text` (UTF-8) where a line must not break.
NoBreaks FindNoBreaks(std::string_view text);

// The same for a paragraph whose text comes in parts (its runs), so that a
// pair split across two of them ("paragraph " and a cross-reference's
// "2.3", "Table" and " 1") is found too: FindNoBreaks over the parts put
// together, each place given back to its part (offsets within that part).
// An empty part (a line break) stops any pair across it.
std::vector<NoBreaks> FindNoBreaksAcross(const std::vector<std::string_view>& parts);

// Month names and their three-letter forms ("Sept" too), any case of the
// first letter: "October", "Oct", "oct".
bool IsMonthName(std::string_view word);

}  // namespace clerk

#endif  // CLERK_BASE_NO_BREAK_H_
