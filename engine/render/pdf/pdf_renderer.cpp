// RenderPdf: fonts → block layout → pagination → header/footer → libharu.
#include "render/pdf/pdf_renderer.h"

#include "base/limits.h"
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

}  // namespace

Status RenderPdf(const model::Document& doc, const model::Style& style,
                 const model::RenderOptions& options, Diagnostics* diags,
                 std::string* out) {
  out->clear();
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
  pdf::AddPageFurniture(&ctx, meta, &pages);
  if (sink->error_count() > errors_before) return Status::Ok();  // *out empty

  pdf::DocInfo info;
  info.title = meta.title;
  info.author = !meta.author.empty() ? meta.author : meta.council;
  info.subject = meta.subject;
  info.keywords = meta.keywords;
  info.creator = options.creator;
  info.created = options.created;
  info.language = !meta.language.empty() ? meta.language : style.language;
  return pdf::WritePdf(pages, flow.elems, info, *fonts, out);
}

}  // namespace clerk::render
