#include "render/pdf/pdf_structure.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <cstdio>

#include "base/utf8.h"

namespace clerk::render::pdf {

namespace {

// XML text: escapes markup characters and drops the control characters
// XML 1.0 cannot carry.
std::string XmlText(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string XmpPacket(const XmpInfo& info) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
  x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + XmlText(info.title) +
       "</rdf:li></rdf:Alt></dc:title>\n";
  if (!info.author.empty()) {
    x += "   <dc:creator><rdf:Seq><rdf:li>" + XmlText(info.author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!info.subject.empty()) {
    x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         XmlText(info.subject) + "</rdf:li></rdf:Alt></dc:description>\n";
  }
  if (!info.language.empty()) {
    x += "   <dc:language><rdf:Bag><rdf:li>" + XmlText(info.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
  }
  if (!info.keywords.empty()) {
    x += "   <pdf:Keywords>" + XmlText(info.keywords) + "</pdf:Keywords>\n";
  }
  x += "   <pdf:Producer>" + XmlText(info.producer) + "</pdf:Producer>\n";
  if (!info.creator.empty()) {
    x += "   <xmp:CreatorTool>" + XmlText(info.creator) + "</xmp:CreatorTool>\n";
  }
  if (!info.created.empty()) {
    x += "   <xmp:CreateDate>" + XmlText(info.created) + "</xmp:CreateDate>\n";
  }
  x += "   <pdfuaid:part>1</pdfuaid:part>\n"
       "  </rdf:Description>\n"
       " </rdf:RDF>\n"
       "</x:xmpmeta>\n"
       "<?xpacket end=\"w\"?>";
  return x;
}

PdfStructure::PdfStructure(HPDF_Doc pdf, const std::vector<StructElem>& elems,
                           size_t pages)
    : pdf_(pdf),
      elems_(elems),
      kids_(elems.size()),
      attached_(elems.size(), false),
      page_mcids_(pages),
      pages_(pages, nullptr) {}

void PdfStructure::Write(const char* s) {
  HPDF_Stream_WriteStr(static_cast<HPDF_PageAttr>(cur_->attr)->stream, s);
}

void PdfStructure::BeginPage(size_t index, HPDF_Page page) {
  page_ = index;
  cur_ = page;
  pages_[index] = page;
  open_ = false;
}

void PdfStructure::Attach(int elem) {
  if (attached_[static_cast<size_t>(elem)]) return;
  attached_[static_cast<size_t>(elem)] = true;
  int parent = elems_[static_cast<size_t>(elem)].parent;
  if (parent < 0) return;  // the Document: the tree root's only kid
  Attach(parent);
  kids_[static_cast<size_t>(parent)].push_back(Kid{Kid::kElem, elem, 0});
}

// For elements without content (an empty table cell): placed among their
// siblings by creation order, which is reading order.
void PdfStructure::AttachInOrder(int elem) {
  if (attached_[static_cast<size_t>(elem)]) return;
  attached_[static_cast<size_t>(elem)] = true;
  int parent = elems_[static_cast<size_t>(elem)].parent;
  if (parent < 0) return;
  AttachInOrder(parent);
  std::vector<Kid>& kids = kids_[static_cast<size_t>(parent)];
  auto at = kids.begin();
  while (at != kids.end() && !(at->kind == Kid::kElem && at->value > elem)) ++at;
  kids.insert(at, Kid{Kid::kElem, elem, 0});
}

void PdfStructure::Mark(int mark) {
  if (open_ && mark == open_mark_) return;
  Close();
  if (mark >= 0) {
    std::vector<int>& mcids = page_mcids_[page_];
    int mcid = static_cast<int>(mcids.size());
    mcids.push_back(mark);
    Attach(mark);
    kids_[static_cast<size_t>(mark)].push_back(Kid{Kid::kMcid, mcid, page_});
    char buf[64];
    std::snprintf(buf, sizeof buf, "/%s <</MCID %d>> BDC\n",
                  elems_[static_cast<size_t>(mark)].role.c_str(), mcid);
    Write(buf);
  } else if (mark == kHeaderArtifact) {
    Write("/Artifact <</Type /Pagination /Subtype /Header>> BDC\n");
  } else if (mark == kFooterArtifact) {
    Write("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n");
  } else {
    Write("/Artifact BMC\n");
  }
  open_ = true;
  open_mark_ = mark;
}

void PdfStructure::Close() {
  if (!open_) return;
  Write("EMC\n");
  open_ = false;
}

void PdfStructure::EndPage() { Close(); }

int PdfStructure::ReserveLink(size_t page, int elem) {
  int slot = static_cast<int>(links_.size());
  links_.push_back(Link{page, elem, nullptr});
  if (elem >= 0) {
    Attach(elem);
    kids_[static_cast<size_t>(elem)].push_back(Kid{Kid::kObjr, slot, page});
  }
  return slot;
}

void PdfStructure::SetLinkAnnotation(int slot, HPDF_Annotation annot) {
  links_[static_cast<size_t>(slot)].annot = annot;
}

void PdfStructure::Finish(const XmpInfo& info) {
  HPDF_MMgr mmgr = pdf_->mmgr;
  HPDF_Xref xref = pdf_->xref;
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf_, "UTF-8");
  auto text = [&](const std::string& s) { return HPDF_String_New(mmgr, s.c_str(), utf8); };

  for (size_t e = 0; e < elems_.size(); ++e) {
    const std::string& r = elems_[e].role;
    if (r == "TH" || r == "TD") AttachInOrder(static_cast<int>(e));
  }
  if (!elems_.empty()) attached_[0] = true;

  // One indirect dictionary per element that made it into the tree.
  HPDF_Dict root = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(xref, root);
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  std::vector<HPDF_Dict> dicts(elems_.size(), nullptr);
  for (size_t e = 0; e < elems_.size(); ++e) {
    if (!attached_[e]) continue;
    dicts[e] = HPDF_Dict_New(mmgr);
    HPDF_Xref_Add(xref, dicts[e]);
  }
  for (size_t e = 0; e < elems_.size(); ++e) {
    HPDF_Dict d = dicts[e];
    if (d == nullptr) continue;
    const StructElem& el = elems_[e];
    HPDF_Dict_AddName(d, "Type", "StructElem");
    HPDF_Dict_AddName(d, "S", el.role.c_str());
    HPDF_Dict_Add(d, "P", el.parent < 0 ? root : dicts[static_cast<size_t>(el.parent)]);
    const std::vector<Kid>& kids = kids_[e];
    HPDF_Page pg = nullptr;
    for (const Kid& k : kids) {
      if (k.kind == Kid::kMcid) {
        pg = pages_[k.page];
        break;
      }
    }
    if (pg != nullptr) HPDF_Dict_Add(d, "Pg", pg);
    HPDF_Array k_arr = HPDF_Array_New(mmgr);
    for (const Kid& k : kids) {
      if (k.kind == Kid::kElem) {
        HPDF_Array_Add(k_arr, dicts[static_cast<size_t>(k.value)]);
      } else if (k.kind == Kid::kMcid) {
        if (pages_[k.page] == pg) {
          HPDF_Array_AddNumber(k_arr, k.value);
        } else {
          HPDF_Dict mcr = HPDF_Dict_New(mmgr);
          HPDF_Dict_AddName(mcr, "Type", "MCR");
          HPDF_Dict_Add(mcr, "Pg", pages_[k.page]);
          HPDF_Dict_AddNumber(mcr, "MCID", k.value);
          HPDF_Array_Add(k_arr, mcr);
        }
      } else {
        const Link& l = links_[static_cast<size_t>(k.value)];
        if (l.annot == nullptr) continue;
        HPDF_Dict objr = HPDF_Dict_New(mmgr);
        HPDF_Dict_AddName(objr, "Type", "OBJR");
        HPDF_Dict_Add(objr, "Obj", l.annot);
        HPDF_Dict_Add(objr, "Pg", pages_[l.page]);
        HPDF_Array_Add(k_arr, objr);
      }
    }
    HPDF_Dict_Add(d, "K", k_arr);
    if (!el.alt.empty()) HPDF_Dict_Add(d, "Alt", text(el.alt));
    if (!el.lang.empty()) HPDF_Dict_Add(d, "Lang", text(el.lang));
    if (!el.scope.empty() || el.col_span > 1 || !el.summary.empty()) {
      HPDF_Dict a = HPDF_Dict_New(mmgr);
      HPDF_Dict_AddName(a, "O", "Table");
      if (!el.scope.empty()) HPDF_Dict_AddName(a, "Scope", el.scope.c_str());
      if (el.col_span > 1) HPDF_Dict_AddNumber(a, "ColSpan", el.col_span);
      if (!el.summary.empty()) HPDF_Dict_Add(a, "Summary", text(el.summary));
      HPDF_Dict_Add(d, "A", a);
    }
  }
  if (!dicts.empty() && dicts[0] != nullptr) HPDF_Dict_Add(root, "K", dicts[0]);

  // ParentTree: a key per page with marked content (its MCIDs' elements),
  // then one per link annotation (its Link element).
  HPDF_Dict parent_tree = HPDF_Dict_New(mmgr);
  HPDF_Array nums = HPDF_Array_New(mmgr);
  int key = 0;
  for (size_t p = 0; p < pages_.size(); ++p) {
    if (page_mcids_[p].empty() || pages_[p] == nullptr) continue;
    HPDF_Dict_AddNumber(pages_[p], "StructParents", key);
    HPDF_Array_AddNumber(nums, key++);
    HPDF_Array arr = HPDF_Array_New(mmgr);
    for (int e : page_mcids_[p]) HPDF_Array_Add(arr, dicts[static_cast<size_t>(e)]);
    HPDF_Array_Add(nums, arr);
  }
  std::vector<bool> has_annots(pages_.size(), false);
  for (const Link& l : links_) {
    if (l.annot == nullptr) continue;
    has_annots[l.page] = true;
    if (l.elem < 0 || dicts[static_cast<size_t>(l.elem)] == nullptr) continue;
    HPDF_Dict_AddNumber(l.annot, "StructParent", key);
    HPDF_Dict_Add(l.annot, "Contents", text(elems_[static_cast<size_t>(l.elem)].contents));
    HPDF_Array_AddNumber(nums, key++);
    HPDF_Array_Add(nums, dicts[static_cast<size_t>(l.elem)]);
  }
  HPDF_Dict_Add(parent_tree, "Nums", nums);
  HPDF_Dict_Add(root, "ParentTree", parent_tree);
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key);
  for (size_t p = 0; p < pages_.size(); ++p) {
    if (has_annots[p]) HPDF_Dict_AddName(pages_[p], "Tabs", "S");
  }

  HPDF_Dict catalog = pdf_->catalog;
  HPDF_Dict_Add(catalog, "StructTreeRoot", root);
  HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  HPDF_Dict_Add(catalog, "MarkInfo", mark_info);
  HPDF_Dict prefs = HPDF_Dict_New(mmgr);
  HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
  HPDF_Dict_Add(catalog, "ViewerPreferences", prefs);
  HPDF_Dict_Add(catalog, "Lang", HPDF_String_New(mmgr, info.language.c_str(), nullptr));
  HPDF_Dict meta = HPDF_DictStream_New(mmgr, xref);
  if (meta != nullptr) {
    HPDF_Dict_AddName(meta, "Type", "Metadata");
    HPDF_Dict_AddName(meta, "Subtype", "XML");
    std::string xmp = XmpPacket(info);
    HPDF_Stream_Write(meta->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()),
                      static_cast<HPDF_UINT>(xmp.size()));
    HPDF_Dict_Add(catalog, "Metadata", meta);
  }
  pdf_->pdf_version = HPDF_VER_17;
}

}  // namespace clerk::render::pdf
