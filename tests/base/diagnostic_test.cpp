#include "base/diagnostic.h"

#include <gtest/gtest.h>

namespace clerk {
namespace {

TEST(Diagnostic, ShortFormNamesFileLineColumn) {
  Diagnostic d;
  d.loc = SourceLoc{"templates/x.xml", 41, 9};
  d.message = "unknown element <secton>; did you mean <section>?";
  EXPECT_EQ(FormatShort(d),
            "templates/x.xml:41:9: error: unknown element <secton>; did you "
            "mean <section>?");
}

TEST(Diagnostic, LongFormPutsCaretUnderColumn) {
  Diagnostic d;
  d.loc = SourceLoc{"a.xml", 2, 5};
  d.message = "bad";
  EXPECT_EQ(FormatLong(d, "  <secton/>"),
            "a.xml:2:5: error: bad\n    <secton/>\n      ^");
}

TEST(Diagnostic, CaretCountsCodePointsNotBytes) {
  Diagnostic d;
  d.loc = SourceLoc{"a.xml", 1, 3};
  d.message = "m";
  EXPECT_EQ(FormatLong(d, "££x"), "a.xml:1:3: error: m\n  ££x\n    ^");
}

TEST(Diagnostic, Issue9LongLineIsCutAroundTheCaret) {
  // A template written on one line: the line shown is a window of
  // kSourceWindow code points with the caret a third of the way in.
  std::string line = std::string(5000, 'a') + "<bad/>" + std::string(5000, 'b');
  Diagnostic d;
  d.loc = SourceLoc{"t.xml", 1, 5001};
  d.message = "m";
  std::string window = std::string(33, 'a') + "<bad/>" + std::string(61, 'b');
  EXPECT_EQ(FormatLong(d, line), "t.xml:1:5001: error: m\n  \u2026" + window +
                                     "\u2026\n   " + std::string(33, ' ') + "^");
  d.loc.col = 2;  // near the start: no cut on the left
  EXPECT_EQ(FormatLong(d, line), "t.xml:1:2: error: m\n  " +
                                     std::string(100, 'a') + "\u2026\n   ^");
}

TEST(Diagnostic, Issue9RepeatsAreKeptOnceWithTheirCount) {
  Diagnostics ds;
  for (int i = 0; i < 10000; ++i) {
    ds.Error(SourceLoc{"t.xml", 1, 5}, "missing value",
             {"data: d.csv:" + std::to_string(i + 2)});
  }
  ds.Error(SourceLoc{"t.xml", 1, 9}, "missing value");
  EXPECT_EQ(ds.error_count(), 10001);
  EXPECT_EQ(ds.ToString(),
            "t.xml:1:5: error: missing value (and 9,999 more times)\n"
            "  hint: data: d.csv:2\n"
            "t.xml:1:9: error: missing value\n");
}

TEST(Diagnostic, Issue9DistinctProblemsPastTheCapAreCounted) {
  Diagnostics ds;
  for (int i = 0; i < 250; ++i) {
    ds.Error(SourceLoc{"t.xml", 1, i + 1}, "bad");
  }
  EXPECT_EQ(ds.all().size(), Diagnostics::kMaxDistinct);
  EXPECT_EQ(ds.omitted(), 150);
  EXPECT_EQ(ds.error_count(), 250);
  EXPECT_EQ(OmittedLine(ds.omitted()),
            "150 more problems not shown (the first 100 are above)");
}

TEST(Diagnostic, TraceAndHintsFollowTheMessage) {
  Diagnostics ds;
  ds.PushTrace({SourceLoc{"t.xml", 3, 1}, "while including f.xml"});
  ds.Warning(SourceLoc{"f.xml", 1, 2}, "odd", {"try this"});
  ds.PopTrace();
  ds.Error(SourceLoc{}, "no place");
  EXPECT_EQ(ds.ToString(),
            "f.xml:1:2: warning: odd\n  hint: try this\n  t.xml:3:1: note: "
            "while including f.xml\nerror: no place\n");
  EXPECT_EQ(ds.error_count(), 1);
  EXPECT_TRUE(ds.has_errors());
}

TEST(Suggest, FindsCloseNamesOnly) {
  std::vector<std::string_view> names = {"section", "heading", "p", "table"};
  EXPECT_EQ(Suggest("secton", names), "section");
  EXPECT_EQ(Suggest("tabel", names), "table");
  EXPECT_EQ(Suggest("paragraph", names), "");
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
}

}  // namespace
}  // namespace clerk
