#include "pipeline/page_refs.h"

#include <string>

#include "number/contents.h"
#include "number/xrefs.h"
#include "render/pdf/pdf_renderer.h"

namespace clerk {

namespace {

// A layout for page numbers only: what the PDF renderer would say about
// the text (a glyph the font lacks) it says when the PDF is rendered.
Status Layout(const model::Document& doc, const model::Style& style,
              model::PageMap* pages) {
  Diagnostics quiet;
  return render::LayoutPdf(doc, style, &quiet, pages);
}

}  // namespace

bool SettlePageRefs(model::Document* doc, const model::Style& style,
                    Diagnostics* diags, model::PageMap* layout) {
  return SettlePageRefs(doc, style, diags, layout, Layout);
}

bool SettlePageRefs(model::Document* doc, const model::Style& style,
                    Diagnostics* diags, model::PageMap* layout,
                    const PageLayoutFn& lay_out) {
  if (!HasPageRefs(doc->root) && !HasContents(doc->root)) return true;
  model::PageMap pages;
  Status st = lay_out(*doc, style, &pages);
  for (int layouts = 1; st.ok(); ++layouts) {
    FillPageRefs(doc, style, pages, nullptr);
    model::PageMap next;
    st = lay_out(*doc, style, &next);
    if (!st.ok()) break;
    if (next == pages) {
      if (layout != nullptr) *layout = std::move(next);
      return true;
    }
    if (layouts + 1 >= kMaxPageLayouts) {
      const model::Run* moved = FillPageRefs(doc, style, next, &pages);
      std::string msg = "page references did not settle after " +
                        std::to_string(kMaxPageLayouts) +
                        " layouts: the numbers' own length keeps moving text "
                        "between pages";
      SourceLoc loc = moved != nullptr ? moved->loc : SourceLoc{};
      if (doc->draft) {
        diags->Warning(loc, msg);
        if (layout != nullptr) *layout = std::move(next);
        return true;
      }
      diags->Error(loc, msg + "; reword the text near this reference or add a "
                              "page break");
      return false;
    }
    pages = std::move(next);
  }
  diags->Error(SourceLoc{}, "page layout for page references failed: " + st.message());
  return false;
}

}  // namespace clerk
