// styles.xml: Word's built-in style ids (Normal, Title, Heading1…3,
// ListNumber, Caption, Header, Footer, Hyperlink, TableGrid) and clerk's
// own (NumberedParagraph, Recommendation, Resolution, CoverLabel…), each
// defined from the house style's text styles. Styles bound to a numbering
// level carry its base w:numId (style_ids.h).
#ifndef CLERK_RENDER_DOCX_STYLES_PART_H_
#define CLERK_RENDER_DOCX_STYLES_PART_H_

#include <string>

#include "model/style.h"
#include "render/docx/numbering_part.h"

namespace clerk::render::docx {

std::string StylesXml(const model::Style& style, const Numbering& numbering,
                      const std::string& language);

// The text width of the page in points (page width minus side margins).
double TextWidthPt(const model::PageSetup& page);

// w:line for a line height given as a multiple of the font size: Word's
// "auto" spacing counts in multiples of the font's own line (about 1.15
// of the size for Liberation Sans/Arial).
long long LineTwips(double line_height);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_STYLES_PART_H_
