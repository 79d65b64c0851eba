// Numbered documents built by hand, as the numbering pass would leave them,
// for the DOCX renderer tests.
#ifndef CLERK_TESTS_RENDER_DOCX_SAMPLE_DOCS_H_
#define CLERK_TESTS_RENDER_DOCX_SAMPLE_DOCS_H_

#include <string>

#include "model/document.h"
#include "model/style.h"

namespace clerk::testing {

// A Written Statement of Action update like seeds/003: title lines, cover
// block, sections 1–6 (1.1; 2.1 with (a)(b), 2.2, an unnumbered sub-heading,
// 2.3; …), a table with a header row and RAG cells, recommendations 1–5,
// resolutions (a)–(e), two meetings whose lettered lists restart at (a),
// xrefs forward and backward, a contact with a mailto link, an unnumbered
// section and Appendix 1.
model::Document WsoaReport();

// Minutes whose numbers start from data (84, 85, 86), paragraphs 84.1 …
// restarting per minute and a resolutions list in each minute.
model::Document Minutes();

// The benchmark document of bench/SPEC.md: title block, cover, sections
// 1–6 with 2–4 paragraphs each, a 41-row action table with RAG cells, the
// resolutions (a)–(e), background documents and a contact.
model::Document BenchReport();

// model::DefaultStyle() with the header/footer of the seeds.
model::Style TestStyle();

}  // namespace clerk::testing

#endif  // CLERK_TESTS_RENDER_DOCX_SAMPLE_DOCS_H_
