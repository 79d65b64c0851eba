// Tidying inline runs after merge: XML white space collapsed across run
// boundaries, paragraph-leading and -trailing space trimmed, adjacent runs
// of the same kind and formatting joined.
#ifndef CLERK_MERGE_RUNS_H_
#define CLERK_MERGE_RUNS_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace clerk {

// U+2029 PARAGRAPH SEPARATOR. A value from data that has a blank line in it
// (a multi-paragraph spreadsheet cell) carries this mark where the blank
// line was, so that a <p> or an <item> can split there (SplitParagraphs);
// NormalizeRuns turns any mark left elsewhere (a title, a cell) into a space.
inline constexpr std::string_view kParagraphMark = "\xE2\x80\xA9";

// A data value as the template sees it: white space collapsed and the ends
// trimmed, and each blank line (a line break, spaces, a line break) turned
// into kParagraphMark.
std::string ValueWithParagraphs(std::string_view raw);

// `s` with every kParagraphMark a space (an attribute's value).
std::string MarksToSpaces(std::string_view s);

// `runs` cut at every kParagraphMark: one Runs per paragraph, empty ones
// left out; {runs} when there is no mark.
std::vector<model::Runs> SplitParagraphs(const model::Runs& runs);

void NormalizeRuns(model::Runs* runs);

}  // namespace clerk

#endif  // CLERK_MERGE_RUNS_H_
