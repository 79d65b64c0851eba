// PdfPack: each part through the ordinary layout (FlowBuilder, Paginate,
// its own page furniture), then one structure tree, one outline and one
// libharu document for all of them.
#include "render/pdf/pdf_pack.h"

#include "base/limits.h"
#include "render/pdf/flow_builder.h"
#include "render/pdf/font_set.h"
#include "render/pdf/hpdf_writer.h"
#include "render/pdf/page_furniture.h"
#include "render/pdf/paginator.h"

namespace clerk::render {

using pdf::Flow;
using pdf::Page;

struct PdfPack::Laid {
  PdfPackPart part;
  std::unique_ptr<pdf::FontSet> fonts;
  pdf::LayoutContext ctx;
  Flow flow;
  std::vector<Page> pages;
};

PdfPack::PdfPack(std::string page_label) : page_label_(std::move(page_label)) {}
PdfPack::~PdfPack() = default;

namespace {

// Lays `doc` out into l->flow and l->pages with l's context.
bool LayOut(const model::Document& doc, pdf::LayoutContext* ctx, Flow* flow,
            std::vector<Page>* pages) {
  int before = ctx->diags->error_count();
  *flow = pdf::FlowBuilder(ctx, doc).Build();
  *pages = pdf::Paginate(*flow, ctx->style->page);
  return ctx->diags->error_count() == before;
}

// The pack's own page label, centred below the part's footer, as page
// furniture (an artifact).
void AddPackLabel(pdf::LayoutContext* ctx, const std::string& text,
                  Page* p) {
  const model::TextStyle& ts = ctx->style->Text("footer");
  pdf::InlineFormat fmt;
  fmt.size = ctx->style->footer.size > 0 ? ctx->style->footer.size : ts.size;
  fmt.bold = true;
  fmt.color = pdf::ParseColor(ts.color);
  pdf::InlineLayout il(ctx);
  il.AddText(text, fmt);
  auto lines = il.Layout(0, p->width, 0, 1.15, false);
  if (lines.empty()) return;
  const pdf::LineBox& lb = lines.front();
  // Between the footer and the paper's edge: half the footer distance up.
  double top = p->height - ctx->style->page.footer_distance / 2 - lb.height;
  double x = (p->width - lb.width) / 2;
  for (pdf::Op op : lb.ops) {
    op.x += x;
    op.y += top;
    op.elem = pdf::kFooterArtifact;
    p->extra.push_back(op);
  }
}

std::string Expand(const std::string& label, int page, int pages) {
  model::Metadata none;
  return pdf::ExpandFields(label, none, page, pages);
}

void ShiftElems(std::vector<pdf::Op>* ops, int offset) {
  for (pdf::Op& op : *ops) {
    if (op.elem >= 0) op.elem += offset;
  }
}

}  // namespace

Result<int> PdfPack::Add(const PdfPackPart& part, Diagnostics* diags) {
  auto fonts = pdf::FontSet::Load(part.style->font);
  if (!fonts.ok()) return fonts.status();
  auto l = std::make_unique<Laid>();
  l->part = part;
  l->fonts = std::make_unique<pdf::FontSet>(std::move(*fonts));
  l->ctx.fonts = l->fonts.get();
  l->ctx.style = part.style;
  l->ctx.diags = diags;
  l->ctx.draft = part.doc->draft;
  if (!LayOut(*part.doc, &l->ctx, &l->flow, &l->pages)) return 0;
  model::Metadata meta = part.doc->meta;
  pdf::AddPageFurniture(&l->ctx, meta, &l->pages);
  if (!l->flow.items.empty()) {
    pdf::Item& first = l->flow.items.front();
    for (pdf::Item& it : l->flow.items) {
      for (pdf::OutlineEntry& e : it.outline) ++e.level;
    }
    first.outline.insert(first.outline.begin(),
                         pdf::OutlineEntry{part.bookmark, 1});
    if (!part.anchor.empty()) first.anchors.push_back(part.anchor);
  }
  int n = static_cast<int>(l->pages.size());
  parts_.push_back(std::move(l));
  return n;
}

Status PdfPack::Write(const std::vector<size_t>& order,
                      const model::Metadata& meta,
                      const model::RenderOptions& options, Diagnostics* diags,
                      std::string* out) {
  out->clear();
  if (order.empty()) return Status::Ok();
  int errors_before = diags->error_count();
  const Laid& head = *parts_[order.front()];
  size_t total = 0;
  for (size_t i : order) {
    const Laid& l = *parts_[i];
    total += l.pages.size();
    for (int f = 0; f < 4; ++f) {
      if (l.fonts->path(f) != head.fonts->path(f)) {
        diags->Error(l.part.doc->root.loc,
                     "'" + l.part.bookmark + "' is set in " +
                         l.fonts->path(f) + " but the pack in " +
                         head.fonts->path(f) +
                         ": the papers of one pack share one font family");
        return Status::Ok();
      }
    }
  }
  if (total > limits::kMaxPdfPages) {
    diags->Error(SourceLoc{}, "the pack would have " + std::to_string(total) +
                                  " pages, more than the limit of " +
                                  std::to_string(limits::kMaxPdfPages));
    return Status::Ok();
  }
  // One structure tree: the Document, and each part's tree as a Part in it.
  std::vector<pdf::StructElem> elems(1);
  elems[0].role = "Document";
  std::vector<Page> pages;
  pages.reserve(total);
  int pack_pages = static_cast<int>(total);
  for (size_t i : order) {
    Laid& l = *parts_[i];
    int offset = static_cast<int>(elems.size());
    for (size_t e = 0; e < l.flow.elems.size(); ++e) {
      pdf::StructElem se = l.flow.elems[e];
      if (e == 0) {
        se.role = "Part";
        se.parent = 0;
      } else if (se.parent >= 0) {
        se.parent += offset;
      } else {
        se.parent = offset;
      }
      elems.push_back(std::move(se));
    }
    for (pdf::Item& it : l.flow.items) ShiftElems(&it.ops, offset);
    for (pdf::TableRepeat& t : l.flow.tables) {
      for (pdf::Item& it : t.header) ShiftElems(&it.ops, offset);
    }
    for (Page& p : l.pages) {
      int number = static_cast<int>(pages.size()) + 1;
      AddPackLabel(&l.ctx, Expand(page_label_, number, pack_pages), &p);
      pages.push_back(p);
    }
  }
  if (diags->error_count() > errors_before) return Status::Ok();
  pdf::DocInfo info;
  info.title = meta.title;
  info.author = !meta.author.empty() ? meta.author : meta.council;
  info.subject = meta.subject;
  info.keywords = meta.keywords;
  info.creator = options.creator;
  info.created = options.created;
  info.language =
      !meta.language.empty() ? meta.language : head.part.style->language;
  return pdf::WritePdf(pages, elems, info, *head.fonts, out);
}

}  // namespace clerk::render
