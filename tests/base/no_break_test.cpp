#include "base/no_break.h"

#include <gtest/gtest.h>

namespace clerk {
namespace {

TEST(NoBreak, NumberRangesKeepTheirDash) {
  // "aged 0–25", "2024–2027", "14-25": no break after the dash.
  std::string s = "aged 0\xE2\x80\x93" "25 in 2024\xE2\x80\x93" "2027, 14-25, co-production";
  NoBreaks k = FindNoBreaks(s);
  ASSERT_EQ(k.after_dash.size(), 3u);
  EXPECT_EQ(s.substr(k.after_dash[0], 2), "25");
  EXPECT_EQ(s.substr(k.after_dash[1], 4), "2027");
  EXPECT_EQ(s.substr(k.after_dash[2], 2), "25");
  EXPECT_TRUE(k.spaces.empty());
}

TEST(NoBreak, DatesAndNumberedWordsKeepTheirSpace) {
  std::string s = "Committee \xE2\x80\x93 1 October 2019, on 3rd Sept and in Jan 2024; see "
                  "paragraph 2.3 and (Appendix A). May we meet on 30 May?";
  NoBreaks k = FindNoBreaks(s);
  std::vector<std::string> pairs;
  for (size_t at : k.spaces) {
    size_t b = s.rfind(' ', at - 1);
    size_t e = s.find(' ', at + 1);
    pairs.push_back(s.substr(b + 1, (e == std::string::npos ? s.size() : e) - b - 1));
  }
  EXPECT_EQ(pairs, (std::vector<std::string>{"1 October", "October 2019,", "3rd Sept",
                                             "Jan 2024;", "paragraph 2.3", "(Appendix A).",
                                             "30 May?"}));
}

TEST(NoBreak, PairsSplitAcrossRunsAreFound) {
  // "see paragraph " + xref "2.3" + "; " + "Table" + " 1" + ", aged 0–" + "25"
  std::vector<std::string_view> parts = {"see paragraph ", "2.3", "; Table", " 1",
                                         ", aged 0\xE2\x80\x93", "25"};
  std::vector<NoBreaks> k = FindNoBreaksAcross(parts);
  ASSERT_EQ(k.size(), parts.size());
  EXPECT_EQ(k[0].spaces, (std::vector<size_t>{13}));     // the space before "2.3"
  EXPECT_EQ(k[0].spaces.back(), parts[0].size() - 1);
  EXPECT_TRUE(k[1].empty());
  EXPECT_TRUE(k[2].empty());
  EXPECT_EQ(k[3].spaces, (std::vector<size_t>{0}));      // " 1" after "Table"
  EXPECT_TRUE(k[4].spaces.empty());
  EXPECT_EQ(k[5].after_dash, (std::vector<size_t>{0}));  // "0–" / "25"
  // A line break (an empty part) ends the pair.
  std::vector<NoBreaks> b = FindNoBreaksAcross({"Table ", "", "1"});
  EXPECT_TRUE(b[0].empty() && b[1].empty() && b[2].empty());
}

TEST(NoBreak, MonthNames) {
  EXPECT_TRUE(IsMonthName("October"));
  EXPECT_TRUE(IsMonthName("oct"));
  EXPECT_TRUE(IsMonthName("Sept"));
  EXPECT_TRUE(IsMonthName("December,"));
  EXPECT_FALSE(IsMonthName("Octobers"));
  EXPECT_FALSE(IsMonthName("Ma"));
}

}  // namespace
}  // namespace clerk
