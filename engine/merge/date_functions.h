// Date and status functions that XPath 1.0 lacks: before(a, b),
// days-between(a, b), overdue(due, status, as-of), weekday(d), quarter(d),
// financial-year(d); and if(cond, then, else), conditional text, rewritten
// the same way (it has no date arguments).
//
// pugixml has no extension functions, so a call is rewritten into pure
// XPath 1.0 over ISO yyyy-mm-dd strings before the query is compiled: the
// date's digits are cut out with substring() and compared as a number
// (yyyymmdd) or turned into a day count with floor/div/mod. That is exact
// because typed data (load/typed_data.h) stores every date in ISO form. A
// value that is not an ISO date makes the comparison false and the number
// NaN, so the functions work anywhere an XPath does (predicates, count(),
// sort keys). Where a function is the whole value (`{days-between(a, b)}`)
// the merger also checks its date arguments and reports a value that is
// not an ISO date.
#ifndef CLERK_MERGE_DATE_FUNCTIONS_H_
#define CLERK_MERGE_DATE_FUNCTIONS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

// Every date function name (for suggestions and docs).
const std::vector<std::string_view>& DateFunctionNames();

// The 0-based indexes of the arguments of date function `name` that must
// be dates; nullopt when `name` is not a date function.
std::optional<std::vector<int>> DateFunctionDateArgs(std::string_view name);

// The string variable the rewritten overdue() reads its done words from,
// "|Complete|Closed|": every variable set that compiles rewritten XPath
// declares it, and the merger sets it (DoneVariableValue).
inline constexpr std::string_view kDoneVariable = "clerk.done";
std::string DoneVariableValue(const std::vector<std::string>& done);

// Rewrites every date-function call in `xpath` (outside string literals)
// into XPath 1.0. nullopt with *error ("overdue takes 3 arguments, not 2")
// on a wrong call.
std::optional<std::string> RewriteDateFunctions(std::string_view xpath,
                                                std::string* error);

// The same functions evaluated in C++ on ISO dates, for tests: the value
// the rewritten XPath gives ("true", "91", "Monday", "2", "2024/25").
std::optional<std::string> EvaluateDateFunction(
    std::string_view name, const std::vector<std::string>& args,
    const std::vector<std::string>& done);

}  // namespace clerk

#endif  // CLERK_MERGE_DATE_FUNCTIONS_H_
