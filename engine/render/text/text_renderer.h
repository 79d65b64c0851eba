// The text renderer: the numbered document as plain UTF-8 text, numbers in a
// hanging column. Used for tests, diffs and e-mail.
#ifndef CLERK_RENDER_TEXT_TEXT_RENDERER_H_
#define CLERK_RENDER_TEXT_TEXT_RENDERER_H_

#include <string>

#include "model/document.h"
#include "model/style.h"

namespace clerk::render {

// REQUIRES: `doc` has been numbered (number/numberer.h).
std::string RenderText(const model::Document& doc, const model::Style& style);

}  // namespace clerk::render

#endif  // CLERK_RENDER_TEXT_TEXT_RENDERER_H_
