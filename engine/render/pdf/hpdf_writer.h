// The libharu writer: turns paginated pages into PDF bytes.
//
// Fonts: each face used is embedded (libharu prunes unused glyphs) and shown
// through CP1252 when the text fits it, through a UTF-8 CID font otherwise;
// both get a correct ToUnicode CMap of ours (libharu's own CID one is
// invalid). Also: link annotations (URI and internal), the outline, document
// info, page mode, a content-derived document ID, and the tags
// (structure tree, marked content, XMP, /Lang: pdf_structure.h). libharu errors are
// recorded by its error handler and returned as a Status; nothing throws
// through its C frames.
#ifndef CLERK_RENDER_PDF_HPDF_WRITER_H_
#define CLERK_RENDER_PDF_HPDF_WRITER_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "render/pdf/display_list.h"
#include "render/pdf/font_set.h"

namespace clerk::render::pdf {

struct DocInfo {
  std::string title, author, subject, keywords, creator;
  std::string created;  // ISO 8601 or ""
  std::string language = "en-GB";
};

// User problems (missing glyphs, unreadable images) are found during
// layout, before this runs; what fails here is a system failure.
// `elems` is the structure tree the ops' `elem` fields point into
// (Flow::elems); everything is tagged (pdf_structure.h).
Status WritePdf(const std::vector<Page>& pages,
                const std::vector<StructElem>& elems, const DocInfo& info,
                const FontSet& fonts, std::string* out);

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_HPDF_WRITER_H_
