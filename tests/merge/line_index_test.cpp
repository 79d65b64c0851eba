// load/line_index: byte offsets to line:col, columns in code points, on
// files of any shape (issue 9: one-line files were quadratic).
#include "load/line_index.h"

#include <gtest/gtest.h>

#include <string>

#include "merge/link_target.h"

namespace clerk {
namespace {

TEST(LineIndex, LinesAndCodePointColumns) {
  std::string t = "ab\n£x\r\nlast";
  LineIndex li(t);
  EXPECT_EQ(li.Loc("f", 0), (SourceLoc{"f", 1, 1}));
  EXPECT_EQ(li.Loc("f", 2), (SourceLoc{"f", 1, 3}));
  EXPECT_EQ(li.Loc("f", 3), (SourceLoc{"f", 2, 1}));
  EXPECT_EQ(li.Loc("f", 5), (SourceLoc{"f", 2, 2}));  // after the 2-byte £
  EXPECT_EQ(li.Loc("f", 8), (SourceLoc{"f", 3, 1}));
  EXPECT_EQ(li.Loc("f", 999), (SourceLoc{"f", 3, 5}));  // clamped to the end
  EXPECT_EQ(li.Line(2), "£x");
  EXPECT_EQ(li.Line(4), "");
}

TEST(LineIndex, Issue9LongLinesCountAcrossCheckpoints) {
  // Columns across several 256-byte checkpoints, with multi-byte
  // characters straddling them, agree with a plain count.
  std::string t = "x\n";
  for (int i = 0; i < 1000; ++i) t += i % 3 ? "a" : "\u20ac";  // €: 3 bytes
  LineIndex li(t);
  size_t cps = 0;
  for (size_t off = 2; off <= t.size(); ++off) {
    if (off == t.size() ||
        (static_cast<unsigned char>(t[off]) & 0xC0) != 0x80) {
      EXPECT_EQ(li.Loc("f", off).col, static_cast<int>(cps) + 1) << off;
      ++cps;
    }
  }
  LineIndex empty("");
  EXPECT_EQ(empty.Loc("f", 0), (SourceLoc{"f", 1, 1}));
}

TEST(LinkTarget, Issue9OnlyWebAndMailAddresses) {
  EXPECT_EQ(LinkTargetProblem("https://www.kent.gov.uk/x?a=1"), "");
  EXPECT_EQ(LinkTargetProblem("HTTP://example.org"), "");
  EXPECT_EQ(LinkTargetProblem("mailto:clerk@kent.gov.uk"), "");
  for (const char* bad : {"javascript:alert(1)", "file:///etc/passwd",
                          "\\\\server\\share", "data:text/html,x", "#top",
                          "page.html", " https://x"}) {
    EXPECT_NE(LinkTargetProblem(bad), "") << bad;
  }
  EXPECT_NE(LinkTargetProblem("https://x/a b"), "");
  EXPECT_NE(LinkTargetProblem("https://x\\y"), "");
  // A 100,000-character target is shown cut in the message.
  std::string huge = "javascript:" + std::string(100000, 'a');
  EXPECT_LT(LinkTargetProblem(huge).size(), 300u);
}

}  // namespace
}  // namespace clerk
