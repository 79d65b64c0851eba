#include "merge/date_pattern.h"

#include <cstdio>

#include "base/calendar.h"

namespace clerk {

namespace {

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string TwoDigits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v % 100);
  return buf;
}

std::string Ordinal(int day) {
  const char* suffix = "th";
  if (day % 100 < 11 || day % 100 > 13) {
    if (day % 10 == 1) suffix = "st";
    if (day % 10 == 2) suffix = "nd";
    if (day % 10 == 3) suffix = "rd";
  }
  return std::to_string(day) + suffix;
}

}  // namespace

const char* WeekdayName(const Date& d) {
  // Sakamoto's method: 0 = Sunday.
  static const int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  static const char* kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};
  int y = d.month < 3 ? d.year - 1 : d.year;
  int w = (y + y / 4 - y / 100 + y / 400 + kOffsets[d.month - 1] + d.day) % 7;
  return kNames[w];
}

std::optional<std::string> FormatDatePattern(const Date& d,
                                             std::string_view p,
                                             std::string* why) {
  std::string out;
  size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '\'') {
      if (i + 1 < p.size() && p[i + 1] == '\'') {
        out += '\'';
        i += 2;
        continue;
      }
      size_t end = p.find('\'', i + 1);
      if (end == std::string_view::npos) {
        *why = "a quote in the date pattern '" + std::string(p) +
               "' is never closed";
        return std::nullopt;
      }
      out.append(p.substr(i + 1, end - i - 1));
      i = end + 1;
      continue;
    }
    if (!IsAsciiLetter(c)) {
      out += c;
      ++i;
      continue;
    }
    size_t run = 1;
    while (i + run < p.size() && p[i + run] == c) ++run;
    std::string month = kMonthNames[d.month - 1];
    std::string weekday = WeekdayName(d);
    if (c == 'd' && run == 1 && i + 1 < p.size() && p[i + 1] == 'o') {
      out += Ordinal(d.day);
      i += 2;
      continue;
    }
    bool ok = true;
    switch (c) {
      case 'd':
        if (run == 1) out += std::to_string(d.day);
        else if (run == 2) out += TwoDigits(d.day);
        else ok = false;
        break;
      case 'M':
        if (run == 1) out += std::to_string(d.month);
        else if (run == 2) out += TwoDigits(d.month);
        else if (run == 3) out += month.substr(0, 3);
        else if (run == 4) out += month;
        else ok = false;
        break;
      case 'y':
        if (run == 2) out += TwoDigits(d.year);
        else if (run == 1 || run == 4) out += std::to_string(d.year);
        else ok = false;
        break;
      case 'E':
        if (run == 3) out += weekday.substr(0, 3);
        else if (run == 4) out += weekday;
        else ok = false;
        break;
      default:
        *why = "'" + std::string(1, c) +
               "' is not a date pattern letter (d, dd, do, EEE, EEEE, M, MM, "
               "MMM, MMMM, yy, yyyy; put other words in quotes: 'at')";
        return std::nullopt;
    }
    if (!ok) {
      *why = "'" + std::string(run, c) +
             "' is not a date pattern (d, dd, do, EEE, EEEE, M, MM, MMM, "
             "MMMM, yy, yyyy)";
      return std::nullopt;
    }
    i += run;
  }
  return out;
}

}  // namespace clerk
