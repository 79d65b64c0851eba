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
  std::string references;   // w:headerReference/w:footerReference elements
  bool title_page = false;  // a different first page (w:titlePg)
};

// Adds the relationships (ids "rIdH1"…) to `rels`.
HeaderFooterParts BuildHeaderFooter(const model::Document& doc,
                                    const model::Style& style,
                                    Relationships* rels);

// The inside of a w:sectPr: references, page size, margins, columns.
std::string SectionProperties(const model::Style& style,
                              const HeaderFooterParts& hf, bool landscape);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_HEADER_FOOTER_H_
