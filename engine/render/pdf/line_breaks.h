// Line-break opportunities by Unicode's line breaking algorithm (UAX #14,
// through ICU), tailored for UK papers by base/no_break.h.
#ifndef CLERK_RENDER_PDF_LINE_BREAKS_H_
#define CLERK_RENDER_PDF_LINE_BREAKS_H_

#include <string_view>
#include <vector>

namespace clerk::render::pdf {

// Sets (*after)[i] for every byte offset i (0 < i < text.size()) after which
// a line may break inside a word: after "-" in "co-production", after "/" in
// "and/or", never inside "2023/24" or "0–25". Breaks at spaces are not
// reported (the layout breaks at spaces itself). Text that is plain ASCII
// without "-" or "/" has no such break and costs no ICU call.
void WordBreaks(std::string_view text, std::vector<char>* after);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_LINE_BREAKS_H_
