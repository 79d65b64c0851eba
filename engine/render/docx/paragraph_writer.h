// One w:p: its properties (style, numbering, indents, keep-with-next,
// section break), the bookmarks of cross-reference targets, and a literal
// number where Word's list cannot give clerk's label.
#ifndef CLERK_RENDER_DOCX_PARAGRAPH_WRITER_H_
#define CLERK_RENDER_DOCX_PARAGRAPH_WRITER_H_

#include <string>
#include <string_view>

#include "render/docx/body_context.h"
#include "render/docx/numbering_part.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

struct ParaProps {
  std::string_view style;      // paragraph style id; "" = Normal
  NumRef num;                  // numbering (num_id 0: none)
  bool keep_next = false;
  bool page_break_before = false;
  long long ind_left = -1;     // twips; -1 = from style/numbering
  long long ind_hanging = 0;
  std::string_view jc;         // "left", "center", "right", "both"; "" = style
  long long space_after = -1;  // twips; -1 = from style
  long long line_exact = -1;   // twips, an exact line height; -1 = from style
  const std::string* sect_pr = nullptr;  // this paragraph ends a section
  std::string_view lead;       // text before the content, outside bookmarks
                               // ("– " between "Appendix 1" and its title)
};

// True for styles that carry a w:numPr (style_ids.h): a paragraph of such a
// style that is not numbered needs w:numId 0.
bool IsNumberedStyle(std::string_view style_id);

// <w:p><w:pPr>…</w:pPr>, the literal number, the lead text, then the
// pending bookmark starts (so a REF by title gets the title only).
void BeginParagraph(BodyContext& ctx, XmlWriter& w, const ParaProps& p);
// Bookmark ends, </w:p>.
// Ends the bookmarks open in the current paragraph here.
void CloseBookmarks(BodyContext& ctx, XmlWriter& w);

void EndParagraph(BodyContext& ctx, XmlWriter& w);

// Queues the bookmark of `node` (if it is a cross-reference target) for
// the next paragraph.
void QueueBookmark(BodyContext& ctx, const model::Node& node);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_PARAGRAPH_WRITER_H_
