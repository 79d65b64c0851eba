// Rendering helpers shared by the PDF renderer tests.
#ifndef CLERK_TESTS_RENDER_PDF_RENDER_HELPERS_H_
#define CLERK_TESTS_RENDER_PDF_RENDER_HELPERS_H_

#include <string>

#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"
#include "render/pdf/pdf_renderer.h"
#include "render_pdf/pdf_probe.h"
#include "render_pdf/sample_document.h"

namespace clerk::testing {

// Renders with the default style; fails the test on a Status or an error
// diagnostic. Returns the PDF path (under the build tree).
inline std::string RenderToFile(const model::Document& doc,
                                const std::string& name,
                                const model::Style& style = model::DefaultStyle(),
                                const model::RenderOptions& options = {}) {
  Diagnostics diags;
  std::string out;
  Status st = render::RenderPdf(doc, style, options, &diags, &out);
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_FALSE(diags.has_errors()) << diags.ToString();
  EXPECT_FALSE(out.empty());
  return WriteTemp(name, out);
}

inline bool HaveTool(const char* tool) {
  int rc = 0;
  RunCommand(std::string("command -v ") + tool, &rc);
  return rc == 0;
}

#define CLERK_REQUIRE_POPPLER()                                   \
  if (!::clerk::testing::HaveTool("pdftotext") ||                 \
      !::clerk::testing::HaveTool("qpdf")) {                      \
    GTEST_SKIP() << "poppler-utils and qpdf are needed";          \
  }

}  // namespace clerk::testing

#endif  // CLERK_TESTS_RENDER_PDF_RENDER_HELPERS_H_
