// Documents built by hand for the HTML renderer's tests, already numbered
// (the renderer only prints numbers), and small readers of the HTML.
#ifndef CLERK_TESTS_RENDER_HTML_HTML_SAMPLE_H_
#define CLERK_TESTS_RENDER_HTML_HTML_SAMPLE_H_

#include <string>
#include <vector>

#include "model/document.h"
#include "model/style.h"

namespace clerk::testing_html {

// A report shaped like the seeds: title lines, a cover with a subject and
// recommendations, section 1 with paragraph 1.1; section 2 with 2.1 …
// 2.3, 2.3 having sub-paragraphs (a) and (b) and 2.1 a cross-reference to
// 2.3 and a link; a table "Table 1" with a header row and RAG cells;
// recommendations 1-2 and resolutions (a)-(b) in section 3; Appendix 1.
model::Document SampleReport();

// The values of every `attr="…"` in `html`, in order.
std::vector<std::string> AttributeValues(const std::string& html, const std::string& attr);
// How often `needle` occurs in `hay`.
int Count(const std::string& hay, const std::string& needle);
// The heading levels (1 … 6) of <h1> … <h6> in order.
std::vector<int> HeadingLevels(const std::string& html);

}  // namespace clerk::testing_html

#endif  // CLERK_TESTS_RENDER_HTML_HTML_SAMPLE_H_
