// The id attribute of every numbered node, so that anyone can link to
// paragraph 2.3 of a published paper (#para-2-3) and cross-references are
// ordinary links.
#ifndef CLERK_RENDER_HTML_HTML_IDS_H_
#define CLERK_RENDER_HTML_HTML_IDS_H_

#include <map>
#include <string>

#include "model/document.h"

namespace clerk::render::html {

// Ids by node, and the id a template id (a cross-reference target) maps to.
struct IdMap {
  std::map<const model::Node*, std::string> by_node;
  std::map<std::string, std::string> by_target;

  // The node's id, or "" when it has none.
  const std::string& Of(const model::Node& n) const;
};

// Gives ids from the numbers the numbering pass stored (never recounting):
//   section "2."            section-2        appendix "Appendix 1"  appendix-1
//   paragraph "2.3"         para-2-3         its sub-paragraph "(a)" para-2-3-a
//   numbered heading "2.4"  para-2-4         table "Table 1"         table-1
//   recommendation "1."     rec-1            resolution "(b)"        res-b
//   numbered list item "1." item-1           nested item             its parent's id + "-" + label
// An unnumbered node with a template id keeps that id. When the same id
// would be given twice (two "RESOLVED:" lists that each start at (1), the
// cover's recommendations and the section's), first the cover's copies
// are qualified (rec-cover-1); if ids of a kind still clash, every id of
// that kind is qualified by its top-level section or appendix (res-86-1,
// res-87-1, … for all resolutions); what still clashes gets -2, -3 in
// document order. "main" and ids starting "clerk-" are the page's own.
IdMap AssignIds(const model::Document& doc);

}  // namespace clerk::render::html

#endif  // CLERK_RENDER_HTML_HTML_IDS_H_
