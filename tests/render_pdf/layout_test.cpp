// Unit tests of the layout pieces (no PDF parsing): metrics, encodings,
// line breaking, fields, CMaps.
#include <gtest/gtest.h>

#include "model/style.h"
#include "render/pdf/cp1252.h"
#include "render/pdf/font_set.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/inline_layout.h"
#include "render/pdf/page_furniture.h"
#include "render/pdf/to_unicode.h"
#include "render/pdf/ttf_metrics.h"

namespace clerk::render::pdf {
namespace {

class Layout : public ::testing::Test {
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
  model::Style style_;
  FontSet fonts_;
  Diagnostics diags_;
  LayoutContext ctx_;
};

TEST_F(Layout, MetricsMatchLiberationSans) {
  const FontMetrics& m = fonts_.metrics(kRegular);
  EXPECT_EQ(m.Width(U'A'), 666);  // 1366/2048 em, truncated like libharu
  EXPECT_EQ(m.Width(U' '), 277);
  EXPECT_TRUE(m.Has(0x0175));     // ŵ
  EXPECT_FALSE(m.Has(0x4E2D));    // 中
  EXPECT_EQ(fonts_.metrics(kBold).Width(U'A'), 722);
  EXPECT_NEAR(fonts_.Width(kRegular, "AA", 10), 13.32, 0.001);
  // The cache returns the same parsed font.
  auto a = FontMetrics::Load(style_.font.regular);
  auto b = FontMetrics::Load(style_.font.regular);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->get(), b->get());
  EXPECT_FALSE(FontMetrics::Load("/nonexistent.ttf").ok());
}

TEST_F(Layout, Cp1252RoundTrip) {
  EXPECT_EQ(ToCp1252(U'A'), 'A');
  EXPECT_EQ(ToCp1252(0x20AC), 0x80);  // €
  EXPECT_EQ(ToCp1252(0x2013), 0x96);  // –
  EXPECT_EQ(ToCp1252(0x00A3), 0xA3);  // £
  EXPECT_EQ(ToCp1252(0x0175), 0);     // ŵ: not in CP1252
  for (int b = 0x20; b < 0x100; ++b) {
    char32_t u = FromCp1252(static_cast<unsigned char>(b));
    if (u != 0 && b != 0x7F) {
      EXPECT_EQ(ToCp1252(u), b) << b;
    }
  }
}

TEST_F(Layout, ToUnicodeMapsAreValid) {
  std::string cid = IdentityToUnicodeCMap();
  EXPECT_EQ(cid.find("cidrange"), std::string::npos);
  EXPECT_NE(cid.find("<0100> <01FF> <0100>"), std::string::npos);
  EXPECT_EQ(cid.find("<D800>"), std::string::npos);
  std::string ansi = Cp1252ToUnicodeCMap();
  EXPECT_NE(ansi.find("<80> <20AC>"), std::string::npos);
}

TEST_F(Layout, BreaksAtSpacesHyphensAndSlashesWithinWidth) {
  InlineLayout il(&ctx_);
  InlineFormat fmt;
  model::Run r;
  r.text = "The Ofsted/CQC re-inspection will take place within 12-18 months of the approval";
  il.AddRuns({r}, fmt);
  auto lines = il.Layout(0, 60, 0, 1.2, false);
  ASSERT_GT(lines.size(), 3u);
  std::string joined;
  for (const auto& l : lines) {
    EXPECT_LE(l.width, 60.001);
    for (const auto& op : l.ops) {
      if (op.kind == Op::kText) joined += op.text + "|";
    }
  }
  // Breaks after the slash and the hyphens, never inside other words.
  EXPECT_NE(joined.find("Ofsted/|"), std::string::npos) << joined;
  EXPECT_NE(joined.find("re-|"), std::string::npos) << joined;
}

TEST_F(Layout, OverlongWordIsBrokenBetweenCharacters) {
  InlineLayout il(&ctx_);
  model::Run r;
  r.text = "Ŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵ";
  il.AddRuns({r}, InlineFormat{});
  auto lines = il.Layout(0, 50, 0, 1.2, false);
  ASSERT_GT(lines.size(), 1u);
  std::string all;
  for (const auto& l : lines) {
    EXPECT_LE(l.width, 50.001);
    for (const auto& op : l.ops) all += op.text;
  }
  EXPECT_EQ(all, r.text);  // no byte lost, no sequence cut
}

TEST_F(Layout, JustifiedLinesFillTheWidthWordByWord) {
  InlineLayout il(&ctx_);
  model::Run r;
  r.text = "Whilst the re-inspection will not expect to see all the issues resolved they "
           "will be assessing whether sufficient progress has been made";
  il.AddRuns({r}, InlineFormat{});
  auto lines = il.Layout(100, 200, 0, 1.2, true);
  ASSERT_GT(lines.size(), 2u);
  const auto& first = lines[0].ops;
  ASSERT_GT(first.size(), 2u);  // one text op per word
  // Every word keeps the space after it in its shown string (so text
  // extraction and screen readers see words, not "Bythetime"); the space
  // is invisible and the line's last visible glyph ends at the margin.
  for (const Op& op : first) {
    ASSERT_FALSE(op.text.empty());
    EXPECT_EQ(op.text.back(), ' ') << op.text;
  }
  std::string last_word = first.back().text;
  last_word.pop_back();
  double end = first.back().x + fonts_.Width(first.back().face, last_word, first.back().size);
  EXPECT_NEAR(end, 300, 0.01);
  // The last line is not stretched: one op.
  EXPECT_EQ(lines.back().ops.size(), 1u);
}

TEST_F(Layout, LinksBecomeLinkOps) {
  InlineLayout il(&ctx_);
  model::Run a, link;
  a.text = "Write to ";
  link.kind = model::RunKind::kLink;
  link.text = "keith.abbott@kent.gov.uk";
  link.target = "mailto:keith.abbott@kent.gov.uk";
  il.AddRuns({a, link}, InlineFormat{});
  auto lines = il.Layout(0, 400, 0, 1.2, false);
  ASSERT_EQ(lines.size(), 1u);
  int links = 0;
  for (const auto& op : lines[0].ops) {
    if (op.kind == Op::kLink) {
      ++links;
      EXPECT_EQ(op.text, "mailto:keith.abbott@kent.gov.uk");
      EXPECT_NEAR(op.w, fonts_.Width(kRegular, link.text, 11), 0.01);
    }
  }
  EXPECT_EQ(links, 1);
}

TEST_F(Layout, HeaderFooterFields) {
  model::Metadata meta;
  meta.classification = "EXEMPT \u2013 NOT FOR PUBLICATION";
  meta.reference = "CYP/2026/059";
  EXPECT_EQ(ExpandFields("Page {page} of {pages}", meta, 2, 5), "Page 2 of 5");
  EXPECT_EQ(ExpandFields("{classification} {reference} {unknown}", meta, 1, 1),
            "EXEMPT \u2013 NOT FOR PUBLICATION CYP/2026/059 {unknown}");
}

}  // namespace
}  // namespace clerk::render::pdf

namespace clerk::testing {
namespace {

std::string Hyphenated(std::string_view word) {
  std::string out;
  size_t from = 0;
  for (size_t at : render::pdf::HyphenationPoints(word)) {
    out.append(word.substr(from, at - from)).append("-");
    from = at;
  }
  return out.append(word.substr(from));
}

TEST(Hyphenation, EnglishPatternsFromDebian) {
  EXPECT_EQ(Hyphenated("Directorate"), "Dir-ect-or-ate");
  EXPECT_EQ(Hyphenated("Completed,"), "Com-pleted,");
  EXPECT_EQ(Hyphenated("commissioning"), "com-mis-sion-ing");
  // Not words of letters, too short or too long: left to the caller.
  EXPECT_EQ(Hyphenated("co-production"), "co-production");
  EXPECT_EQ(Hyphenated("SD2.04"), "SD2.04");
  EXPECT_EQ(Hyphenated("plan"), "plan");
  EXPECT_EQ(Hyphenated(std::string(65, 'a')), std::string(65, 'a'));
}

}  // namespace
}  // namespace clerk::testing
