// The page's one stylesheet, made from the house style: screen (readable
// from 320 px to wide screens) and print (A4 pages like the PDF, the
// style's header and footer in the page margins).
#ifndef CLERK_RENDER_HTML_HTML_CSS_H_
#define CLERK_RENDER_HTML_HTML_CSS_H_

#include <string>

#include "model/document.h"
#include "model/style.h"

namespace clerk::render::html {

// Every colour the page uses, after contrast checks: text colours are
// darkened until they reach 4.5:1 on white (WCAG 2.x AA); text on a
// filled background (RAG cells, header rows, draft placeholders) is black
// or white, whichever contrasts more (always at least 4.58:1).
std::string StyleSheet(const model::Document& doc, const model::Style& style);

// The text colour the stylesheet gives on a fill (exposed for tests).
std::string TextOnFill(const std::string& fill);

}  // namespace clerk::render::html

#endif  // CLERK_RENDER_HTML_HTML_CSS_H_
