// Calendar facts shared by the data loader (typed dates) and the
// formatters: month names and the length of a month.
#ifndef CLERK_BASE_CALENDAR_H_
#define CLERK_BASE_CALENDAR_H_

namespace clerk {

inline constexpr const char* kMonthNames[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

inline bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days in month m (1–12) of year y.
inline int DaysInMonth(int y, int m) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

}  // namespace clerk

#endif  // CLERK_BASE_CALENDAR_H_
