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
#include "render_pdf/struct_probe.h"

namespace clerk::testing {

// Renders with the default style; fails the test on a Status or an error
// diagnostic, or on a PDF/UA (Matterhorn) failure where the shared
// check-pdf-ua is present: so every PDF the tests write is checked.
// Returns the PDF path (under the build tree).
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
  std::string path = WriteTemp(name, out);
  std::vector<std::string> ua = UnexpectedMatterhornFailures(path);
  EXPECT_TRUE(ua.empty()) << path << ": Matterhorn failures, e.g. " << ua.front()
                          << " (run ../shared/tools/check-pdf-ua on it)";
  return path;
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
