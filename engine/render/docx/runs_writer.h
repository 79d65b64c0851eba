// Inline content of a paragraph: text, emphasis, hyperlinks (relationships),
// cross-references (REF fields on bookmarks), draft placeholders, line
// breaks, and simple fields (PAGE, NUMPAGES).
#ifndef CLERK_RENDER_DOCX_RUNS_WRITER_H_
#define CLERK_RENDER_DOCX_RUNS_WRITER_H_

#include <string_view>

#include "base/no_break.h"
#include "model/document.h"
#include "render/docx/body_context.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

// Direct run formatting (on top of the paragraph style).
struct RunFormat {
  bool bold = false;
  bool italic = false;
  std::string_view char_style;  // w:rStyle ("Hyperlink")
  std::string_view fill;        // shading RRGGBB (draft placeholders)
};

// Writes w:rPr (nothing when `f` is empty).
void WriteRunProps(XmlWriter& w, const RunFormat& f);

// One or more w:r for `text`: tabs become w:tab, newlines w:br.
// `places`: where the text must not break (base/no_break.h), when the
// caller found them across runs; by default FindNoBreaks(text).
void WriteTextRun(XmlWriter& w, std::string_view text, const RunFormat& f,
                  const NoBreaks* places = nullptr);

// A complex field: begin, instruction, separate, the cached result, end.
void WriteField(XmlWriter& w, std::string_view instruction,
                std::string_view cached, const RunFormat& f);

// All runs of a paragraph.
void WriteRuns(BodyContext& ctx, XmlWriter& w, const model::Runs& runs);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_RUNS_WRITER_H_
