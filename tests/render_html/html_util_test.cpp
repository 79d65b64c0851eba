// Escaping, ids, base64 and the WCAG contrast the stylesheet relies on.
#include <gtest/gtest.h>

#include "model/style.h"
#include "render/html/html_css.h"
#include "render/html/html_util.h"

namespace clerk::render::html {
namespace {

TEST(HtmlUtil, EscapesTextAndAttributesAndDropsControls) {
  EXPECT_EQ(Escaped("a < b & \"c\" > d"), "a &lt; b &amp; \"c\" &gt; d");
  EXPECT_EQ(Escaped("say \"hi\"", true), "say &quot;hi&quot;");
  EXPECT_EQ(Escaped(std::string("a\x01" "b\x7f" "c\xC2\x85" "d\tE\xC2\xA3", 13)), "abcd\tE\xC2\xA3");
}

TEST(HtmlUtil, IdFragments) {
  EXPECT_EQ(IdFragment("2.3"), "2-3");
  EXPECT_EQ(IdFragment("(a)"), "a");
  EXPECT_EQ(IdFragment("1."), "1");
  EXPECT_EQ(IdFragment("Appendix 1"), "appendix-1");
  EXPECT_EQ(IdFragment("(iv)"), "iv");
  EXPECT_EQ(IdFragment("\xE2\x80\x93"), "");
}

TEST(HtmlUtil, Base64) {
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64(std::string("\xff\xfe\x00", 3)), "//4A");
}

TEST(HtmlUtil, ContrastRatiosAreWcags) {
  EXPECT_NEAR(ContrastRatio("000000", "FFFFFF"), 21.0, 1e-9);
  EXPECT_NEAR(ContrastRatio("FFFFFF", "FFFFFF"), 1.0, 1e-9);
  // Reference values from the WCAG formula: #767676 on white is 4.54:1.
  EXPECT_NEAR(ContrastRatio("767676", "FFFFFF"), 4.54, 0.01);
  EXPECT_NEAR(ContrastRatio("#0563C1", "#FFFFFF"), 5.90, 0.01);
}

TEST(HtmlUtil, TextOnEveryDefaultFillReachesAa) {
  const model::Colors c = model::DefaultStyle().colors;
  for (const std::string& fill : {c.rag_red, c.rag_amber, c.rag_green, c.rag_complete,
                                  c.rag_not_started, c.table_header, c.placeholder}) {
    EXPECT_GE(ContrastRatio(TextOnFill(fill), fill), 4.5) << fill;
  }
  // The worst case for black-or-white text: a mid grey still gets 4.58:1.
  EXPECT_GE(ContrastRatio(TextColorOn("777777"), "777777"), 4.5);
  EXPECT_EQ(TextColorOn("1D70B8"), "FFFFFF");
  EXPECT_EQ(TextColorOn("FFDD00"), "000000");
}

TEST(HtmlUtil, LightColoursAreDarkenedToAa) {
  EXPECT_EQ(Darkened("0563C1", "FFFFFF", 4.5), "0563C1");  // already fine
  std::string d = Darkened("6FA8DC", "FFFFFF", 4.5);       // 2.4:1 as given
  EXPECT_NE(d, "6FA8DC");
  EXPECT_GE(ContrastRatio(d, "FFFFFF"), 4.5);
  EXPECT_LT(ContrastRatio(d, "FFFFFF"), 5.5) << "no darker than needed: " << d;
}

}  // namespace
}  // namespace clerk::render::html
