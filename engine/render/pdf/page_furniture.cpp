#include "render/pdf/page_furniture.h"

#include <algorithm>

#include "render/pdf/hpdf_resources.h"
#include "render/pdf/inline_layout.h"

namespace clerk::render::pdf {

std::string ExpandFields(const std::string& text, const model::Metadata& meta,
                         int page, int pages, const std::string& appendix) {
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
        else if (name == "appendix") value = &appendix;
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
          int pages, const std::string& appendix, bool footer, Page* p) {
  if (page == 1 && !hf.first_page) return;
  const model::TextStyle& ts = ctx->style->Text(text_style);
  Frame frame = MakeFrame(ctx->style->page, p->landscape);
  InlineFormat fmt;
  fmt.size = hf.size > 0 ? hf.size : ts.size;
  fmt.bold = ts.bold;
  fmt.italic = ts.italic;
  fmt.color = ParseColor(ts.color);
  std::string texts[3];
  for (int k = 0; k < 3; ++k) {
    const std::string& part = k == 0 ? hf.left : k == 1 ? hf.center : hf.right;
    texts[k] = ExpandFields(part, meta, page, pages, appendix);
    // A band that only says where it is ("{appendix}") is empty outside.
    if (texts[k].find_first_not_of(' ') == std::string::npos) texts[k].clear();
  }
  // Each part gets its own column so that a long left or right text wraps
  // instead of running into the centre one: the centre keeps its natural
  // width (at most half the line); the sides share the rest.
  constexpr double kGap = 12;
  double center_w = 0;
  if (!texts[1].empty()) {
    InlineLayout probe(ctx);
    probe.AddText(texts[1], fmt);
    center_w = std::min(probe.NaturalWidth(), frame.width() / 2);
  }
  double side_w = texts[1].empty() ? (texts[0].empty() || texts[2].empty()
                                          ? frame.width()
                                          : (frame.width() - kGap) / 2)
                                   : (frame.width() - center_w) / 2 - kGap;
  for (int k = 0; k < 3; ++k) {
    if (texts[k].empty()) continue;
    double col_w = k == 1 ? center_w : side_w;
    InlineLayout il(ctx);
    // A field can be any length (a 100,000-character title): a band keeps
    // 1,000 characters and three lines, so it never covers the text and a
    // page costs the same whatever the title.
    il.AddText(ClampPdfTitle(texts[k]), fmt);
    auto lines = il.Layout(0, std::max(col_w, 20.0), 0, 1.15, false);
    if (lines.empty()) continue;
    if (lines.size() > 3) lines.resize(3);
    double height = 0;
    for (const LineBox& lb : lines) height += lb.height;
    // Headers grow downward from their distance, footers upward.
    double top = footer ? p->height - ctx->style->page.footer_distance - height
                        : ctx->style->page.header_distance;
    for (const LineBox& lb : lines) {
      double w = lb.width;
      double x = k == 0 ? frame.left
                 : k == 1 ? frame.left + (frame.width() - w) / 2
                          : frame.right - w;
      for (Op op : lb.ops) {
        op.x += x;
        op.y += top;
        op.elem = footer ? kFooterArtifact : kHeaderArtifact;
        p->extra.push_back(op);
      }
      top += lb.height;
    }
  }
}

}  // namespace

void AddPageFurniture(LayoutContext* ctx, const model::Metadata& meta,
                      std::vector<Page>* pages,
                      const std::vector<std::string>& appendix_of_page) {
  int n = static_cast<int>(pages->size());
  static const std::string kNone;
  for (int i = 0; i < n; ++i) {
    Page& p = (*pages)[static_cast<size_t>(i)];
    const std::string& appendix =
        static_cast<size_t>(i) < appendix_of_page.size() ? appendix_of_page[static_cast<size_t>(i)] : kNone;
    Band(ctx, ctx->style->header, "header", meta, i + 1, n, appendix, false, &p);
    Band(ctx, ctx->style->footer, "footer", meta, i + 1, n, appendix, true, &p);
  }
}

}  // namespace clerk::render::pdf
