// The display list between layout and the libharu writer.
//
// Layout turns the document into a flow of Items: unbreakable vertical
// slices (one line of a paragraph, one table row, a heading line) with the
// drawing operations they contain. Coordinates inside an Item are in points
// with x from the page's left edge and y DOWNWARD from the item's top; the
// paginator gives each item a page and a top, and the writer flips y into
// PDF space. Nothing here knows libharu.
#ifndef CLERK_RENDER_PDF_DISPLAY_LIST_H_
#define CLERK_RENDER_PDF_DISPLAY_LIST_H_

#include <string>
#include <vector>

namespace clerk::render::pdf {

struct Rgb {
  double r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

// "RRGGBB" (or "#RRGGBB") to a colour; black for anything malformed.
Rgb ParseColor(const std::string& hex);

// Font faces of the body family.
enum Face { kRegular = 0, kBold = 1, kItalic = 2, kBoldItalic = 3 };
inline int FaceOf(bool bold, bool italic) {
  return (bold ? 1 : 0) + (italic ? 2 : 0);
}

// What an op is to a reader of the tagged PDF: an index into Flow::elems
// (the structure element its content belongs to), or one of these
// artifacts (decoration, page furniture).
constexpr int kArtifact = -1;        // rules, shading, repeated header rows
constexpr int kHeaderArtifact = -2;  // running header
constexpr int kFooterArtifact = -3;  // running footer, "Page N of M"

struct Op {
  enum Kind { kText, kFill, kStroke, kLine, kLink, kImage } kind = kText;
  // kText: baseline at (x, y); kFill/kStroke/kLink/kImage: box (x, y, w, h)
  // with y its top; kLine: from (x, y) to (x + w, y + h).
  double x = 0, y = 0, w = 0, h = 0;
  int face = kRegular;     // kText
  double size = 0;         // kText: font size; kStroke/kLine: line width
  Rgb color;               // text, fill or stroke colour
  std::string text;        // kText: UTF-8; kLink: URI; kImage: file path
  std::string target;      // kLink: internal target node id (text empty)
  int elem = kArtifact;    // structure element, or an artifact kind
  int link = -1;           // kText/kLink: which link of its line's layout
  std::string lang;        // kText: xml:lang of its run when set ("cy")
};

// One element of the structure tree (Tagged PDF), made by layout in reading
// order. Roles are the standard PDF 1.7 ones: Document, Sect, H1…H6, P, L,
// LI, Lbl, LBody, Table, THead, TBody, TR, TH, TD, Caption, Figure, Link.
struct StructElem {
  std::string role;
  int parent = -1;       // index into Flow::elems; -1 = the root
  std::string alt;       // Figure: /Alt
  std::string lang;      // /Lang when it differs from the document's
  std::string scope;     // TH: "Row" or "Column"
  int col_span = 1;      // TH, TD
  std::string summary;   // Table: /Summary
  std::string contents;  // Link: what the link annotation says (/Contents)
};

struct OutlineEntry {
  std::string title;  // UTF-8, e.g. "2. Current Position"
  int level = 1;      // 1 = top
};

// One unbreakable slice of the flow.
struct Item {
  double height = 0;
  double gap_before = 0;  // space above; dropped at the top of a page
  std::vector<Op> ops;
  bool keep_with_next = false;  // never break between this and the next item
  bool break_before = false;    // a forced page break before this item
  bool landscape = false;       // lives on an A4-landscape page
  int table = -1;               // index into Flow::tables for body rows
  std::vector<std::string> anchors;    // node ids that link here
  std::vector<OutlineEntry> outline;   // bookmarks pointing here
};

// What a table repeats at the top of each continuation page.
struct TableRepeat {
  std::vector<Item> header;  // "(continued)" caption, then header rows
};

// The items a document node made: [begin, end) into Flow::items; empty
// (begin == end) when it drew nothing. For the page map (pdf_renderer.h).
struct NodeItems {
  size_t begin = 0, end = 0;
  std::string id;  // the node's id, or ""
};

struct Flow {
  std::vector<Item> items;
  std::vector<TableRepeat> tables;
  std::vector<StructElem> elems;  // elems[0] is the Document
  std::vector<NodeItems> nodes;   // every document node, in preorder
};

// A page after pagination.
struct PlacedItem {
  const Item* item = nullptr;
  double top = 0;  // from the page's top edge
};
struct Page {
  bool landscape = false;
  double width = 0, height = 0;
  std::vector<PlacedItem> items;
  std::vector<Op> extra;  // header and footer, in page coordinates (top 0);
                          // their ops are kHeaderArtifact / kFooterArtifact
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_DISPLAY_LIST_H_
