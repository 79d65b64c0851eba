// Header and footer parts from the style's three-slot templates
// ("{classification}", "Page {page} of {pages}"): the slots become left,
// centre (tab) and right (tab) of one Header/Footer paragraph; {page} and
// {pages} become PAGE and NUMPAGES fields. Also builds the w:sectPr body
// that references them.
#ifndef CLERK_RENDER_DOCX_HEADER_FOOTER_H_
#define CLERK_RENDER_DOCX_HEADER_FOOTER_H_

#include <string>
#include <vector>

#include "model/document.h"
#include "model/style.h"
#include "render/docx/package.h"

namespace clerk::render::docx {

struct HeaderFooterParts {
  std::vector<Part> parts;  // word/header1.xml, word/footer1.xml, …
  // w:headerReference/w:footerReference elements: the default parts for
  // portrait and for landscape pages (their tab stops differ), and the
  // first-page parts of the first section.
  std::string portrait, landscape, first;
  bool title_page = false;  // a different first page (w:titlePg)
};

// Adds the relationships (ids "rIdH1"…) to `rels`. Landscape parts are made
// only when `landscape` is true (the document has a landscape section).
HeaderFooterParts BuildHeaderFooter(const model::Document& doc,
                                    const model::Style& style,
                                    bool landscape, Relationships* rels);

// The inside of a w:sectPr: references, page size, margins, columns.
// `first`: the document's first section (the only one with w:titlePg).
std::string SectionProperties(const model::Style& style,
                              const HeaderFooterParts& hf, bool landscape,
                              bool first);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_HEADER_FOOTER_H_
