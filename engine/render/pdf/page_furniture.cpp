#include "render/pdf/page_furniture.h"

#include "render/pdf/inline_layout.h"

namespace clerk::render::pdf {

std::string ExpandFields(const std::string& text, const model::Metadata& meta,
                         int page, int pages) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos) {
        std::string name = text.substr(i + 1, close - i - 1);
        const std::string* value = nullptr;
        std::string number;
        if (name == "classification") value = &meta.classification;
        else if (name == "reference") value = &meta.reference;
        else if (name == "title") value = &meta.title;
        else if (name == "council") value = &meta.council;
        else if (name == "committee") value = &meta.committee;
        else if (name == "date") value = &meta.date;
        else if (name == "page") number = std::to_string(page);
        else if (name == "pages") number = std::to_string(pages);
        if (value != nullptr || !number.empty()) {
          out += value != nullptr ? *value : number;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

namespace {

void Band(LayoutContext* ctx, const model::HeaderFooter& hf,
          const char* text_style, const model::Metadata& meta, int page,
          int pages, bool footer, Page* p) {
  if (page == 1 && !hf.first_page) return;
  const model::TextStyle& ts = ctx->style->Text(text_style);
  Frame frame = MakeFrame(ctx->style->page, p->landscape);
  InlineFormat fmt;
  fmt.size = hf.size > 0 ? hf.size : ts.size;
  fmt.bold = ts.bold;
  fmt.italic = ts.italic;
  fmt.color = ParseColor(ts.color);
  const std::string* parts[3] = {&hf.left, &hf.center, &hf.right};
  for (int k = 0; k < 3; ++k) {
    std::string text = ExpandFields(*parts[k], meta, page, pages);
    if (text.empty()) continue;
    InlineLayout il(ctx);
    il.AddText(text, fmt);
    auto lines = il.Layout(frame.left, frame.width(), 0, 1.0, false);
    if (lines.empty()) continue;
    double w = lines[0].width;
    double dx = k == 0 ? 0 : k == 1 ? (frame.width() - w) / 2 : frame.width() - w;
    double top = footer ? p->height - ctx->style->page.footer_distance - lines[0].height
                        : ctx->style->page.header_distance;
    for (Op op : lines[0].ops) {
      op.x += dx;
      op.y += top;
      p->extra.push_back(op);
    }
  }
}

}  // namespace

void AddPageFurniture(LayoutContext* ctx, const model::Metadata& meta,
                      std::vector<Page>* pages) {
  int n = static_cast<int>(pages->size());
  for (int i = 0; i < n; ++i) {
    Page& p = (*pages)[static_cast<size_t>(i)];
    Band(ctx, ctx->style->header, "header", meta, i + 1, n, false, &p);
    Band(ctx, ctx->style->footer, "footer", meta, i + 1, n, true, &p);
  }
}

}  // namespace clerk::render::pdf
