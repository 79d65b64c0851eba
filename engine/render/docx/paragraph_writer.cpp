#include "render/docx/paragraph_writer.h"

#include "render/docx/runs_writer.h"
#include "render/docx/style_ids.h"
#include "render/docx/units.h"

namespace clerk::render::docx {

bool IsNumberedStyle(std::string_view s) {
  return s == sid::kHeading1 || s == sid::kNumberedParagraph ||
         s == sid::kSubParagraph || s == sid::kSubSubParagraph ||
         s == sid::kRecommendation || s == sid::kResolution ||
         s == sid::kListNumber || s == sid::kListNumber2 ||
         s == sid::kListBullet;
}

void QueueBookmark(BodyContext& ctx, const model::Node& node) {
  if (node.id.empty() || ctx.bookmarks.empty()) return;
  auto it = ctx.bookmarks.find(node.id);
  if (it != ctx.bookmarks.end() && it->second.node == &node) {
    ctx.pending_bookmarks.push_back(&it->second);
  }
}

void BeginParagraph(BodyContext& ctx, XmlWriter& w, const ParaProps& p) {
  w.Raw("<w:p>");
  ctx.wrote_any = true;
  ctx.after_section_break = false;
  const bool literal = p.num.num_id == 0 && !p.num.literal.empty();
  long long ind_left = p.ind_left, ind_hanging = p.ind_hanging;
  if (literal && ind_left < 0 && p.num.indent_pt >= 0 && p.num.tab_after) {
    ind_left = Twips(p.num.indent_pt + p.num.hanging_pt);
    ind_hanging = Twips(p.num.hanging_pt);
  }
  const bool suppress = p.num.num_id == 0 && IsNumberedStyle(p.style);
  if (!p.style.empty() || p.keep_next || p.page_break_before ||
      p.num.num_id != 0 || suppress || ind_left >= 0 || !p.jc.empty() ||
      p.space_after >= 0 || p.line_exact >= 0 || p.sect_pr != nullptr) {
    w.Raw("<w:pPr>");
    if (!p.style.empty()) w.Val("w:pStyle", p.style);
    if (p.keep_next) w.Raw("<w:keepNext/>");
    if (p.page_break_before) w.Raw("<w:pageBreakBefore/>");
    if (p.num.num_id != 0 || suppress) {
      w.Raw("<w:numPr>");
      w.Val("w:ilvl", p.num.num_id != 0 ? p.num.ilvl : 0);
      w.Val("w:numId", p.num.num_id);
      w.Raw("</w:numPr>");
    }
    if (p.space_after >= 0 || p.line_exact >= 0) {
      w.Start("w:spacing");
      if (p.space_after >= 0) w.Attr("w:after", p.space_after);
      if (p.line_exact >= 0) {
        w.Attr("w:line", p.line_exact);
        w.Attr("w:lineRule", "exact");
      }
      w.EndEmpty();
    }
    if (ind_left >= 0) {
      w.Start("w:ind");
      w.Attr("w:left", ind_left);
      if (ind_hanging > 0) w.Attr("w:hanging", ind_hanging);
      w.EndEmpty();
    }
    if (!p.jc.empty()) w.Val("w:jc", p.jc);
    if (p.sect_pr != nullptr) {
      w.Raw("<w:sectPr>");
      w.Raw(*p.sect_pr);
      w.Raw("</w:sectPr>");
    }
    w.Raw("</w:pPr>");
  }
  if (literal) {
    WriteTextRun(w, p.num.literal + (p.num.tab_after ? "\t" : " "), {});
  }
  WriteTextRun(w, p.lead, {});
  for (const Bookmark* b : ctx.pending_bookmarks) {
    w.Start("w:bookmarkStart");
    w.Attr("w:id", b->id);
    w.Attr("w:name", b->name);
    w.EndEmpty();
    ctx.open_bookmarks.push_back(b);
  }
  ctx.pending_bookmarks.clear();
}

void CloseBookmarks(BodyContext& ctx, XmlWriter& w) {
  for (const Bookmark* b : ctx.open_bookmarks) {
    w.Start("w:bookmarkEnd");
    w.Attr("w:id", b->id);
    w.EndEmpty();
  }
  ctx.open_bookmarks.clear();
}

void EndParagraph(BodyContext& ctx, XmlWriter& w) {
  CloseBookmarks(ctx, w);
  w.Raw("</w:p>");
}

}  // namespace clerk::render::docx
