// Reading typed values: every accepted spelling, the canonical form, and
// the exact message for what does not fit.
#include <gtest/gtest.h>

#include "load/field_types.h"

namespace clerk {
namespace {

std::string Canon(FieldType t, const std::string& v) {
  TypedValue r = ReadTyped(t, v, RagVocabulary());
  return r.ok ? r.canonical : "ERR " + r.why;
}

TEST(FieldTypes, DatesInEveryFormatBecomeIso) {
  EXPECT_EQ(Canon(FieldType::kDate, "2025-03-31"), "2025-03-31");
  EXPECT_EQ(Canon(FieldType::kDate, "31/03/2025"), "2025-03-31");
  EXPECT_EQ(Canon(FieldType::kDate, "1/4/2025"), "2025-04-01");
  EXPECT_EQ(Canon(FieldType::kDate, "31/03/25"), "2025-03-31");
  EXPECT_EQ(Canon(FieldType::kDate, "31 March 2025"), "2025-03-31");
  EXPECT_EQ(Canon(FieldType::kDate, "1st Sept 2025"), "2025-09-01");
  EXPECT_EQ(Canon(FieldType::kDate, "31-Mar-25"), "2025-03-31");
  EXPECT_EQ(Canon(FieldType::kDate, "04-aug-2023"), "2023-08-04");
  EXPECT_EQ(Canon(FieldType::kDate, "  29/02/2024 "), "2024-02-29");
  EXPECT_EQ(Canon(FieldType::kDate, ""), "");
}

TEST(FieldTypes, BadDatesSayWhy) {
  EXPECT_EQ(Canon(FieldType::kDate, "29/02/2025"),
            "ERR '29/02/2025' is not a date: February 2025 has 28 days");
  EXPECT_EQ(Canon(FieldType::kDate, "2025-13-01"),
            "ERR '2025-13-01' is not a date: there is no month 13");
  EXPECT_EQ(Canon(FieldType::kDate, "TBC"),
            "ERR 'TBC' is not a date (write 2025-03-31, 31/03/2025, 31 March "
            "2025 or 31-Mar-25)");
  DateFormat f;
  std::string why;
  ASSERT_TRUE(ReadDate("31-Mar-25", &f, &why));
  EXPECT_EQ(f, DateFormat::kExcel);
}

TEST(FieldTypes, NumbersArePlainDecimals) {
  EXPECT_EQ(Canon(FieldType::kMoney, "£1,250.50"), "1250.5");
  EXPECT_EQ(Canon(FieldType::kMoney, "-£1,250"), "-1250");
  EXPECT_EQ(Canon(FieldType::kMoney, "(£40)"), "-40");
  EXPECT_EQ(Canon(FieldType::kMoney, "£0.00"), "0");
  EXPECT_EQ(Canon(FieldType::kInteger, "12,500"), "12500");
  EXPECT_EQ(Canon(FieldType::kDecimal, "007.250"), "7.25");
  EXPECT_EQ(Canon(FieldType::kPercent, "73.5%"), "0.735");
  EXPECT_EQ(Canon(FieldType::kPercent, "5 %"), "0.05");
  EXPECT_EQ(Canon(FieldType::kPercent, "100%"), "1");
  EXPECT_EQ(Canon(FieldType::kPercent, "0.25"), "0.25");
  EXPECT_EQ(Canon(FieldType::kMoney, "12.5k"),
            "ERR '12.5k' is not an amount of money (write 1250, 1,250.50, "
            "£1,250, -£1,250 or (£1,250))");
  EXPECT_EQ(Canon(FieldType::kMoney, "1,,250"),
            "ERR '1,,250' is not an amount of money (write 1250, 1,250.50, "
            "£1,250, -£1,250 or (£1,250))");
  EXPECT_EQ(Canon(FieldType::kInteger, "1.5"),
            "ERR '1.5' is not a whole number (write 12500 or 12,500)");
  EXPECT_EQ(Canon(FieldType::kPercent, "seventy"),
            "ERR 'seventy' is not a percentage (write 73%, 73.5% or the ratio "
            "0.735)");
  EXPECT_EQ(Canon(FieldType::kDecimal, "£3"),
            "ERR '£3' is not a number (write 3.25, -0.5 or 1,250.75)");
}

TEST(FieldTypes, RagSynonymsBecomeTheVocabularysWords) {
  EXPECT_EQ(Canon(FieldType::kRag, "G"), "Green");
  EXPECT_EQ(Canon(FieldType::kRag, "green"), "Green");
  EXPECT_EQ(Canon(FieldType::kRag, "GREEN "), "Green");
  EXPECT_EQ(Canon(FieldType::kRag, "Completed"), "Complete");
  EXPECT_EQ(Canon(FieldType::kRag, "blue"), "Complete");
  EXPECT_EQ(Canon(FieldType::kRag, "not-started"), "Not started");
  EXPECT_EQ(Canon(FieldType::kRag, "NOT  STARTED"), "Not started");
  EXPECT_EQ(Canon(FieldType::kRag, "Purple"),
            "ERR 'Purple' is not a RAG status: write Red, Amber, Green, "
            "Complete or Not started (or R, A, G, C, B, Blue, Completed, "
            "Done, N, Grey)");
  RagVocabulary v({{"On track", {"OT"}, "green", false},
                   {"Closed", {}, "complete", true}});
  EXPECT_EQ(v.Canonical("ot"), "On track");
  EXPECT_EQ(v.Canonical("Green"), std::nullopt);
  EXPECT_EQ(v.DoneWords(), std::vector<std::string>{"Closed"});
  EXPECT_EQ(v.ColourOf("Closed"), "complete");
}

TEST(FieldTypes, DayCountsAreConsecutive) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2024, 3, 1}) - DaysFromCivil({2024, 2, 28}), 2);
  EXPECT_EQ(DaysFromCivil({2023, 3, 1}) - DaysFromCivil({2023, 2, 28}), 1);
  EXPECT_EQ(DaysFromCivil({2025, 6, 30}) - DaysFromCivil({2025, 1, 15}), 166);
}

}  // namespace
}  // namespace clerk
