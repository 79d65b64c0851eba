// The date functions rewritten into XPath 1.0 give, for every date, what
// the same functions computed in C++ give; wrong calls are refused.
#include <gtest/gtest.h>

#include <cmath>

#include <pugixml.hpp>

#include "load/field_types.h"
#include "merge/date_functions.h"

namespace clerk {
namespace {

// Evaluates `call` (with $a, $b, $s bound) through the rewrite.
std::string Eval(const std::string& call, const std::string& a,
                 const std::string& b = "", const std::string& s = "",
                 const std::vector<std::string>& done = {"Complete"}) {
  std::string error;
  auto x = RewriteDateFunctions(call, &error);
  EXPECT_TRUE(x) << error;
  if (!x) return "";
  pugi::xpath_variable_set vars;
  vars.set("a", a.c_str());
  vars.set("b", b.c_str());
  vars.set("s", s.c_str());
  vars.set("clerk.done", DoneVariableValue(done).c_str());
  pugi::xpath_query q(x->c_str(), &vars);
  pugi::xml_document doc;
  if (q.return_type() == pugi::xpath_type_boolean) {
    return q.evaluate_boolean(doc) ? "true" : "false";
  }
  if (q.return_type() == pugi::xpath_type_number) {
    double d = q.evaluate_number(doc);
    if (std::isnan(d)) return "NaN";
    return std::to_string(static_cast<long>(d));
  }
  return q.evaluate_string(doc);
}

TEST(DateFunctions, RewriteAgreesWithCForEveryDay) {
  CivilDate ref{2024, 6, 30};
  std::string r = IsoDate(ref);
  // Every day from 1999 to 2032 (leap years, centuries, year ends).
  for (long n = DaysFromCivil({1999, 1, 1}); n < DaysFromCivil({2032, 1, 1});
       n += 1) {
    // civil_from_days, to walk the days.
    long z = n + 719468, era = z / 146097, doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    std::string a = IsoDate({y, m, d});
    ASSERT_EQ(DaysFromCivil({y, m, d}), n);
    for (const char* fn : {"weekday", "quarter", "financial-year"}) {
      ASSERT_EQ(Eval(std::string(fn) + "($a)", a),
                *EvaluateDateFunction(fn, {a}, {"Complete"}))
          << fn << " " << a;
    }
    ASSERT_EQ(Eval("days-between($a, $b)", a, r),
              *EvaluateDateFunction("days-between", {a, r}, {}))
        << a;
    ASSERT_EQ(Eval("before($a, $b)", a, r),
              *EvaluateDateFunction("before", {a, r}, {}))
        << a;
  }
}

TEST(DateFunctions, KnownValues) {
  EXPECT_EQ(Eval("weekday($a)", "2025-06-30"), "Monday");
  EXPECT_EQ(Eval("weekday($a)", "2024-02-29"), "Thursday");
  EXPECT_EQ(Eval("quarter($a)", "2025-04-01"), "1");
  EXPECT_EQ(Eval("quarter($a)", "2025-03-31"), "4");
  EXPECT_EQ(Eval("financial-year($a)", "2025-03-31"), "2024/25");
  EXPECT_EQ(Eval("financial-year($a)", "1999-04-01"), "1999/00");
  EXPECT_EQ(Eval("days-between($a, $b)", "2025-01-15", "2025-06-30"), "166");
  EXPECT_EQ(Eval("overdue($a, $s, $b)", "2025-01-15", "2025-06-30", "Red"), "true");
  EXPECT_EQ(Eval("overdue($a, $s, $b)", "2025-01-15", "2025-06-30", "Complete"), "false");
  EXPECT_EQ(Eval("overdue($a, $s, $b)", "2025-06-30", "2025-06-30", "Red"), "false");
  EXPECT_EQ(Eval("overdue($a, $s, $b)", "", "2025-06-30", "Red"), "false");
  // The done words come from the vocabulary when merging.
  EXPECT_EQ(Eval("overdue($a, $s, $b)", "2025-01-15", "2025-06-30", "Closed",
                 {"Closed", "Complete"}),
            "false");
  EXPECT_EQ(Eval("overdue($a, $s, $b)", "2025-01-15", "2025-06-30", "Close",
                 {"Closed"}),
            "true");
}

TEST(DateFunctions, NotIsoIsFalseOrNaNOrEmpty) {
  for (const char* bad : {"31/03/2025", "2025-3-31", "2025-03-3x", "", "soon",
                          " 2025-03-31"}) {
    EXPECT_EQ(Eval("before($a, $b)", bad, "2030-01-01"), "false") << bad;
    EXPECT_EQ(Eval("before($b, $a)", bad, "2000-01-01"), "false") << bad;
    EXPECT_EQ(Eval("days-between($a, $b)", bad, "2030-01-01"), "NaN") << bad;
    EXPECT_EQ(Eval("quarter($a)", bad), "NaN") << bad;
    EXPECT_EQ(Eval("weekday($a)", bad), "") << bad;
    EXPECT_EQ(Eval("financial-year($a)", bad), "") << bad;
  }
}

TEST(DateFunctions, RewriteLeavesOtherTextAlone) {
  std::string error;
  EXPECT_EQ(*RewriteDateFunctions("count(row[before = 'x']) + $before", &error),
            "count(row[before = 'x']) + $before");
  EXPECT_EQ(*RewriteDateFunctions("concat('before(a)', due-before)", &error),
            "concat('before(a)', due-before)");
}

TEST(DateFunctions, WrongCallsAreRefused) {
  std::string error;
  EXPECT_FALSE(RewriteDateFunctions("overdue(due, rag)", &error));
  EXPECT_EQ(error, "overdue takes 3 arguments, not 2");
  EXPECT_FALSE(RewriteDateFunctions("weekday()", &error));
  EXPECT_EQ(error, "weekday takes 1 argument, not 0");
  EXPECT_FALSE(RewriteDateFunctions("before(a, )", &error));
  EXPECT_EQ(error, "an argument of before is empty");
  EXPECT_FALSE(RewriteDateFunctions("before(a, b", &error));
  EXPECT_EQ(error, "before( is never closed");
}

}  // namespace
}  // namespace clerk

namespace clerk {
namespace {

// Issue 12: if(cond, then, else) is rewritten like the date functions and
// gives exactly one branch, for every kind of condition.
TEST(IfFunction, GivesOneBranch) {
  EXPECT_EQ(Eval("if($a = 'x', 'yes', 'no')", "x"), "yes");
  EXPECT_EQ(Eval("if($a = 'x', 'yes', 'no')", "y"), "no");
  EXPECT_EQ(Eval("if(string($a), $a, 'to be confirmed')", ""), "to be confirmed");
  EXPECT_EQ(Eval("if(string($a), $a, 'to be confirmed')", "Director"), "Director");
  EXPECT_EQ(Eval("if(number($a) = 1, 'day', 'days')", "1"), "day");
  EXPECT_EQ(Eval("if(number($a) = 1, 'day', 'days')", "3"), "days");
  // Nested, and inside another call; a comma or parenthesis in a string.
  EXPECT_EQ(Eval("concat('[', if($a = 'a', if($b = 'b', 'a,b', 'a'), '(none)'), ']')",
                 "a", "b"),
            "[a,b]");
  EXPECT_EQ(Eval("if($a = 'z', 'x', '(none)')", "a"), "(none)");
  // Empty branches, and a date function as the condition.
  EXPECT_EQ(Eval("if(true(), '', 'x')", ""), "");
  EXPECT_EQ(Eval("if(before($a, $b), 'late', 'on time')", "2025-01-01", "2025-02-01"),
            "late");
  std::string error;
  EXPECT_FALSE(RewriteDateFunctions("if($a, 'x')", &error));
  EXPECT_EQ(error, "if takes 3 arguments, not 2");
  EXPECT_EQ(EvaluateDateFunction("if", {"true", "a", "b"}, {}), "a");
}

}  // namespace
}  // namespace clerk
