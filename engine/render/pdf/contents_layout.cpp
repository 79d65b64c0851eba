// The table of contents (model kContents): its title as a heading, then per
// entry the entry's text at the left (a link to its target), dot leaders
// and the page number right-aligned. Tagged for PDF/UA as TOC > TOCI >
// Reference (holding the Link and the page number); the leaders are
// artifacts.
#include <algorithm>

#include "render/pdf/flow_builder.h"

namespace clerk::render::pdf {

void FlowBuilder::Contents(const model::Node& n) {
  if (!n.title.empty()) {
    const model::TextStyle& ts = ctx_->style->Text("heading1");
    InlineLayout il(ctx_);
    il.AddRuns(n.title, Format("heading1"));
    auto lines = il.Layout(stack_.back().base, frame_.right - stack_.back().base, 0,
                           ts.line_height, false);
    Tag(&lines, HeadingElem(1));
    AddLines(std::move(lines), ts.space_before, ts.space_after, true, true, n.id);
  }
  if (n.children.empty()) return;
  const model::TextStyle& ts = ctx_->style->Text("normal");
  const InlineFormat fmt = Format("normal");
  const int face = FaceOf(fmt.bold, fmt.italic);
  const double left = stack_.back().base;
  const double gap = ctx_->fonts->Width(face, "  ", fmt.size);
  // Room for the widest page number, so every entry wraps alike.
  double page_w = 0;
  for (const model::Node& e : n.children) {
    page_w = std::max(page_w, ctx_->fonts->Width(face, std::to_string(e.page), fmt.size));
  }
  const double dot_w = ctx_->fonts->Width(face, " .", fmt.size);
  int toc = NewElem("TOC");
  for (const model::Node& e : n.children) {
    int toci = NewElem("TOCI", toc);
    int ref = NewElem("Reference", toci);
    double indent = left + (e.level > 1 ? 18 * (e.level - 1) : 0);
    InlineLayout il(ctx_);
    il.AddRuns(e.runs, fmt);
    double width = frame_.right - indent - page_w - gap - 3 * dot_w;
    auto lines = il.Layout(indent, std::max(width, 40.0), 0, ts.line_height, false);
    if (lines.empty()) continue;
    Tag(&lines, ref);
    LineBox& last = lines.back();
    double baseline = 0;
    for (const Op& op : last.ops) {
      if (op.kind == Op::kText) {
        baseline = op.y;
        break;
      }
    }
    std::string page = e.page > 0 ? std::to_string(e.page) : "";
    double pw = ctx_->fonts->Width(face, page, fmt.size);
    double page_x = frame_.right - pw;
    // Dot leaders on a fixed grid from the right, so they line up.
    double from = indent + last.width + dot_w;
    int dots = static_cast<int>((page_x - gap / 2 - from) / dot_w);
    if (dots > 0) {
      Op lead;
      lead.kind = Op::kText;
      lead.x = page_x - gap / 2 - dots * dot_w;
      lead.y = baseline;
      lead.face = face;
      lead.size = fmt.size;
      lead.color = fmt.color;
      lead.elem = kArtifact;
      for (int i = 0; i < dots; ++i) lead.text += " .";
      last.ops.push_back(std::move(lead));
    }
    if (!page.empty()) {
      Op num;
      num.kind = Op::kText;
      num.x = page_x;
      num.y = baseline;
      num.face = face;
      num.size = fmt.size;
      num.color = fmt.color;
      num.text = page;
      num.elem = ref;
      last.ops.push_back(std::move(num));
    }
    AddLines(std::move(lines), 0, ts.space_after / 2, false, false);
  }
  pending_gap_ = ts.space_after;
}

}  // namespace clerk::render::pdf
