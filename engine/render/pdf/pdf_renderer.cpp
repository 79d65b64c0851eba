// RenderPdf: fonts → block layout → pagination → header/footer → libharu.
#include "render/pdf/pdf_renderer.h"

#include "base/limits.h"
#include "model/walk.h"
#include "render/pdf/flow_builder.h"
#include "render/pdf/font_set.h"
#include "render/pdf/hpdf_writer.h"
#include "render/pdf/page_furniture.h"
#include "render/pdf/paginator.h"

namespace clerk::render {

namespace {

// The first main title line, for documents whose metadata has no title.
std::string FirstTitle(const model::Node& root) {
  for (const model::Node& n : root.children) {
    if (n.kind == model::NodeKind::kTitle && n.level == 0) return model::PlainText(n.runs);
  }
  for (const model::Node& n : root.children) {
    if (n.kind == model::NodeKind::kTitle) return model::PlainText(n.runs);
  }
  return "";
}

// Which page each flow item went to, then each node's first and last.
PdfLayout MakePageMap(const pdf::Flow& flow, const std::vector<pdf::Page>& pages) {
  std::vector<int> page_of(flow.items.size(), 0);
  const pdf::Item* base = flow.items.data();
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const pdf::PlacedItem& placed : pages[p].items) {
      // Repeated table headers live outside flow.items.
      if (placed.item < base || placed.item >= base + flow.items.size()) continue;
      page_of[static_cast<size_t>(placed.item - base)] = static_cast<int>(p + 1);
    }
  }
  PdfLayout layout;
  layout.page_count = static_cast<int>(pages.size());
  layout.nodes.reserve(flow.nodes.size());
  for (const pdf::NodeItems& n : flow.nodes) {
    model::PageSpan span;
    if (n.begin < n.end) {
      span.first = page_of[n.begin];
      span.last = page_of[n.end - 1];
    } else {
      // Nothing drawn: where the next line went (or the last page).
      span.first = n.begin < page_of.size() ? page_of[n.begin] : layout.page_count;
      span.last = span.first;
    }
    layout.nodes.push_back(span);
    if (!n.id.empty()) layout.anchors.emplace(n.id, span);
  }
  return layout;
}

// For each page, the appendix it belongs to ("Appendix 1"; its title when
// unnumbered), or "": the header and footer's {appendix}.
std::vector<std::string> AppendixOfPage(const model::Node& root, const PdfLayout& map) {
  std::vector<std::string> out(static_cast<size_t>(map.page_count));
  size_t index = 0;
  model::Walk(root, [&](const model::Node& n, model::Event e) {
    if (e == model::Event::kExit) return true;
    size_t i = index++;
    if (n.kind != model::NodeKind::kAppendix || i >= map.nodes.size()) return true;
    std::string label = !n.number.label.empty() ? n.number.label : model::PlainText(n.title);
    for (int p = map.nodes[i].first; p >= 1 && p <= map.nodes[i].last && p <= map.page_count; ++p) {
      out[static_cast<size_t>(p - 1)] = label;
    }
    return true;
  });
  return out;
}

}  // namespace

Status LayoutPdf(const model::Document& doc, const model::Style& style,
                 Diagnostics* diags, PdfLayout* layout) {
  *layout = PdfLayout{};
  auto fonts = pdf::FontSet::Load(style.font);
  if (!fonts.ok()) return fonts.status();
  Diagnostics local;
  pdf::LayoutContext ctx;
  ctx.fonts = &*fonts;
  ctx.style = &style;
  ctx.diags = diags != nullptr ? diags : &local;
  ctx.draft = doc.draft;
  pdf::Flow flow = pdf::FlowBuilder(&ctx, doc).Build();
  std::vector<pdf::Page> pages = pdf::Paginate(flow, style.page);
  *layout = MakePageMap(flow, pages);
  return Status::Ok();
}

Status RenderPdf(const model::Document& doc, const model::Style& style,
                 const model::RenderOptions& options, Diagnostics* diags,
                 std::string* out, PdfLayout* layout) {
  out->clear();
  if (layout != nullptr) *layout = PdfLayout{};
  auto fonts = pdf::FontSet::Load(style.font);
  if (!fonts.ok()) return fonts.status();
  Diagnostics local;
  Diagnostics* sink = diags != nullptr ? diags : &local;
  int errors_before = sink->error_count();

  pdf::LayoutContext ctx;
  ctx.fonts = &*fonts;
  ctx.style = &style;
  ctx.diags = sink;
  ctx.draft = doc.draft;

  pdf::Flow flow = pdf::FlowBuilder(&ctx, doc).Build();
  std::vector<pdf::Page> pages = pdf::Paginate(flow, style.page);
  if (pages.size() > limits::kMaxPdfPages) {
    sink->Error(SourceLoc{}, "the PDF would have " + std::to_string(pages.size()) +
                                 " pages, more than the limit of " +
                                 std::to_string(limits::kMaxPdfPages) +
                                 " pages; split the report");
    return Status::Ok();  // *out empty
  }
  model::Metadata meta = doc.meta;
  if (meta.title.empty()) meta.title = FirstTitle(doc.root);
  PdfLayout map = MakePageMap(flow, pages);
  pdf::AddPageFurniture(&ctx, meta, &pages, AppendixOfPage(doc.root, map));
  if (sink->error_count() > errors_before) return Status::Ok();  // *out empty

  pdf::DocInfo info;
  info.title = meta.title;
  info.author = !meta.author.empty() ? meta.author : meta.council;
  info.subject = meta.subject;
  info.keywords = meta.keywords;
  info.creator = options.creator;
  info.created = options.created;
  info.language = !meta.language.empty() ? meta.language : style.language;
  Status st = pdf::WritePdf(pages, flow.elems, info, *fonts, out);
  if (st.ok() && layout != nullptr && !out->empty()) *layout = std::move(map);
  return st;
}

}  // namespace clerk::render
