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
