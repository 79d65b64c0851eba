// Internal to merge/: how a <resolutions> list becomes what the house
// prints (docs/house-style.md, "Resolutions"). After every list is evaluated
// and derived (Merger::DeriveResolutions), a resolution list is picked
// (`items`), merged (`merge`), has its "That" dropped, and is shaped into
// plain model nodes the renderers already print: a list under its heading,
// one paragraph with the heading run in ("Resolved –  That the report be
// noted."), or an ordinary (numbered) paragraph of the section ("84.3
// RESOLVED that …"), with several resolutions lettered inside it. So every
// renderer prints every form without knowing of it.
#ifndef CLERK_MERGE_RESOLUTION_FORMS_H_
#define CLERK_MERGE_RESOLUTION_FORMS_H_

#include <string>
#include <vector>

#include "base/source_loc.h"
#include "model/document.h"

namespace clerk::merge_internal {

// One <resolutions> element's settings: the style's, overridden by the
// template's attributes.
struct ResolutionForm {
  std::string stem;     // "That": after the heading; items lose their "That"
  bool run_in = false;  // a single unlettered resolution on the heading's line
  bool letter_single = true;
  bool as_paragraph = false;  // an ordinary paragraph of the section
  bool drop_that = false;
  bool heading_bold = false;  // the run-in heading (the list-heading style)
  bool heading_italic = false;
  // items="2 3 rec-x": positions (1-based) or item ids of the source list,
  // in the order given; empty = all.
  std::vector<std::string> items;
  bool merge = false;        // the picked items become one resolution
  std::string and_word = "and";  // the style's <xref and>
  // Where the element stood: the paragraph a form="paragraph" becomes is
  // numbered as a <p> there would be.
  bool numbered_context = false;
  int para_level = 0;
};

// Drops a leading "That " or "that " from the first text run.
void DropThat(model::Runs* runs);

// Keeps the items of `source` that `picks` names (positions or ids), in
// that order, as copies appended to *out. False with *error when a pick
// names no item ("items: 'recs' has 3 items, not 4").
bool PickItems(const std::vector<model::Node>& source,
               const std::vector<std::string>& picks,
               const std::string& source_name, std::vector<model::Node>* out,
               std::string* error);

// Joins the items of *items into one sentence: "A, B and C": each but the
// last loses its closing "." or ";" (and a trailing "and"), each but the
// first its leading "That "; the sentence ends with ".". Their nested
// blocks follow in order.
void MergeItems(std::vector<model::Node>* items, const std::string& and_word);

// Shapes the resolution list *list in place by `form` (see the file
// comment). REQUIRES: list->kind == kList, list->list.kind == kResolutions.
void ShapeResolutions(model::Node* list, const ResolutionForm& form);

}  // namespace clerk::merge_internal

#endif  // CLERK_MERGE_RESOLUTION_FORMS_H_
