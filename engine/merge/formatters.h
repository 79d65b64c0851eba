// Value formatters that XPath 1.0 lacks: UK dates, money, numbers, percent,
// plural, RAG labels. Pure functions; the template names them as
// `{long-date(due)}` (see docs/template-language.md).
#ifndef CLERK_MERGE_FORMATTERS_H_
#define CLERK_MERGE_FORMATTERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

enum class Formatter {
  kLongDate,     // 4 August 2023
  kOrdinalDate,  // 4th August 2023
  kShortDate,    // 04/08/2023
  kMonthYear,    // August 2023
  kDatePattern,  // date(x, "EEEE, do MMMM, yyyy") -> Thursday, 30th January,
                 // 2025 (pattern letters: date_pattern.h)
  kMoney,        // £1,250,000 ; money(x, 2) -> £1,250.50
  kInteger,      // 12,500
  kDecimal,      // decimal(x, 1) -> 3.1
  kPercent,      // a ratio: 0.734 -> 73% ; percent(x, 1) -> 73.4%
  kPlural,       // plural(n, 'action', 'actions') -> 3 actions;
                 // plural(n, 'action', 'actions', 'Words') -> Three actions
  kWords,        // words(9) -> nine (whole numbers 0 to 99; digits beyond)
  kCapWords,     // Words(9) -> Nine: to start a sentence, so that a paragraph
                 // number is never followed by a numeral ("4.4 Four actions")
  kRag,          // G/green/GREEN -> Green
  kUpper,
  kLower,
};

// The formatter called `name`, or nullopt.
std::optional<Formatter> FormatterByName(std::string_view name);
// Every formatter name (for suggestions and docs).
const std::vector<std::string_view>& FormatterNames();
// Allowed argument counts (including the value).
int FormatterMinArgs(Formatter f);
int FormatterMaxArgs(Formatter f);

struct Date {
  int year = 0, month = 0, day = 0;
};

// Reads "2023-08-04", "04/08/2023" (UK day first), "4 August 2023",
// "4 Aug 2023", "4th August 2023" (surrounding space ignored). On failure
// nullopt and *why says what is wrong ("2023-02-30 is not a date: February
// 2023 has 28 days").
std::optional<Date> ParseDate(std::string_view s, std::string* why);

std::string LongDate(const Date& d);
std::string OrdinalDate(const Date& d);
std::string ShortDate(const Date& d);
std::string MonthYear(const Date& d);
// yyyymmdd as a number, for sorting.
int DateKey(const Date& d);

// Group thousands with commas; round half away from zero.
std::string Money(double v, int decimals);
std::string Integer(double v);
std::string Decimal(double v, int places);
std::string Percent(double ratio, int places);
std::string Plural(double n, const std::string& one, const std::string& many,
                   const std::string& form = "");
// 0 to 99 in words ("twenty-one", "Nine" with `capital`); other numbers in
// digits.
std::string NumberWords(double n, bool capital);
// "Red", "Amber", "Green", "Complete", "Not started"; nullopt if unknown.
std::optional<std::string> RagLabel(std::string_view s);

// Reads a number the way the formatters want it: optional sign, digits,
// optional decimals, commas and a leading £ tolerated ("£1,250.50").
// nullopt when it is not a number (empty, "n/a", "NaN").
std::optional<double> ParseNumber(std::string_view s);

// Numbers the formatters print must be smaller than this in magnitude
// (10^15: every whole number below it is exact in a double).
inline constexpr double kMaxFormattedNumber = 1e15;

// Applies `f` to string arguments (args[0] is the value). On failure
// nullopt and *why explains ("'soon' is not a date", "'1e400' is too large
// to format").
std::optional<std::string> ApplyFormatter(Formatter f,
                                          const std::vector<std::string>& args,
                                          std::string* why);

}  // namespace clerk

#endif  // CLERK_MERGE_FORMATTERS_H_
