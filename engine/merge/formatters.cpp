#include "merge/formatters.h"

#include <cmath>
#include <cstdio>

#include "base/calendar.h"
#include "base/utf8.h"
#include "merge/date_pattern.h"

namespace clerk {

namespace {

struct Entry {
  std::string_view name;
  Formatter f;
  int min_args, max_args;
};

const Entry kFormatters[] = {
    {"long-date", Formatter::kLongDate, 1, 1},
    {"ordinal-date", Formatter::kOrdinalDate, 1, 1},
    {"short-date", Formatter::kShortDate, 1, 1},
    {"month-year", Formatter::kMonthYear, 1, 1},
    {"date", Formatter::kDatePattern, 2, 2},
    {"money", Formatter::kMoney, 1, 2},
    {"integer", Formatter::kInteger, 1, 1},
    {"decimal", Formatter::kDecimal, 2, 2},
    {"percent", Formatter::kPercent, 1, 2},
    {"plural", Formatter::kPlural, 3, 4},
    {"words", Formatter::kWords, 1, 1},
    {"Words", Formatter::kCapWords, 1, 1},
    {"rag", Formatter::kRag, 1, 1},
    {"upper", Formatter::kUpper, 1, 1},
    {"lower", Formatter::kLower, 1, 1},
};

const Entry& EntryOf(Formatter f) {
  for (const Entry& e : kFormatters) {
    if (e.f == f) return e;
  }
  return kFormatters[0];
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string GroupThousands(const std::string& digits) {
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    out.push_back(digits[static_cast<size_t>(i)]);
    int left = n - 1 - i;
    if (left > 0 && left % 3 == 0) out.push_back(',');
  }
  return out;
}

// Fixed-point with grouping; rounds half away from zero.
std::string FormatFixed(double v, int places, bool group) {
  bool neg = v < 0;
  double a = std::fabs(v);
  double scale = std::pow(10.0, places);
  double r = std::floor(a * scale + 0.5 + 1e-9);
  if (r == 0) neg = false;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", r);
  std::string digits = buf;
  std::string frac;
  if (places > 0) {
    while (static_cast<int>(digits.size()) <= places) digits = "0" + digits;
    frac = digits.substr(digits.size() - static_cast<size_t>(places));
    digits = digits.substr(0, digits.size() - static_cast<size_t>(places));
  }
  std::string out = neg ? "-" : "";
  out += group ? GroupThousands(digits) : digits;
  if (places > 0) out += "." + frac;
  return out;
}

}  // namespace

std::optional<Formatter> FormatterByName(std::string_view name) {
  for (const Entry& e : kFormatters) {
    if (e.name == name) return e.f;
  }
  return std::nullopt;
}

const std::vector<std::string_view>& FormatterNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const Entry& e : kFormatters) v.push_back(e.name);
    return v;
  }();
  return names;
}

int FormatterMinArgs(Formatter f) { return EntryOf(f).min_args; }
int FormatterMaxArgs(Formatter f) { return EntryOf(f).max_args; }

// "'S' is not a date (…)", built with append: GCC 12's -Wrestrict misreads
// `"'" + std::string` at -O2 and above (GCC bug 105329).
static std::string NotADate(std::string_view s) {
  std::string msg("'");
  msg.append(s).append(
      "' is not a date (write 2023-08-04, 04/08/2023 or 4 August 2023)");
  return msg;
}

std::optional<Date> ParseDate(std::string_view in, std::string* why) {
  std::string_view s = Trim(in);
  Date d;
  auto fail = [&](std::string msg) -> std::optional<Date> {
    *why = std::move(msg);
    return std::nullopt;
  };
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' &&
      AllDigits(s.substr(0, 4)) && AllDigits(s.substr(5, 2)) &&
      AllDigits(s.substr(8, 2))) {
    d.year = ToInt(s.substr(0, 4));
    d.month = ToInt(s.substr(5, 2));
    d.day = ToInt(s.substr(8, 2));
  } else if (s.size() == 10 && s[2] == '/' && s[5] == '/' &&
             AllDigits(s.substr(0, 2)) && AllDigits(s.substr(3, 2)) &&
             AllDigits(s.substr(6, 4))) {
    d.day = ToInt(s.substr(0, 2));
    d.month = ToInt(s.substr(3, 2));
    d.year = ToInt(s.substr(6, 4));
  } else {
    // "4 August 2023", "04 Aug 2023", "4th August 2023"
    size_t sp1 = s.find(' ');
    size_t sp2 = sp1 == std::string_view::npos ? sp1 : s.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos || s.find(' ', sp2 + 1) != std::string_view::npos) {
      return fail(NotADate(s));
    }
    std::string_view day = s.substr(0, sp1);
    std::string_view mon = s.substr(sp1 + 1, sp2 - sp1 - 1);
    std::string_view year = s.substr(sp2 + 1);
    if (day.size() > 2) {
      std::string_view suf = day.substr(day.size() - 2);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
        day = day.substr(0, day.size() - 2);
      }
    }
    std::string m = Lower(mon);
    for (int i = 0; i < 12; ++i) {
      std::string full = Lower(kMonthNames[i]);
      if (m == full || (m.size() == 3 && full.substr(0, 3) == m) ||
          (m == "sept" && i == 8)) {
        d.month = i + 1;
      }
    }
    if (!AllDigits(day) || day.size() > 2 || !AllDigits(year) ||
        year.size() != 4 || d.month == 0) {
      return fail(NotADate(s));
    }
    d.day = ToInt(day);
    d.year = ToInt(year);
  }
  if (d.month < 1 || d.month > 12) {
    return fail("'" + std::string(s) + "' is not a date: there is no month " +
                std::to_string(d.month));
  }
  if (d.year < 1 || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
    return fail("'" + std::string(s) + "' is not a date: " +
                kMonthNames[d.month - 1] + " " + std::to_string(d.year) + " has " +
                std::to_string(DaysInMonth(d.year, d.month)) + " days");
  }
  return d;
}

std::string LongDate(const Date& d) {
  return std::to_string(d.day) + " " + kMonthNames[d.month - 1] + " " +
         std::to_string(d.year);
}

std::string OrdinalDate(const Date& d) {
  const char* suffix = "th";
  if (d.day % 100 < 11 || d.day % 100 > 13) {
    if (d.day % 10 == 1) suffix = "st";
    if (d.day % 10 == 2) suffix = "nd";
    if (d.day % 10 == 3) suffix = "rd";
  }
  return std::to_string(d.day) + suffix + " " + kMonthNames[d.month - 1] + " " +
         std::to_string(d.year);
}

std::string ShortDate(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}

std::string MonthYear(const Date& d) {
  return std::string(kMonthNames[d.month - 1]) + " " + std::to_string(d.year);
}

int DateKey(const Date& d) { return d.year * 10000 + d.month * 100 + d.day; }

std::string Money(double v, int decimals) {
  std::string s = FormatFixed(v, decimals, true);
  if (!s.empty() && s[0] == '-') return "-\xC2\xA3" + s.substr(1);
  return "\xC2\xA3" + s;
}

std::string Integer(double v) { return FormatFixed(v, 0, true); }

std::string Decimal(double v, int places) {
  return FormatFixed(v, places, true);
}

std::string Percent(double ratio, int places) {
  return FormatFixed(ratio * 100.0, places, false) + "%";
}

std::string NumberWords(double n, bool capital) {
  static const char* kSmall[] = {"zero",    "one",     "two",       "three",    "four",
                                 "five",    "six",     "seven",     "eight",    "nine",
                                 "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char* kTens[] = {"", "", "twenty", "thirty", "forty",
                                "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (n != std::floor(n) || n < 0 || n > 99) {
    return FormatFixed(n, n == std::floor(n) ? 0 : 1, true);  // 100 and up: digits
  }
  int i = static_cast<int>(n);
  std::string w = i < 20 ? kSmall[i] : kTens[i / 10];
  if (i >= 20 && i % 10 != 0) w = w + "-" + kSmall[i % 10];
  if (capital) w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

std::string Plural(double n, const std::string& one, const std::string& many,
                   const std::string& form) {
  std::string num = form == "words"   ? NumberWords(n, false)
                    : form == "Words" ? NumberWords(n, true)
                                      : FormatFixed(n, n == std::floor(n) ? 0 : 1, true);
  return num + " " + (n == 1 ? one : many);
}

std::optional<std::string> RagLabel(std::string_view s) {
  std::string l = Lower(Trim(s));
  if (l == "r" || l == "red") return "Red";
  if (l == "a" || l == "amber") return "Amber";
  if (l == "g" || l == "green") return "Green";
  if (l == "c" || l == "b" || l == "blue" || l == "complete" ||
      l == "completed" || l == "done") {
    return "Complete";
  }
  if (l == "not started" || l == "not-started" || l == "grey" || l == "n") {
    return "Not started";
  }
  return std::nullopt;
}

std::optional<double> ParseNumber(std::string_view in) {
  std::string_view s = Trim(in);
  std::string clean;
  if (s.substr(0, 2) == "\xC2\xA3") s.remove_prefix(2);
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.substr(0, 2) == "\xC2\xA3") s.remove_prefix(2);
  bool digit = false, dot = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      clean.push_back(c);
      digit = true;
    } else if (c == '.' && !dot) {
      clean.push_back(c);
      dot = true;
    } else if (c == ',' && !dot) {
      continue;
    } else {
      return std::nullopt;
    }
  }
  if (!digit) return std::nullopt;
  double v = std::strtod(clean.c_str(), nullptr);
  return neg ? -v : v;
}

std::optional<std::string> ApplyFormatter(Formatter f,
                                          const std::vector<std::string>& args,
                                          std::string* why) {
  const std::string& v = args[0];
  auto number = [&](size_t i, const char* what) -> std::optional<double> {
    auto n = ParseNumber(args[i]);
    if (!n) {
      *why = "'" + args[i] + "' is not " + what;
    } else if (std::fabs(*n) >= kMaxFormattedNumber) {
      // Beyond 15 digits a double no longer holds every whole number, and
      // the digits printed would not be the ones in the data.
      *why = "'" + args[i] + "' is too large to format (at most 15 digits "
             "before the decimal point)";
      return std::nullopt;
    }
    return n;
  };
  auto places = [&](size_t i, int dflt) -> std::optional<int> {
    if (args.size() <= i) return dflt;
    auto n = ParseNumber(args[i]);
    if (!n || *n < 0 || *n > 6 || *n != std::floor(*n)) {
      *why = "decimal places must be a whole number from 0 to 6, not '" +
             args[i] + "'";
      return std::nullopt;
    }
    return static_cast<int>(*n);
  };
  switch (f) {
    case Formatter::kLongDate:
    case Formatter::kOrdinalDate:
    case Formatter::kShortDate:
    case Formatter::kMonthYear: {
      auto d = ParseDate(v, why);
      if (!d) return std::nullopt;
      if (f == Formatter::kLongDate) return LongDate(*d);
      if (f == Formatter::kOrdinalDate) return OrdinalDate(*d);
      if (f == Formatter::kShortDate) return ShortDate(*d);
      return MonthYear(*d);
    }
    case Formatter::kDatePattern: {
      auto d = ParseDate(v, why);
      if (!d) return std::nullopt;
      return FormatDatePattern(*d, args[1], why);
    }
    case Formatter::kMoney: {
      auto n = number(0, "an amount of money (write 1250, 1,250.50 or £1,250)");
      auto p = places(1, 0);
      if (!n || !p) return std::nullopt;
      return Money(*n, *p);
    }
    case Formatter::kInteger: {
      auto n = number(0, "a number (write 12500, 12,500 or -3)");
      if (!n) return std::nullopt;
      return Integer(*n);
    }
    case Formatter::kDecimal: {
      auto n = number(0, "a number (write 3.25, 1,250.75 or -0.5)");
      auto p = places(1, 0);
      if (!n || !p) return std::nullopt;
      return Decimal(*n, *p);
    }
    case Formatter::kPercent: {
      // A ratio (0.735), or a percentage written with its sign (73.5%).
      std::string_view t = Trim(args[0]);
      bool sign = !t.empty() && t.back() == '%';
      std::optional<double> n;
      if (sign) n = ParseNumber(t.substr(0, t.size() - 1));
      if (n && std::fabs(*n) < kMaxFormattedNumber) {
        *n /= 100;
      } else {
        n = number(0, "a percentage (write the ratio 0.735, or 73.5%)");
      }
      auto p = places(1, 0);
      if (!n || !p) return std::nullopt;
      return Percent(*n, *p);
    }
    case Formatter::kPlural: {
      auto n = number(0, "a number (a count such as 3)");
      if (!n) return std::nullopt;
      std::string form = args.size() > 3 ? args[3] : "";
      if (!form.empty() && form != "words" && form != "Words") {
        *why = "the fourth argument of plural() is 'words' or 'Words' (the count in "
               "words), not '" + form + "'";
        return std::nullopt;
      }
      return Plural(*n, args[1], args[2], form);
    }
    case Formatter::kWords:
    case Formatter::kCapWords: {
      auto n = number(0, "a number (a count such as 3)");
      if (!n) return std::nullopt;
      return NumberWords(*n, f == Formatter::kCapWords);
    }
    case Formatter::kRag: {
      auto r = RagLabel(v);
      if (!r) {
        *why = "'" + v +
               "' is not a RAG status (Red, Amber, Green, Complete, Not "
               "started, or R/A/G/C)";
      }
      return r;
    }
    case Formatter::kUpper:
    case Formatter::kLower: {
      std::string out = v;
      for (char& c : out) {
        if (f == Formatter::kUpper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        if (f == Formatter::kLower && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      }
      return out;
    }
  }
  return std::nullopt;
}

}  // namespace clerk
