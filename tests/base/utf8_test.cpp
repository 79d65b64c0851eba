#include "base/utf8.h"

#include <gtest/gtest.h>

namespace clerk {
namespace {

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  std::string s = "£–ŵ€";
  std::string back;
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp;
    i += DecodeUtf8(s, i, &cp);
    AppendUtf8(&back, cp);
  }
  EXPECT_EQ(back, s);
  EXPECT_EQ(Utf8Length(s), 4u);
}

TEST(Utf8, RejectsInvalidSequencesWithOffset) {
  size_t bad = 0;
  EXPECT_TRUE(IsValidUtf8("plain £ text"));
  EXPECT_FALSE(IsValidUtf8("ab\xC3(", &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80", &bad));  // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF", &bad));      // overlong '/'
  EXPECT_TRUE(IsValidUtf8("\xEF\xBF\xBD"));          // a real U+FFFD
}

TEST(Utf8, CollapsesXmlSpace) {
  EXPECT_EQ(CollapseSpace("  a \n\t b  "), " a b ");
  EXPECT_EQ(Trim("\n  a b \r\n"), "a b");
}

}  // namespace
}  // namespace clerk
