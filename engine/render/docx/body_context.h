// What the writers of word/document.xml share while they run: the inputs,
// the numbering being built, the part's relationships (hyperlinks, images),
// the bookmarks for cross-reference targets, and the media parts collected.
#ifndef CLERK_RENDER_DOCX_BODY_CONTEXT_H_
#define CLERK_RENDER_DOCX_BODY_CONTEXT_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"
#include "model/document.h"
#include "model/style.h"
#include "render/docx/numbering_part.h"
#include "render/docx/package.h"

namespace clerk::render::docx {

// A bookmark on a cross-reference target.
struct Bookmark {
  std::string name;  // "_Ref_para_2_3": hidden in Word's bookmark list
  int id = 0;        // w:id
  const model::Node* node = nullptr;
  // A page range ("pages 11–84") also marks where the target ends: an
  // empty bookmark at the end of its last paragraph ("" when not needed).
  std::string end_name;
  int end_id = 0;
};

struct BodyContext {
  BodyContext(const model::Document& d, const model::Style& s, Diagnostics* dg,
              Numbering& n, Relationships& r, std::vector<Part>& m)
      : doc(d), style(s), diags(dg), numbering(n), rels(r), media(m) {}

  const model::Document& doc;
  const model::Style& style;
  Diagnostics* diags;  // may be null
  Numbering& numbering;
  Relationships& rels;        // word/_rels/document.xml.rels
  std::vector<Part>& media;   // word/media/* parts added by images
  // Targets of cross-references, by node id.
  std::unordered_map<std::string, Bookmark> bookmarks;
  // The targets of page ranges, whose end is bookmarked too.
  std::unordered_map<const model::Node*, const Bookmark*> end_bookmarks;
  // External link URL -> relationship id.
  std::map<std::string, std::string> links;
  int next_drawing_id = 1;
  int charts = 0;  // word/charts/chartN.xml parts written
  // Bookmarks waiting for the next paragraph (a target that is a list or a
  // table starts at its first paragraph), and those open in the current one.
  std::vector<const Bookmark*> pending_bookmarks, open_bookmarks;
  // Writing state.
  bool landscape = false;    // the current section is landscape
  // The orientation the next block wants. Returning to portrait after a
  // landscape section waits until a block follows, so a document that ends
  // in landscape does not end with an empty portrait page.
  bool want_landscape = false;
  bool wrote_any = false;    // a paragraph has been written
  bool after_section_break = false;  // the last paragraph ended a section
  long long continuation_indent = -1;  // twips, for paragraphs in list items
  int section_depth = 0;
  long long cover_space_after = -1;  // twips after a cover value paragraph     // sections and appendices open around the block
  // The w:sectPr body (header/footer references, page size, margins) for
  // portrait or landscape pages, without the w:sectPr element itself;
  // sect[landscape][first]: the document's first section also carries the
  // different first page.
  std::string sect[2][2];
  bool first_section = true;  // no section has been ended yet

  // The w:sectPr body for the section being ended now.
  const std::string& EndSection() {
    const std::string& s = sect[landscape ? 1 : 0][first_section ? 1 : 0];
    first_section = false;
    return s;
  }

  // The relationship id for an external link, added on first use.
  const std::string& LinkId(const std::string& url);
};

// Collects every kXref target in `doc` that exists and gives each a
// bookmark; warns about targets that do not exist.
void CollectBookmarks(BodyContext* ctx);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_BODY_CONTEXT_H_
