// Dates printed in a house's own form: date(x, "EEEE, do MMMM, yyyy") →
// "Thursday, 30th January, 2025"; date(x, "d MMM yyyy") → "30 Jan 2025".
//
// Pattern letters (docs/template-language.md, "Date patterns"):
//   d 30 (no leading zero)   dd 07   do 30th (ordinal)
//   EEE Thu                   EEEE Thursday
//   M 1   MM 01   MMM Jan   MMMM January
//   yy 25   yyyy (or y) 2025
// Any other character is printed as it is, except ASCII letters, which are
// reserved: quote literal words ('at', "d MMMM 'at noon'"); '' is a quote.
#ifndef CLERK_MERGE_DATE_PATTERN_H_
#define CLERK_MERGE_DATE_PATTERN_H_

#include <optional>
#include <string>
#include <string_view>

#include "merge/formatters.h"

namespace clerk {

// `d` printed by `pattern`; nullopt with *why for a pattern clerk cannot
// read ("'Q' is not a date pattern letter …", "a quote is never closed").
std::optional<std::string> FormatDatePattern(const Date& d,
                                             std::string_view pattern,
                                             std::string* why);

// "Monday" … "Sunday" for a valid date.
const char* WeekdayName(const Date& d);

}  // namespace clerk

#endif  // CLERK_MERGE_DATE_PATTERN_H_
