// Several numbered documents laid out as ONE tagged PDF: a meeting's agenda
// pack (the front sheet, then every report). Each part keeps its own style
// and its own header and footer ("Page 2 of 5" counts the part's pages);
// the pack adds its own page number at the foot of every page, a top-level
// bookmark per part (the part's own bookmarks nested under it), and one
// structure tree (a Part element per document under one Document).
//
// Every part starts on a new page, so a part's page count does not depend
// on what comes before it: Add() lays a part out once and says how many
// pages it takes, which is what the agenda's "(Pages N - M)" needs; the
// front sheet, whose length depends on those numbers, is measured with
// LayoutPdf's page map (pdf_renderer.h) until it settles, then added.
#ifndef CLERK_RENDER_PDF_PDF_PACK_H_
#define CLERK_RENDER_PDF_PDF_PACK_H_

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/status.h"
#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"

namespace clerk::render {

struct PdfPackPart {
  const model::Document* doc = nullptr;  // numbered; must outlive Write()
  const model::Style* style = nullptr;   // must outlive Write()
  std::string bookmark;  // the part's top-level outline entry
  std::string anchor;    // an id at the part's first line (link target)
};

class PdfPack {
 public:
  // `page_label` is what the pack prints at the foot of every page, with
  // {page} and {pages} for the pack's page number and count ("Page {page}").
  explicit PdfPack(std::string page_label);
  ~PdfPack();
  PdfPack(const PdfPack&) = delete;
  PdfPack& operator=(const PdfPack&) = delete;

  // Lays out one part and keeps it; returns its page count (0 with errors
  // in diags). Parts are written in the order `order` of Write gives.
  Result<int> Add(const PdfPackPart& part, Diagnostics* diags);
  // Writes the parts (indices in the order of Add) as one PDF. All parts
  // must use the same font family (else an error in diags, *out empty).
  Status Write(const std::vector<size_t>& order, const model::Metadata& meta,
               const model::RenderOptions& options, Diagnostics* diags,
               std::string* out);

 private:
  struct Laid;
  std::string page_label_;
  std::vector<std::unique_ptr<Laid>> parts_;
};

}  // namespace clerk::render

#endif  // CLERK_RENDER_PDF_PDF_PACK_H_
