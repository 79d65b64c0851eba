// Tagged PDF (PDF/UA-1) on top of libharu 2.3.0, which has no API for it.
//
// This is the one file pair that writes the structure tree, marked content
// (BDC/EMC with MCIDs, artifacts), the ParentTree, link annotations'
// /StructParent and /Contents, and the catalog entries PDF/UA asks for
// (/MarkInfo, /Lang, /ViewerPreferences /DisplayDocTitle, the XMP metadata
// stream with its pdfuaid:part, the 1.7 header, /Tabs /S). It does so with
// libharu's installed internal headers and low-level object API
// (HPDF_Dict_Add, HPDF_Array_Add, the page's content stream); a libharu
// upgrade must re-check only pdf_structure.cpp.
//
// Use: BeginPage, then Mark(elem or artifact kind) before each drawing op
// and Close() around BT/ET, EndPage; ReserveLink when a link rectangle is
// met in drawing order, SetLinkAnnotation once it exists; Finish last.
#ifndef CLERK_RENDER_PDF_PDF_STRUCTURE_H_
#define CLERK_RENDER_PDF_PDF_STRUCTURE_H_

#include <hpdf.h>

#include <string>
#include <vector>

#include "render/pdf/display_list.h"

namespace clerk::render::pdf {

// What the XMP metadata and the catalog say about the document.
struct XmpInfo {
  std::string title, author, subject, keywords, creator, producer;
  std::string created;  // ISO 8601 or ""
  std::string language;  // the document's /Lang
};

// The XMP packet for `info` (every value XML-escaped).
std::string XmpPacket(const XmpInfo& info);

class PdfStructure {
 public:
  PdfStructure(HPDF_Doc pdf, const std::vector<StructElem>& elems,
               size_t pages);

  void BeginPage(size_t index, HPDF_Page page);
  // Makes `mark` (an index into elems, or kArtifact/kHeaderArtifact/
  // kFooterArtifact) the open marked-content sequence; a different open one
  // is closed first. A sequence must not cross BT/ET: Close() before them.
  void Mark(int mark);
  void Close();
  void EndPage();

  // A link rectangle of Link element `elem` on `page`, in reading order;
  // returns its slot for SetLinkAnnotation.
  int ReserveLink(size_t page, int elem);
  // The annotation made for `slot` (nullptr: none was made).
  void SetLinkAnnotation(int slot, HPDF_Annotation annot);

  // Writes the tree and the catalog entries. Call after all pages.
  void Finish(const XmpInfo& info);

 private:
  struct Kid {
    enum Kind { kElem, kMcid, kObjr } kind = kElem;
    int value = 0;  // element index, MCID, or link slot
    size_t page = 0;
  };
  struct Link {
    size_t page = 0;
    int elem = 0;
    HPDF_Annotation annot = nullptr;
  };

  void Write(const char* s);
  void Attach(int elem);
  void AttachInOrder(int elem);

  HPDF_Doc pdf_;
  const std::vector<StructElem>& elems_;
  std::vector<std::vector<Kid>> kids_;
  std::vector<bool> attached_;
  std::vector<std::vector<int>> page_mcids_;  // per page: elem of each MCID
  std::vector<HPDF_Page> pages_;
  std::vector<Link> links_;
  size_t page_ = 0;
  HPDF_Page cur_ = nullptr;
  bool open_ = false;
  int open_mark_ = kArtifact;
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_PDF_STRUCTURE_H_
