// Issue 13: a no-break pair whose halves are different runs ("paragraph "
// and a cross-reference's "2.3", "Table" and " 1") stays on one line.
#include <gtest/gtest.h>

#include "model/style.h"
#include "render/pdf/font_set.h"
#include "render/pdf/inline_layout.h"

namespace clerk::render::pdf {
namespace {

class NoBreakRuns : public ::testing::Test {
 protected:
  void SetUp() override {
    style_ = model::DefaultStyle();
    auto f = FontSet::Load(style_.font);
    ASSERT_TRUE(f.ok()) << f.status().message();
    fonts_ = *f;
    ctx_.fonts = &fonts_;
    ctx_.style = &style_;
    ctx_.diags = &diags_;
  }
  // The text of each line of `runs` laid out `width` wide.
  std::vector<std::string> Lines(const model::Runs& runs, double width) {
    InlineLayout il(&ctx_);
    il.AddRuns(runs, InlineFormat{});
    std::vector<std::string> out;
    for (const LineBox& l : il.Layout(0, width, 0, 1.2, false)) {
      std::string s;
      for (const Op& op : l.ops) {
        if (op.kind == Op::kText) s += op.text;
      }
      out.push_back(s);
    }
    return out;
  }
  model::Style style_;
  FontSet fonts_;
  Diagnostics diags_;
  LayoutContext ctx_;
};

model::Run TextRun(std::string s) {
  model::Run r;
  r.text = std::move(s);
  return r;
}

TEST_F(NoBreakRuns, ParagraphAndCrossReferenceStayTogether) {
  model::Run xref;
  xref.kind = model::RunKind::kXref;
  xref.text = "2.3";
  xref.target = "p23";
  model::Runs runs = {TextRun("The details are in paragraph "), xref, TextRun(" below.")};
  // Room for "…in paragraph" but not for "…in paragraph 2.3".
  const double width = fonts_.Width(kRegular, "The details are in paragraph", 11) + 3;
  std::vector<std::string> lines = Lines(runs, width);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "The details are in ");
  EXPECT_EQ(lines[1], "paragraph 2.3 below.");
  // Without the rule (a word that is not one of its words) the break falls there.
  runs[0].text = "The details are in what is numbered ";
  lines = Lines(runs, fonts_.Width(kRegular, "The details are in what is numbered", 11) + 3);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1], "2.3 below.");
}

TEST_F(NoBreakRuns, TableAndItsNumberInTwoRunsStayTogether) {
  model::Run bold = TextRun(" 1");
  bold.bold = true;
  model::Runs runs = {TextRun("The figures are set out in Table"), bold, TextRun(".")};
  const double width = fonts_.Width(kRegular, "The figures are set out in Table", 11) + 2;
  std::vector<std::string> lines = Lines(runs, width);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "The figures are set out in ");
  EXPECT_EQ(lines[1], "Table 1.");
}

}  // namespace
}  // namespace clerk::render::pdf
