// Issue 12: cover fields across the page with the label run in (Kent's
// Summary), and an unlabelled cover, in the PDF.
#include <gtest/gtest.h>

#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

constexpr double kMargin = 70.866;  // 25 mm

model::Node CoverField(std::string label, std::string value, bool run_in) {
  model::Node f;
  f.kind = model::NodeKind::kCoverField;
  if (!label.empty()) f.title = {Text(std::move(label))};
  f.run_in = run_in;
  f.children.push_back(Para("", {Text(std::move(value))}));
  return f;
}

const Word* FindWord(const PdfProbe& pdf, const std::string& text) {
  for (const Word& w : pdf.words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

TEST(PdfCover, RunInFieldSpansThePageWithItsLabelRunIn) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node cover;
  cover.kind = model::NodeKind::kCover;
  cover.children.push_back(CoverField("From", "Roger Gough", false));
  cover.children.push_back(CoverField("Summary", "Thisreport sets out the tax base.", true));
  cover.children.push_back(CoverField("Subject", "Council Tax Base", false));
  doc.root.children.push_back(cover);
  PdfProbe pdf(RenderToFile(doc, "cover-run-in.pdf"));
  const Word* label = FindWord(pdf, "Summary:");
  const Word* value = FindWord(pdf, "Thisreport");
  const Word* from = FindWord(pdf, "Roger");
  ASSERT_TRUE(label != nullptr && value != nullptr && from != nullptr);
  EXPECT_NEAR(label->x0, kMargin, 0.5);
  // The value follows the label on its line, left of the value column.
  EXPECT_NEAR(value->y0, label->y0, 0.5);
  EXPECT_LT(value->x0, from->x0 - 20);
  EXPECT_GT(value->x0, label->x1);
  // The labelled fields around it keep their column.
  const Word* subject = FindWord(pdf, "Council");
  ASSERT_NE(subject, nullptr);
  EXPECT_NEAR(subject->x0, from->x0, 0.5);
}

TEST(PdfCover, UnlabelledCoverHasNoLabelColumn) {
  CLERK_REQUIRE_POPPLER();
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node cover;
  cover.kind = model::NodeKind::kCover;
  for (const char* line : {"To:\xC2\xA0" "Cabinet", "Date:\xC2\xA0" "30\xC2\xA0January",
                           "Budget", "Report\xC2\xA0of"}) {
    cover.children.push_back(CoverField("", line, false));
  }
  doc.root.children.push_back(cover);
  PdfProbe pdf(RenderToFile(doc, "cover-unlabelled.pdf"));
  double last_y = 0;
  for (const char* first : {"To:", "Date:", "Budget", "Report"}) {
    const Word* w = FindWord(pdf, first);
    ASSERT_NE(w, nullptr) << first;
    EXPECT_NEAR(w->x0, kMargin, 0.5) << first;
    EXPECT_GT(w->y0, last_y) << first;  // one line each, in order
    last_y = w->y0;
  }
}

}  // namespace
}  // namespace clerk::testing
