// Hand-built numbered documents for the PDF renderer tests: a committee
// report shaped like the WSoA seed (cover block, numbered sections and
// paragraphs, recommendations, resolutions, contact), optionally with a
// long action table and long paragraphs. Labels are set by hand, as the
// numbering pass would set them.
#ifndef CLERK_TESTS_RENDER_PDF_SAMPLE_DOCUMENT_H_
#define CLERK_TESTS_RENDER_PDF_SAMPLE_DOCUMENT_H_

#include <string>
#include <vector>

#include "model/document.h"

namespace clerk::testing {

model::Run Text(std::string s, bool bold = false, bool italic = false);
model::Run Link(std::string text, std::string url);
model::Run Xref(std::string text, std::string target);
model::Node Para(std::string label, model::Runs runs, int level = 1,
                 std::string id = "");
model::Node Section(std::string label, std::string title,
                    std::vector<model::Node> children, std::string id = "");

struct SampleOptions {
  int action_rows = 0;        // rows of the action-plan table (0 = none)
  int long_paragraphs = 0;    // extra long paragraphs in section 2
  bool appendix = false;      // a landscape appendix with a table
  bool welsh = false;         // text with ŵ ŷ (outside CP1252)
};

// The WSoA-like report. Sections 1–6 with paragraphs 1.1, 2.1–2.3 …
model::Document SampleReport(const SampleOptions& options = {});

// The numbered paragraph texts of SampleReport in order, as
// {label, first words}, for assertions.
std::vector<std::pair<std::string, std::string>> SampleParagraphs(
    const SampleOptions& options = {});

}  // namespace clerk::testing

#endif  // CLERK_TESTS_RENDER_PDF_SAMPLE_DOCUMENT_H_
