// Kerning (issue 13): layout measures, and the PDF draws, the advances
// HarfBuzz gives when it shapes the text with the font's own kerning.
#include <gtest/gtest.h>
#include <hb.h>

#include <fstream>
#include <sstream>

#include "model/style.h"
#include "render/pdf/font_set.h"
#include "render/pdf/inline_layout.h"
#include "render_pdf/render_helpers.h"

namespace clerk::render::pdf {
namespace {

// hb_shape's advance of each character of `text` with the font file at
// `path` (default features), in font units; and the font's units per em.
std::vector<int> HarfBuzzAdvances(const std::string& path, const std::string& text,
                                  int* upem) {
  hb_blob_t* blob = hb_blob_create_from_file(path.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  *upem = static_cast<int>(hb_face_get_upem(face));
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buf);
  hb_shape(font, buf, nullptr, 0);
  unsigned n = 0;
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  std::vector<int> out;
  for (unsigned i = 0; i < n; ++i) out.push_back(pos[i].x_advance);
  hb_buffer_destroy(buf);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return out;
}

class Kerning : public ::testing::Test {
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

TEST_F(Kerning, AdvancesOfToWalesAreHarfBuzzs) {
  const std::u32string text = U"To Wales";
  for (int face : {kRegular, kBold}) {
    int upem = 0;
    std::vector<int> hb = HarfBuzzAdvances(fonts_.path(face), "To Wales", &upem);
    ASSERT_EQ(hb.size(), text.size());
    const FontMetrics& m = fonts_.metrics(face);
    ASSERT_TRUE(m.has_kerning());
    double ours_total = 0, hb_total = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      // Our advance: the nominal width (1/1000 em, truncated as the PDF's
      // /Widths) plus the kerning with the next character.
      const int ours = m.Width(text[i]) + (i + 1 < text.size() ? m.Kern(text[i], text[i + 1]) : 0);
      const double theirs = hb[i] * 1000.0 / upem;
      EXPECT_NEAR(ours, theirs, 1.0) << "face " << face << " character " << i;
      ours_total += ours;
      hb_total += theirs;
    }
    // The pairs the issue names are kerned, and closer than without.
    EXPECT_LT(m.Kern(U'T', U'o'), -50);
    EXPECT_LT(m.Kern(U'W', U'a'), -20);
    EXPECT_LT(m.Kern(U'Y', U'o'), -50);
    EXPECT_EQ(m.Kern(U'o', U'n'), 0);
    // The line breaker measures the same: one line, as wide as HarfBuzz's
    // run (within the truncation of the eight widths).
    InlineLayout il(&ctx_);
    InlineFormat fmt;
    fmt.size = 10;
    fmt.bold = face == kBold;
    il.AddText("To Wales", fmt);
    const double natural = il.NaturalWidth();
    auto lines = il.Layout(0, 500, 0, 1.2, false);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NEAR(lines[0].width, hb_total * 10 / 1000, 8 * 10 / 1000.0);
    EXPECT_NEAR(lines[0].width, ours_total * 10 / 1000, 1e-9);
    EXPECT_NEAR(natural, lines[0].width, 1e-9);
  }
}

TEST_F(Kerning, LineBreaksUseKernedWidths) {
  // "AVAVAV…" is narrower kerned than its nominal widths: a width that
  // holds the kerned run but not the nominal one keeps it on one line.
  const std::string word = "AVAVAVAVAVAVAVAVAVAV";
  double nominal = 0;
  for (char c : word) nominal += fonts_.CharWidth(kRegular, static_cast<unsigned char>(c), 11);
  const double kerned = fonts_.Width(kRegular, word, 11);
  ASSERT_LT(kerned, nominal - 1);
  InlineLayout il(&ctx_);
  il.AddText(word + " " + word, InlineFormat{});
  const double space = fonts_.CharWidth(kRegular, U' ', 11) +
                       fonts_.Kern(kRegular, U'V', U' ', 11) +
                       fonts_.Kern(kRegular, U' ', U'A', 11);
  auto lines = il.Layout(0, 2 * kerned + space + 0.01, 0, 1.2, false);
  EXPECT_EQ(lines.size(), 1u);
  EXPECT_NEAR(lines[0].width, 2 * kerned + space, 1e-9);
}

}  // namespace
}  // namespace clerk::render::pdf

namespace clerk::testing {
namespace {

TEST(PdfKerning, ContentStreamHasTheKernAdjustmentAndTextExtracts) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.root.children.push_back(Para("", {Text("To Wales, Yorkshire and Wakefield.")}));
  doc.root.children.push_back(Para("", {Text("Tŵr Wŷn")}));  // outside CP1252
  const std::string path = RenderToFile(doc, "kerning.pdf");
  const std::string qdf = path + ".qdf";
  int rc = 0;
  RunCommand("qpdf --qdf --object-streams=disable '" + path + "' '" + qdf + "'", &rc);
  ASSERT_EQ(rc, 0);
  std::ifstream in(qdf, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string pdf = ss.str();
  auto fonts = render::pdf::FontSet::Load(model::DefaultStyle().font);
  ASSERT_TRUE(fonts.ok());
  const auto& m = fonts->metrics(render::pdf::kRegular);
  // "To" is shown with a TJ adjustment of minus the kerning (1/1000 em).
  const std::string to = "[(T) " + std::to_string(-m.Kern(U'T', U'o')) + " (o";
  EXPECT_NE(pdf.find(to), std::string::npos) << to;
  const std::string wa = "W) " + std::to_string(-m.Kern(U'W', U'a')) + " (ales";
  EXPECT_NE(pdf.find(wa), std::string::npos) << wa;
  // Characters outside CP1252 (ŵ) are shown from the CID font with
  // two-byte codes, placed after their kerned neighbours.
  EXPECT_NE(pdf.find("<0175> Tj"), std::string::npos);
  // Kerning changes positions only: the words extract as written.
  PdfProbe probe(path);
  std::string all;
  for (const auto& p : probe.pages_raw) all += p;
  EXPECT_NE(all.find("To Wales, Yorkshire and Wakefield."), std::string::npos) << all;
  EXPECT_NE(all.find("Tŵr Wŷn"), std::string::npos) << all;
}

}  // namespace
}  // namespace clerk::testing
