#include "render/docx/body_writer.h"

#include <algorithm>

#include "render/docx/chart_part.h"
#include "render/docx/contents_writer.h"
#include "render/docx/image_part.h"
#include "render/docx/paragraph_writer.h"
#include "render/docx/runs_writer.h"
#include "render/docx/style_ids.h"
#include "render/docx/table_writer.h"
#include "render/docx/units.h"

namespace clerk::render::docx {

namespace {

using model::Node;
using model::NodeKind;

// Where the text of `level` of `scheme` starts (twips), -1 if unknown.
long long TextColumn(const BodyContext& ctx, std::string_view scheme,
                     int level) {
  auto it = ctx.style.schemes.find(std::string(scheme));
  if (it == ctx.style.schemes.end() || level < 0 ||
      level >= static_cast<int>(it->second.levels.size())) {
    return -1;
  }
  const model::NumLevel& l = it->second.levels[static_cast<size_t>(level)];
  return Twips(l.indent_pt + l.hanging_pt);
}

// The indents below follow the PDF's layout (render/pdf/flow_builder.cpp)
// so that text sits at the same left edge in both outputs.

// Directly in a section or appendix, not inside a list item.
bool InSection(const BodyContext& ctx) {
  return ctx.section_depth > 0 && ctx.continuation_indent < 0;
}

// The left edge of the container (twips): the margin, or the text of the
// list item the block is in.
long long Base(const BodyContext& ctx) {
  return std::max(ctx.continuation_indent, 0LL);
}

// The text column of numbered paragraphs, where section text sits.
long long SectionColumn(const BodyContext& ctx) {
  return std::max(TextColumn(ctx, "body", 1), 0LL);
}

model::NumLevel ListLevel(const BodyContext& ctx, const Node& list, int depth) {
  std::string scheme = list.list.scheme;
  if (scheme.empty() || !ctx.style.schemes.count(scheme)) {
    switch (list.list.kind) {
      case model::ListKind::kRecommendations: scheme = "recommendations"; break;
      case model::ListKind::kResolutions: scheme = "resolutions"; break;
      case model::ListKind::kBulleted: scheme = "bullet"; break;
      default: scheme = "numbered"; break;
    }
  }
  auto it = ctx.style.schemes.find(scheme);
  if (it == ctx.style.schemes.end() || it->second.levels.empty()) {
    model::NumLevel fallback;
    fallback.hanging_pt = 28.35;
    return fallback;
  }
  return model::NestedListLevel(it->second, depth);
}

void SimpleParagraph(BodyContext& ctx, XmlWriter& w, const ParaProps& p,
                     const model::Runs& runs) {
  BeginParagraph(ctx, w, p);
  WriteRuns(ctx, w, runs);
  EndParagraph(ctx, w);
}

// Switches the page orientation: the paragraph written here ends the
// current section (w:sectPr in its w:pPr describes the section it ends).
void SwitchOrientation(BodyContext& ctx, XmlWriter& w) {
  if (ctx.want_landscape == ctx.landscape) return;
  if (ctx.wrote_any) {
    ParaProps p;
    p.sect_pr = &ctx.EndSection();
    auto pending = std::move(ctx.pending_bookmarks);
    ctx.pending_bookmarks.clear();
    BeginParagraph(ctx, w, p);
    EndParagraph(ctx, w);
    ctx.after_section_break = true;
    ctx.pending_bookmarks = std::move(pending);
  }
  ctx.landscape = ctx.want_landscape;
}

// Asks for an orientation: landscape starts at once; portrait after a
// landscape section starts with the next block that is written.
void Orientation(BodyContext& ctx, XmlWriter& w, bool landscape) {
  ctx.want_landscape = landscape;
  if (landscape) SwitchOrientation(ctx, w);
}

std::string_view HeadingStyle(int level) {
  return level <= 1 ? sid::kHeading1 : level == 2 ? sid::kHeading2 : sid::kHeading3;
}

void WriteChildren(BodyContext& ctx, XmlWriter& w, const Node& node,
                   Container where) {
  for (const Node& c : node.children) WriteBlock(ctx, w, c, where);
}

void WriteParagraphNode(BodyContext& ctx, XmlWriter& w, const Node& node,
                        Container where) {
  ParaProps p;
  p.num = ctx.numbering.Assign(node);
  const bool numbered = p.num.num_id != 0 || !p.num.literal.empty();
  switch (where) {
    case Container::kCell: p.style = sid::kTableText; break;
    case Container::kCover:
      p.style = sid::kCoverValue;
      p.space_after = ctx.cover_space_after;
      break;
    case Container::kBody:
      if (numbered) {
        p.style = node.level <= 1   ? sid::kNumberedParagraph
                  : node.level == 2 ? sid::kSubParagraph
                                    : sid::kSubSubParagraph;
      } else {
        const auto& levels = ctx.style.Scheme("body").levels;
        const size_t li = static_cast<size_t>(std::clamp(node.level, 1, 3));
        model::NumLevel l;
        l.hanging_pt = 28.35;
        if (!levels.empty()) l = li < levels.size() ? levels[li] : levels.back();
        const bool hang = InSection(ctx) || node.level > 1;
        long long x = Base(ctx) + Twips(l.indent_pt + (hang ? l.hanging_pt : 0));
        if (x > 0) p.ind_left = x;
      }
      break;
  }
  p.keep_next = node.keep_with_next;
  if (node.align == model::Align::kCenter) p.jc = "center";
  if (node.align == model::Align::kRight) p.jc = "right";
  QueueBookmark(ctx, node);
  SimpleParagraph(ctx, w, p, node.runs);
  WriteChildren(ctx, w, node, where);
}

// `base`: the list's left edge (twips), where the PDF puts it too.
void WriteListItem(BodyContext& ctx, XmlWriter& w, const Node& item,
                   const Node& list, Container where, int depth,
                   long long base) {
  ParaProps p;
  switch (list.list.kind) {
    case model::ListKind::kRecommendations:
      p.style = sid::kRecommendation;
      p.num = ctx.numbering.Assign(item);
      break;
    case model::ListKind::kResolutions:
      p.style = sid::kResolution;
      p.num = ctx.numbering.Assign(item);
      break;
    case model::ListKind::kNumbered:
      p.style = depth == 0 ? sid::kListNumber : sid::kListNumber2;
      p.num = ctx.numbering.Assign(item);
      break;
    case model::ListKind::kBulleted:
      p.style = sid::kListBullet;
      p.num = ctx.numbering.Bullet(
          item, list.list.scheme.empty() ? "bullet" : list.list.scheme, depth);
      break;
    case model::ListKind::kPlain:
      p.style = where == Container::kCell    ? sid::kTableText
                : where == Container::kCover ? sid::kCoverValue
                                             : std::string_view();
      break;
  }
  // In a table cell the item keeps its numbering but the table's text size.
  if (where == Container::kCell) p.style = sid::kTableText;
  const bool plain = list.list.kind == model::ListKind::kPlain;
  model::NumLevel lvl = ListLevel(ctx, list, depth);
  if (plain) lvl.hanging_pt = 0;
  const long long column = base + Twips(lvl.indent_pt + lvl.hanging_pt);
  if (where == Container::kBody) {
    p.ind_left = column;
    p.ind_hanging = Twips(lvl.hanging_pt);
  }
  if (where != Container::kCell) {
    // The PDF's gap after a list item (flow_builder.cpp, ListItem).
    p.space_after = plain ? 40 : Twips(ctx.style.Text("normal").space_after * 0.75);
    if (where == Container::kCover && ctx.cover_space_after == 0 &&
        &item == &list.children.back()) {
      p.space_after = 0;
    }
  }
  QueueBookmark(ctx, item);
  SimpleParagraph(ctx, w, p, item.runs);
  if (item.children.empty()) return;
  long long saved = ctx.continuation_indent;
  ctx.continuation_indent = column;
  for (const Node& c : item.children) {
    if (c.kind == NodeKind::kList) {
      QueueBookmark(ctx, c);
      if (!c.title.empty()) {
        ParaProps h;
        h.style = sid::kListHeading;
        h.ind_left = column;
        SimpleParagraph(ctx, w, h, c.title);
      }
      for (const Node& sub : c.children) {
        if (sub.kind == NodeKind::kListItem) {
          WriteListItem(ctx, w, sub, c, where, depth + 1, column);
        } else {
          WriteBlock(ctx, w, sub, where);
        }
      }
    } else {
      WriteBlock(ctx, w, c, where);
    }
  }
  ctx.continuation_indent = saved;
}

void WriteContact(BodyContext& ctx, XmlWriter& w, const Node& node) {
  const model::ContactInfo& c = node.contact;
  QueueBookmark(ctx, node);
  std::vector<model::Runs> lines;
  auto text = [](std::string s, bool bold = false) {
    model::Run r;
    r.text = std::move(s);
    r.bold = bold;
    return r;
  };
  if (!c.role.empty()) {
    std::string role = c.role;
    if (role.back() != ':') role += ':';
    lines.push_back({text(role, true)});
  }
  std::string who = c.name;
  if (!c.job_title.empty()) who += (who.empty() ? "" : " \xE2\x80\x93 ") + c.job_title;
  if (!who.empty()) lines.push_back({text(who)});
  if (!c.phone.empty()) lines.push_back({text(c.phone)});
  if (!c.email.empty()) {
    model::Run link = text(c.email);
    link.kind = model::RunKind::kLink;
    link.target = c.email.starts_with("mailto:") ? c.email : "mailto:" + c.email;
    lines.push_back({link});
  }
  if (!c.address.empty()) lines.push_back({text(c.address)});
  long long x = Base(ctx) + (InSection(ctx) ? SectionColumn(ctx) : 0);
  for (size_t i = 0; i < lines.size(); ++i) {
    ParaProps p;
    if (x > 0) p.ind_left = x;
    if (i + 1 < lines.size()) p.space_after = 0;
    if (i == 0 && !c.role.empty()) p.keep_next = true;
    SimpleParagraph(ctx, w, p, lines[i]);
  }
}

void WriteHeadingNode(BodyContext& ctx, XmlWriter& w, const Node& node,
                      std::string_view style, const model::Runs& runs,
                      bool page_break_before) {
  ParaProps p;
  p.style = style;
  p.num = ctx.numbering.Assign(node);
  p.page_break_before = page_break_before;
  if (node.align == model::Align::kCenter) p.jc = "center";
  if (node.align == model::Align::kRight) p.jc = "right";
  // "Appendix 1 – Title", as in the text and PDF output.
  if (node.kind == NodeKind::kAppendix && !node.number.label.empty() &&
      !runs.empty()) {
    p.lead = "\xE2\x80\x93 ";
  }
  QueueBookmark(ctx, node);
  SimpleParagraph(ctx, w, p, runs);
}

}  // namespace

namespace {
void WriteBlockBody(BodyContext& ctx, XmlWriter& w, const Node& node,
                    Container where);
}  // namespace

void WriteBlock(BodyContext& ctx, XmlWriter& w, const Node& node,
                Container where) {
  auto end = ctx.end_bookmarks.find(&node);
  if (end == ctx.end_bookmarks.end()) {
    WriteBlockBody(ctx, w, node, where);
    return;
  }
  // The target of a page range: an empty bookmark at the end of the last
  // paragraph it wrote, so that PAGEREF gives the page where it ends.
  const size_t start = w.out()->size();
  WriteBlockBody(ctx, w, node, where);
  size_t at = w.out()->rfind("</w:p>");
  if (at == std::string::npos || at < start) return;
  const Bookmark& b = *end->second;
  std::string mark = "<w:bookmarkStart w:id=\"" + std::to_string(b.end_id) +
                     "\" w:name=\"" + b.end_name + "\"/><w:bookmarkEnd w:id=\"" +
                     std::to_string(b.end_id) + "\"/>";
  w.out()->insert(at, mark);
}

namespace {

void WriteBlockBody(BodyContext& ctx, XmlWriter& w, const Node& node,
                    Container where) {
  if (where == Container::kBody && node.kind != NodeKind::kDocument) {
    SwitchOrientation(ctx, w);
  }
  switch (node.kind) {
    case NodeKind::kDocument:
    case NodeKind::kRow:
    case NodeKind::kCell:
      WriteChildren(ctx, w, node, where);
      return;
    case NodeKind::kTitle: {
      ParaProps p;
      p.style = node.level == 0 ? sid::kTitle : sid::kSubtitle;
      QueueBookmark(ctx, node);
      SimpleParagraph(ctx, w, p, node.runs);
      return;
    }
    case NodeKind::kCover:
      if (where == Container::kBody) {
        QueueBookmark(ctx, node);
        WriteCover(ctx, w, node);
      } else {
        WriteChildren(ctx, w, node, where);
      }
      return;
    case NodeKind::kCoverField: {
      ParaProps p;
      p.style = sid::kCoverLabel;
      p.keep_next = true;
      QueueBookmark(ctx, node);
      SimpleParagraph(ctx, w, p, node.title);
      WriteChildren(ctx, w, node, Container::kCover);
      return;
    }
    case NodeKind::kSection:
      if (where == Container::kBody) Orientation(ctx, w, node.landscape);
      WriteHeadingNode(ctx, w, node, HeadingStyle(node.level), node.title, false);
      ++ctx.section_depth;
      WriteChildren(ctx, w, node, where);
      --ctx.section_depth;
      if (node.landscape && where == Container::kBody) Orientation(ctx, w, false);
      return;
    case NodeKind::kHeading:
      WriteHeadingNode(ctx, w, node,
                       node.level <= 2 ? sid::kHeading2 : sid::kHeading3,
                       node.runs, false);
      return;
    case NodeKind::kParagraph:
      WriteParagraphNode(ctx, w, node, where);
      return;
    case NodeKind::kList: {
      QueueBookmark(ctx, node);
      const long long base =
          where == Container::kBody
              ? Base(ctx) + (InSection(ctx) ? SectionColumn(ctx) : 0)
              : 0;
      if (!node.title.empty()) {
        ParaProps p;
        p.style = sid::kListHeading;
        if (base > 0) p.ind_left = base;
        SimpleParagraph(ctx, w, p, node.title);
      }
      for (const Node& item : node.children) {
        if (item.kind == NodeKind::kListItem) {
          WriteListItem(ctx, w, item, node, where, 0, base);
        } else {
          WriteBlock(ctx, w, item, where);
        }
      }
      return;
    }
    case NodeKind::kListItem: {
      ParaProps p;
      p.num = ctx.numbering.Assign(node);
      QueueBookmark(ctx, node);
      SimpleParagraph(ctx, w, p, node.runs);
      WriteChildren(ctx, w, node, where);
      return;
    }
    case NodeKind::kTable:
      QueueBookmark(ctx, node);
      WriteTable(ctx, w, node);
      return;
    case NodeKind::kContact:
      WriteContact(ctx, w, node);
      return;
    case NodeKind::kAppendix: {
      if (where == Container::kBody) Orientation(ctx, w, node.landscape);
      // A section break already starts a new page.
      WriteHeadingNode(ctx, w, node, sid::kHeading1, node.title,
                       ctx.wrote_any && !ctx.after_section_break &&
                           where == Container::kBody);
      // Not a section for indentation: unnumbered appendix text, lists and
      // contacts start at the margin, as in the PDF (issue 12).
      WriteChildren(ctx, w, node, where);
      if (node.landscape && where == Container::kBody) Orientation(ctx, w, false);
      return;
    }
    case NodeKind::kPageBreak:
      QueueBookmark(ctx, node);
      BeginParagraph(ctx, w, {});
      w.Raw("<w:r><w:br w:type=\"page\"/></w:r>");
      EndParagraph(ctx, w);
      return;
    case NodeKind::kImage: {
      ParaProps p;
      p.keep_next = node.keep_with_next;
      QueueBookmark(ctx, node);
      BeginParagraph(ctx, w, p);
      WritePicture(ctx, w, node.image.path, node.image.width_mm, node.image.alt,
                   node.loc);
      EndParagraph(ctx, w);
      return;
    }
    case NodeKind::kChart:
      QueueBookmark(ctx, node);
      WriteChart(ctx, w, node);
      return;
    case NodeKind::kContents:
      WriteContents(ctx, w, node);
      return;
  }
}

}  // namespace

std::string DocumentXml(BodyContext& ctx) {
  std::string s(kXmlDecl);
  s.reserve(64 * 1024);
  XmlWriter w(&s);
  w.Raw("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>");
  if (!ctx.style.logo.empty()) {
    ParaProps p;
    p.jc = "right";
    BeginParagraph(ctx, w, p);
    WritePicture(ctx, w, ctx.style.logo, ctx.style.logo_width_mm,
                 ctx.doc.meta.council.empty() ? std::string_view("Logo")
                                              : std::string_view(ctx.doc.meta.council),
                 SourceLoc{ctx.style.file, 0, 0});
    EndParagraph(ctx, w);
  }
  WriteBlock(ctx, w, ctx.doc.root, Container::kBody);
  if (!ctx.pending_bookmarks.empty() || !ctx.wrote_any) {
    BeginParagraph(ctx, w, {});
    EndParagraph(ctx, w);
  }
  w.Raw("<w:sectPr>");
  w.Raw(ctx.EndSection());
  w.Raw("</w:sectPr></w:body></w:document>");
  return s;
}

}  // namespace clerk::render::docx
