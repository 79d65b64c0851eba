// Block layout: walks the numbered document (model::Walk) and turns every
// block into Items of the flow (display_list.h): titles, the cover block,
// section headings with their numbers in a hanging column, numbered
// paragraphs and sub-paragraphs, lists, tables, contacts, appendices.
//
// Keep rules are set here and obeyed by the paginator: heading lines keep
// with what follows; a paragraph's first line keeps with its second (no
// orphan) and its last-but-one with its last (no widow).
#ifndef CLERK_RENDER_PDF_FLOW_BUILDER_H_
#define CLERK_RENDER_PDF_FLOW_BUILDER_H_

#include <string>
#include <vector>

#include "model/document.h"
#include "render/pdf/display_list.h"
#include "render/pdf/inline_layout.h"
#include "render/pdf/layout_context.h"

namespace clerk::render::pdf {

class FlowBuilder {
 public:
  FlowBuilder(LayoutContext* ctx, const model::Document& doc);
  Flow Build();

  // Shared by the block helpers (cover_layout.cpp, table_layout.cpp).
  InlineFormat Format(const std::string& text_style) const;
  // Appends lines as items. The first gets the pending gap and `anchors`/
  // `outline`; keep-with-next as for a paragraph (orphan/widow control),
  // all lines when keep_all. Sets the pending gap to space_after.
  void AddLines(std::vector<LineBox> lines, double space_before,
                double space_after, bool keep_all, bool keep_last,
                const std::string& anchor = "",
                const OutlineEntry* outline = nullptr);
  void AddItem(Item item);
  const Frame& frame() const { return frame_; }

  // Tagging (the structure tree, display_list.h StructElem): a new element
  // of `role` under `parent` (the current container when -1).
  int NewElem(const std::string& role, int parent = -1);
  // Gives the text and image ops of `lines` to `elem`; each link in them
  // becomes a Link element under it, text in another language a Span.
  void Tag(std::vector<LineBox>* lines, int elem);
  // Sets the element's /Lang (a block's xml:lang); returns elem.
  int WithLang(int elem, const std::string& lang);

 private:
  struct Context {
    double base = 0;     // x of the container's left edge
    bool in_section = false;
    int list_depth = -1;
    bool restore_portrait = false;  // this container turned landscape on
  };

  bool Enter(const model::Node& n);
  void Exit(const model::Node& n);
  void Title(const model::Node& n);
  void SectionHeading(const model::Node& n);
  void Heading(const model::Node& n);
  void Paragraph(const model::Node& n);
  void ListTitle(const model::Node& n);
  void ListItem(const model::Node& n);
  void Cover(const model::Node& n);
  void Contact(const model::Node& n);
  void Contents(const model::Node& n);  // contents_layout.cpp
  void Table(const model::Node& n);
  // A cell's paragraphs and lists (after its own text) as lines at x.
  void CellBlocks(const model::Node& cell, double x, double width,
                  const InlineFormat& fmt, double leading, int cell_elem,
                  std::vector<LineBox>* lines);
  void Image(const model::Node& n, double x, double width, bool right);
  // A chart drawn with lines, rectangles and text (chart_layout.cpp).
  void Chart(const model::Node& n);
  void Logo();
  // Starts A4 landscape for a container that asks for it; true if it did.
  bool BeginLandscape(const model::Node& n);
  void EndLandscape();
  // Lays out `runs` with a number in a hanging column.
  std::vector<LineBox> Numbered(const model::Runs& runs,
                                const std::string& label,
                                const InlineFormat& fmt,
                                const model::NumLevel& lvl, double base,
                                bool justify, int label_elem, int text_elem,
                                model::Align align = model::Align::kLeft);
  model::NumLevel ListLevel(const model::Node& list, int depth) const;
  // A heading element H1…H6 for `level`, never more than one below the
  // previous heading's level.
  int HeadingElem(int level);
  // Ends the list that groups consecutive numbered paragraphs.
  void CloseList() { tags_.back().list = -1; }

  LayoutContext* ctx_;
  const model::Document& doc_;
  Frame frame_;
  bool landscape_ = false;
  bool pending_break_ = false;
  double pending_gap_ = 0;
  std::vector<Context> stack_;
  std::vector<const model::Node*> lists_;  // open kList nodes
  int item_depth_ = 0;  // list items open around the current block
  // Items that start a title, sub-heading or list heading, with their text:
  // the outline when the document has no sections (minutes, decisions).
  std::vector<std::pair<size_t, OutlineEntry>> fallback_outline_;
  bool has_outline_ = false;
  bool in_cover_ = false;  // cover values are never justified
  // Where new structure elements go: the innermost open container, and the
  // L that consecutive numbered paragraphs in it share.
  struct TagFrame {
    int parent = 0;
    int list = -1;
  };
  std::vector<TagFrame> tags_;
  int heading_level_ = 0;  // of the last heading element
  Flow flow_;
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_FLOW_BUILDER_H_
