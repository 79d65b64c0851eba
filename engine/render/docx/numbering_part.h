// Numbering: turns the numbers our numbering pass put on the nodes into
// Word lists (numbering.xml) that show the same numbers.
//
// One w:abstractNum per scheme of the style ("body" is one multilevel list:
// sections, paragraphs, sub-paragraphs, sub-sub-paragraphs). Each scheme has
// a base w:num without overrides, which the linked paragraph styles point at
// (style_ids.h). Every further run of a scheme (a new number.instance, or
// number.restart) gets its own w:num with w:startOverride, so a lettered list
// inside each repeated minute restarts at (a) and a section numbered from
// data starts at 84.
//
// Assign() also simulates what Word will count and compares it with
// number.label; where they would differ it tries a fresh w:num with explicit
// start values, and if Word still could not produce the label the paragraph
// gets the label as literal text (and a warning), so the page never shows a
// number other than clerk's.
#ifndef CLERK_RENDER_DOCX_NUMBERING_PART_H_
#define CLERK_RENDER_DOCX_NUMBERING_PART_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/document.h"
#include "model/style.h"

namespace clerk::render::docx {

// How one paragraph is numbered.
struct NumRef {
  int num_id = 0;       // w:numId; 0 = not numbered by a Word list
  int ilvl = 0;         // w:ilvl
  std::string literal;  // the label to print as text when num_id is 0
  bool tab_after = true;  // literal: a tab (hanging column) or a space after
  double indent_pt = -1;  // literal: the level's indent (-1: unknown)
  double hanging_pt = 0;  // literal: the level's number column
};

class Numbering {
 public:
  // `diags` may be null.
  Numbering(const model::Style& style, Diagnostics* diags);

  // The number for `node` (kSection, kHeading, kParagraph, kListItem,
  // kAppendix, kTable caption). Call in document order, once per node.
  // Returns num_id 0 and an empty literal for an unnumbered node.
  NumRef Assign(const model::Node& node);

  // A bulleted list item of `scheme` ("bullet", or a house scheme of
  // bullets such as "dash") at nesting `level` (bullets carry no label).
  NumRef Bullet(const model::Node& item, std::string_view scheme, int level);

  // The base w:numId of `scheme` (what linked styles use); 0 if the style
  // has no such scheme, or (with `level`) the scheme has no such level.
  int BaseNumId(std::string_view scheme, int level = 0) const;

  // numbering.xml. Always valid, even when nothing was numbered.
  std::string Xml() const;

 private:
  struct Scheme {
    const model::NumScheme* def = nullptr;
    int abstract_id = 0;
    int base_num = 0;
    // The run being numbered now.
    int num_id = 0;
    int instance = -1;
    std::vector<int> model_values;  // latest value per level, from the model
  };
  struct Sim {  // what Word counts in one w:num
    int counters[9] = {};
    bool used[9] = {};
  };
  struct Num {
    int num_id = 0;
    const Scheme* scheme = nullptr;
    std::map<int, int> start_overrides;  // level -> value
    Sim sim;
  };

  Num* NewNum(Scheme* s, std::map<int, int> overrides);
  // Counts `level` in `num` (a copy); the label Word would show, or "" when
  // the count would depend on how Word treats a start override on restart.
  static std::string Count(const Num& num, Sim* sim, int level);
  void Warn(const model::Node& node, std::string message);

  Diagnostics* diags_;
  std::map<std::string, Scheme, std::less<>> schemes_;
  std::vector<std::string> order_;  // scheme names in abstractNum order
  std::vector<Num> nums_;           // nums_[i].num_id == i + 1
  std::map<std::string, bool, std::less<>> warned_;
};

// Word's w:numFmt value for a format.
std::string_view NumFmtName(model::NumFormat f);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_NUMBERING_PART_H_
