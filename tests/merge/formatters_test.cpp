#include "merge/formatters.h"

#include <gtest/gtest.h>

namespace clerk {
namespace {

std::string F(const char* name, std::vector<std::string> args) {
  std::string why;
  auto f = FormatterByName(name);
  EXPECT_TRUE(f.has_value()) << name;
  auto v = ApplyFormatter(*f, args, &why);
  return v ? *v : "ERROR: " + why;
}

TEST(Dates, ReadsIsoUkAndLongForms) {
  EXPECT_EQ(F("long-date", {"2023-08-04"}), "4 August 2023");
  EXPECT_EQ(F("long-date", {"04/08/2023"}), "4 August 2023");
  EXPECT_EQ(F("long-date", {"4 Aug 2023"}), "4 August 2023");
  EXPECT_EQ(F("long-date", {"4th August 2023"}), "4 August 2023");
  EXPECT_EQ(F("long-date", {" 15 Sept 2026 "}), "15 September 2026");
}

TEST(Dates, Formats) {
  EXPECT_EQ(F("ordinal-date", {"2023-08-04"}), "4th August 2023");
  EXPECT_EQ(F("ordinal-date", {"2023-08-01"}), "1st August 2023");
  EXPECT_EQ(F("ordinal-date", {"2023-08-22"}), "22nd August 2023");
  EXPECT_EQ(F("ordinal-date", {"2023-08-23"}), "23rd August 2023");
  EXPECT_EQ(F("ordinal-date", {"2023-08-11"}), "11th August 2023");
  EXPECT_EQ(F("ordinal-date", {"2023-08-12"}), "12th August 2023");
  EXPECT_EQ(F("ordinal-date", {"2023-08-13"}), "13th August 2023");
  EXPECT_EQ(F("short-date", {"4 August 2023"}), "04/08/2023");
  EXPECT_EQ(F("month-year", {"2023-08-04"}), "August 2023");
}

TEST(Dates, RejectsImpossibleDates) {
  EXPECT_EQ(F("long-date", {"2023-02-30"}),
            "ERROR: '2023-02-30' is not a date: February 2023 has 28 days");
  EXPECT_EQ(F("long-date", {"2024-02-29"}), "29 February 2024");
  EXPECT_EQ(F("long-date", {"1900-02-29"}),
            "ERROR: '1900-02-29' is not a date: February 1900 has 28 days");
  EXPECT_EQ(F("long-date", {"2023-13-01"}),
            "ERROR: '2023-13-01' is not a date: there is no month 13");
  EXPECT_EQ(F("long-date", {"soon"}),
            "ERROR: 'soon' is not a date (write 2023-08-04, 04/08/2023 or 4 "
            "August 2023)");
}

TEST(Numbers, MoneyIntegersDecimalsPercent) {
  EXPECT_EQ(F("money", {"1250000"}), "£1,250,000");
  EXPECT_EQ(F("money", {"1250.5", "2"}), "£1,250.50");
  EXPECT_EQ(F("money", {"-1250"}), "-£1,250");
  EXPECT_EQ(F("money", {"999.5"}), "£1,000");
  EXPECT_EQ(F("money", {"£2,500"}), "£2,500");
  EXPECT_EQ(F("money", {"n/a"}),
            "ERROR: 'n/a' is not an amount of money (write 1250, 1,250.50 or "
            "£1,250)");
  EXPECT_EQ(F("percent", {"73.5%", "1"}), "73.5%");
  EXPECT_EQ(F("percent", {"high"}),
            "ERROR: 'high' is not a percentage (write the ratio 0.735, or "
            "73.5%)");
  EXPECT_EQ(F("integer", {"lots"}),
            "ERROR: 'lots' is not a number (write 12500, 12,500 or -3)");
  EXPECT_EQ(F("integer", {"12500"}), "12,500");
  EXPECT_EQ(F("integer", {"999"}), "999");
  EXPECT_EQ(F("integer", {"1234567.6"}), "1,234,568");
  EXPECT_EQ(F("decimal", {"3.14159", "1"}), "3.1");
  EXPECT_EQ(F("decimal", {"2.25", "1"}), "2.3");
  EXPECT_EQ(F("percent", {"0.734"}), "73%");
  EXPECT_EQ(F("percent", {"0.7345", "1"}), "73.5%");
  EXPECT_EQ(F("percent", {"1"}), "100%");
}

TEST(Words, PluralRagCase) {
  EXPECT_EQ(F("plural", {"1", "action", "actions"}), "1 action");
  EXPECT_EQ(F("plural", {"0", "action", "actions"}), "0 actions");
  EXPECT_EQ(F("plural", {"1200", "action", "actions"}), "1,200 actions");
  EXPECT_EQ(F("rag", {"G"}), "Green");
  EXPECT_EQ(F("rag", {"amber"}), "Amber");
  EXPECT_EQ(F("rag", {"RED"}), "Red");
  EXPECT_EQ(F("rag", {"Completed"}), "Complete");
  EXPECT_EQ(F("rag", {"B"}), "Complete");
  EXPECT_EQ(F("rag", {"Purple"}),
            "ERROR: 'Purple' is not a RAG status (Red, Amber, Green, "
            "Complete, Not started, or R/A/G/C)");
  EXPECT_EQ(F("upper", {"Unrestricted"}), "UNRESTRICTED");
  EXPECT_EQ(F("lower", {"PUBLIC"}), "public");
}

TEST(Formatters, NamesAndArity) {
  EXPECT_FALSE(FormatterByName("longdate").has_value());
  EXPECT_EQ(FormatterMinArgs(*FormatterByName("plural")), 3);
  EXPECT_EQ(FormatterMaxArgs(*FormatterByName("money")), 2);
  EXPECT_EQ(FormatterMaxArgs(*FormatterByName("plural")), 4);
  EXPECT_EQ(FormatterMinArgs(*FormatterByName("date")), 2);
  EXPECT_EQ(FormatterMaxArgs(*FormatterByName("date")), 2);
  EXPECT_EQ(FormatterNames().size(), 15u);
}

}  // namespace
}  // namespace clerk

namespace clerk {
namespace {

TEST(Words, CountsInWordsForTheStartOfASentence) {
  // "4.4 Four actions were overdue": a paragraph number is never followed by
  // a numeral (issue 13); numbers as words (issue 12).
  EXPECT_EQ(NumberWords(0, false), "zero");
  EXPECT_EQ(NumberWords(9, false), "nine");
  EXPECT_EQ(NumberWords(9, true), "Nine");
  EXPECT_EQ(NumberWords(21, true), "Twenty-one");
  EXPECT_EQ(NumberWords(40, false), "forty");
  EXPECT_EQ(NumberWords(100, true), "100");
  EXPECT_EQ(NumberWords(1250, false), "1,250");
  EXPECT_EQ(Plural(4, "action was", "actions were", "Words"), "Four actions were");
  EXPECT_EQ(Plural(1, "action is", "actions are", "Words"), "One action is");
  EXPECT_EQ(Plural(12, "action", "actions", "words"), "twelve actions");
  EXPECT_EQ(Plural(12, "action", "actions"), "12 actions");
  std::string why;
  EXPECT_EQ(ApplyFormatter(Formatter::kWords, {"7"}, &why), "seven");
  EXPECT_EQ(ApplyFormatter(Formatter::kCapWords, {"7"}, &why), "Seven");
  EXPECT_EQ(ApplyFormatter(Formatter::kPlural, {"3", "a", "b", "WORDS"}, &why), std::nullopt);
  EXPECT_EQ(why, "the fourth argument of plural() is 'words' or 'Words' (the count in words), "
                 "not 'WORDS'");
}

}  // namespace
}  // namespace clerk

namespace clerk {
namespace {

// Issue 12: house date forms through date(x, pattern).
TEST(DatePattern, HouseForms) {
  std::string why;
  auto f = [&](const std::string& date, const std::string& pattern) {
    auto v = ApplyFormatter(Formatter::kDatePattern, {date, pattern}, &why);
    return v ? *v : "error: " + why;
  };
  EXPECT_EQ(f("2025-01-30", "EEEE, do MMMM, yyyy"), "Thursday, 30th January, 2025");
  EXPECT_EQ(f("30/01/2025", "d MMM yyyy"), "30 Jan 2025");
  EXPECT_EQ(f("2025-03-07", "EEE dd/MM/yy"), "Fri 07/03/25");
  EXPECT_EQ(f("2024-02-29", "EEEE d M y"), "Thursday 29 2 2024");
  EXPECT_EQ(f("2000-01-01", "EEEE"), "Saturday");
  EXPECT_EQ(f("2025-01-01", "do"), "1st");
  EXPECT_EQ(f("2025-01-02", "do"), "2nd");
  EXPECT_EQ(f("2025-01-03", "do"), "3rd");
  EXPECT_EQ(f("2025-01-11", "do"), "11th");
  EXPECT_EQ(f("2025-01-12", "do"), "12th");
  EXPECT_EQ(f("2025-01-13", "do"), "13th");
  EXPECT_EQ(f("2025-01-21", "do"), "21st");
  EXPECT_EQ(f("2025-01-31", "do"), "31st");
  EXPECT_EQ(f("2025-01-30", "'held on' EEEE, d MMMM"), "held on Thursday, 30 January");
  EXPECT_EQ(f("2025-01-30", "MMMM ''yy"), "January '25");
  EXPECT_EQ(f("2025-01-30", "Q"),
            "error: 'Q' is not a date pattern letter (d, dd, do, EEE, EEEE, M, "
            "MM, MMM, MMMM, yy, yyyy; put other words in quotes: 'at')");
  EXPECT_EQ(f("2025-01-30", "yyy"),
            "error: 'yyy' is not a date pattern (d, dd, do, EEE, EEEE, M, MM, "
            "MMM, MMMM, yy, yyyy)");
  EXPECT_EQ(f("soon", "d MMM"),
            "error: 'soon' is not a date (write 2023-08-04, 04/08/2023 or 4 August 2023)");
}

}  // namespace
}  // namespace clerk
