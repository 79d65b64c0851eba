#include "render/pdf/flow_builder.h"

#include <algorithm>
#include <map>

#include "model/walk.h"

namespace clerk::render::pdf {

namespace {

constexpr double kNumberGap = 4;  // minimum gap after a hanging number

model::NumLevel FallbackLevel() {
  model::NumLevel l;
  l.hanging_pt = 28.35;
  return l;
}

}  // namespace

FlowBuilder::FlowBuilder(LayoutContext* ctx, const model::Document& doc)
    : ctx_(ctx), doc_(doc), frame_(MakeFrame(ctx->style->page, false)) {}

InlineFormat FlowBuilder::Format(const std::string& text_style) const {
  const model::TextStyle& ts = ctx_->style->Text(text_style);
  InlineFormat f;
  f.size = ts.size;
  f.bold = ts.bold;
  f.italic = ts.italic;
  f.all_caps = ts.all_caps;
  f.color = ParseColor(ts.color);
  return f;
}

void FlowBuilder::AddItem(Item item) {
  item.landscape = landscape_;
  if (pending_break_) {
    item.break_before = true;
    pending_break_ = false;
  }
  flow_.items.push_back(std::move(item));
}

void FlowBuilder::AddLines(std::vector<LineBox> lines, double space_before,
                           double space_after, bool keep_all, bool keep_last,
                           const std::string& anchor,
                           const OutlineEntry* outline) {
  size_t n = lines.size();
  for (size_t i = 0; i < n; ++i) {
    Item item;
    item.height = lines[i].height;
    item.ops = std::move(lines[i].ops);
    if (i == 0) {
      item.gap_before = std::max(pending_gap_, space_before);
      if (!anchor.empty()) item.anchors.push_back(anchor);
      if (outline != nullptr) {
        item.outline.push_back(*outline);
        has_outline_ = true;
      }
    }
    bool last = i + 1 == n;
    item.keep_with_next = keep_all ? true
                          : last   ? keep_last
                                   : (i == 0 || i + 2 == n);
    AddItem(std::move(item));
  }
  pending_gap_ = space_after;
}

int FlowBuilder::NewElem(const std::string& role, int parent) {
  StructElem e;
  e.role = role;
  e.parent = parent >= 0 ? parent : tags_.back().parent;
  flow_.elems.push_back(std::move(e));
  return static_cast<int>(flow_.elems.size() - 1);
}

void FlowBuilder::Tag(std::vector<LineBox>* lines, int elem) {
  std::map<int, int> links;  // Op::link -> Link element
  auto link_elem = [&](int link) {
    auto it = links.find(link);
    if (it != links.end()) return it->second;
    int e = NewElem("Link", elem);
    links.emplace(link, e);
    return e;
  };
  // Text in another language (xml:lang on an inline element) is a Span
  // with /Lang; consecutive ops of one language share it.
  int span = -1;
  std::string span_lang;
  for (LineBox& lb : *lines) {
    for (Op& op : lb.ops) {
      if (op.kind == Op::kLink) {
        if (op.link >= 0) op.elem = link_elem(op.link);
      } else if (op.kind == Op::kText || op.kind == Op::kImage) {
        if (op.link >= 0) {
          op.elem = link_elem(op.link);
          if (!op.lang.empty()) flow_.elems[static_cast<size_t>(op.elem)].lang = op.lang;
        } else if (!op.lang.empty()) {
          if (span < 0 || span_lang != op.lang) {
            span = NewElem("Span", elem);
            span_lang = op.lang;
            flow_.elems[static_cast<size_t>(span)].lang = op.lang;
          }
          op.elem = span;
        } else {
          op.elem = elem;
          span = -1;
        }
        if (op.link >= 0) {
          std::string& c = flow_.elems[static_cast<size_t>(op.elem)].contents;
          if (!c.empty() && c.back() != ' ') c += ' ';
          c += op.text;
        }
      }
    }
  }
  for (const auto& [link, e] : links) {
    std::string& c = flow_.elems[static_cast<size_t>(e)].contents;
    while (!c.empty() && c.back() == ' ') c.pop_back();
  }
}

int FlowBuilder::WithLang(int elem, const std::string& lang) {
  if (!lang.empty()) flow_.elems[static_cast<size_t>(elem)].lang = lang;
  return elem;
}

int FlowBuilder::HeadingElem(int level) {
  level = std::clamp(level, 1, std::min(6, heading_level_ + 1));
  heading_level_ = level;
  return NewElem(std::string("H").append(std::to_string(level)));
}

Flow FlowBuilder::Build() {
  flow_.elems.emplace_back();
  flow_.elems[0].role = "Document";  // its language is the catalog's /Lang
  tags_.push_back(TagFrame{0, -1});
  stack_.push_back(Context{frame_.left, false, -1});
  std::vector<size_t> open;  // preorder indices of the nodes entered
  model::Walk(doc_.root, [this, &open](const model::Node& n, model::Event e) {
    if (e == model::Event::kEnter) {
      size_t begin = flow_.items.size();
      open.push_back(flow_.nodes.size());
      flow_.nodes.push_back(NodeItems{begin, 0, n.id});
      if (Enter(n)) return true;
      // Laid out whole by Enter (a table, the cover): its descendants
      // share its items, so a row or a cover recommendation has pages too.
      for (const model::Node& c : n.children) {
        model::Walk(c, [this, begin](const model::Node& d, model::Event de) {
          if (de == model::Event::kEnter) {
            flow_.nodes.push_back(NodeItems{begin, flow_.items.size(), d.id});
          }
          return true;
        });
      }
      return false;
    }
    Exit(n);
    flow_.nodes[open.back()].end = flow_.items.size();
    open.pop_back();
    return true;
  });
  if (!flow_.items.empty()) flow_.items.back().keep_with_next = false;
  if (!has_outline_) {
    for (const auto& [index, entry] : fallback_outline_) {
      if (index < flow_.items.size()) flow_.items[index].outline.push_back(entry);
    }
  }
  return std::move(flow_);
}

model::NumLevel FlowBuilder::ListLevel(const model::Node& list,
                                       int depth) const {
  std::string scheme = list.list.scheme;
  if (scheme.empty() || !ctx_->style->schemes.count(scheme)) {
    switch (list.list.kind) {
      case model::ListKind::kRecommendations: scheme = "recommendations"; break;
      case model::ListKind::kResolutions: scheme = "resolutions"; break;
      case model::ListKind::kBulleted: scheme = "bullet"; break;
      default: scheme = "numbered"; break;
    }
  }
  auto it = ctx_->style->schemes.find(scheme);
  if (it == ctx_->style->schemes.end() || it->second.levels.empty()) return FallbackLevel();
  return model::NestedListLevel(it->second, depth);
}

std::vector<LineBox> FlowBuilder::Numbered(const model::Runs& runs,
                                           const std::string& label,
                                           const InlineFormat& fmt,
                                           const model::NumLevel& lvl,
                                           double base, bool justify,
                                           int label_elem, int text_elem,
                                           model::Align align) {
  const model::TextStyle& normal = ctx_->style->Text("normal");
  double num_x = base + lvl.indent_pt;
  double text_x = num_x + lvl.hanging_pt;
  double first_offset = 0;
  Op num;
  if (!label.empty()) {
    InlineFormat label_fmt = fmt;
    if (lvl.bold) label_fmt.bold = true;  // the scheme's label weight
    int face = FaceOf(label_fmt.bold, label_fmt.italic);
    double w = ctx_->fonts->Width(face, label, label_fmt.size);
    if (lvl.right_align_number) num_x = text_x - kNumberGap - w;
    if (num_x + w + kNumberGap > text_x) first_offset = num_x + w + kNumberGap - text_x;
    InlineLayout number(ctx_);
    number.AddText(label, label_fmt);
    auto nl = number.Layout(num_x, 1e6, 0, normal.line_height, false);
    if (!nl.empty()) {
      num = nl[0].ops.empty() ? Op{} : nl[0].ops[0];
    }
  }
  InlineLayout text(ctx_);
  text.AddRuns(runs, fmt);
  double width = frame_.right - text_x;
  const bool aligned = align != model::Align::kLeft && label.empty();
  auto lines = text.Layout(text_x, width, first_offset,
                           ctx_->style->Text("normal").line_height,
                           justify && !aligned);
  if (aligned) {  // <p align>: each line moved right within the column
    for (LineBox& line : lines) {
      double room = std::max(0.0, width - line.width);
      double dx = align == model::Align::kCenter ? room / 2 : room;
      for (Op& op : line.ops) op.x += dx;
    }
  }
  if (lines.empty()) {
    LineBox empty;
    empty.height = normal.line_height * fmt.size;
    lines.push_back(empty);
  }
  Tag(&lines, text_elem);
  num.elem = label_elem;
  // A heading's number and title are one element: "1. Introduction".
  if (label_elem == text_elem) num.text += ' ';
  if (!label.empty() && num.kind == Op::kText && !num.text.empty()) {
    // Same baseline as the first line of text.
    for (const Op& op : lines[0].ops) {
      if (op.kind == Op::kText) {
        num.y = op.y;
        break;
      }
    }
    lines[0].ops.insert(lines[0].ops.begin(), num);
  }
  return lines;
}

bool FlowBuilder::Enter(const model::Node& n) {
  using K = model::NodeKind;
  switch (n.kind) {
    case K::kDocument:
      Logo();
      return true;
    case K::kTitle:
      CloseList();
      Title(n);
      return false;
    case K::kCover:
      Cover(n);
      return false;
    case K::kCoverField:
      return false;  // handled by Cover
    case K::kSection: {
      bool turned = BeginLandscape(n);
      CloseList();
      tags_.push_back(TagFrame{NewElem("Sect"), -1});
      SectionHeading(n);
      stack_.push_back(Context{turned ? frame_.left : stack_.back().base, true, -1, turned});
      return true;
    }
    case K::kAppendix: {
      // An appendix always starts a page.
      if (!flow_.items.empty()) pending_break_ = true;
      pending_gap_ = 0;
      bool turned = BeginLandscape(n);
      CloseList();
      tags_.push_back(TagFrame{NewElem("Sect"), -1});
      SectionHeading(n);
      // Not in a section for indentation: unnumbered appendix text, lists
      // and contacts start at the margin, not the number column (issue 12).
      stack_.push_back(Context{frame_.left, false, -1, turned});
      return true;
    }
    case K::kHeading:
      CloseList();
      Heading(n);
      return false;
    case K::kParagraph:
      Paragraph(n);
      return true;  // sub-paragraphs follow
    case K::kList:
      CloseList();
      tags_.push_back(TagFrame{NewElem("L"), -1});
      ListTitle(n);
      lists_.push_back(&n);
      stack_.back().list_depth += 1;
      return true;
    case K::kListItem:
      ListItem(n);
      return true;
    case K::kTable:
      CloseList();
      Table(n);
      return false;
    case K::kRow:
    case K::kCell:
      return false;
    case K::kContact:
      CloseList();
      Contact(n);
      return false;
    case K::kPageBreak:
      pending_break_ = true;
      pending_gap_ = 0;
      return false;
    case K::kImage:
      CloseList();
      Image(n, stack_.back().base, frame_.right - stack_.back().base, false);
      return false;
    case K::kChart:
      CloseList();
      Chart(n);
      return false;
    case K::kContents:
      CloseList();
      Contents(n);
      return false;
  }
  return true;
}

void FlowBuilder::Exit(const model::Node& n) {
  using K = model::NodeKind;
  switch (n.kind) {
    case K::kSection:
    case K::kAppendix: {
      bool restore = stack_.back().restore_portrait;
      stack_.pop_back();
      tags_.pop_back();
      if (restore) EndLandscape();
      break;
    }
    case K::kParagraph:
      tags_.pop_back();
      break;
    case K::kList:
      lists_.pop_back();
      stack_.back().list_depth -= 1;
      tags_.pop_back();
      break;
    case K::kListItem:
      if (!lists_.empty() && stack_.size() > 1) {
        stack_.pop_back();
        --item_depth_;
      }
      tags_.pop_back();
      break;
    default:
      break;
  }
}

bool FlowBuilder::BeginLandscape(const model::Node& n) {
  if (!n.landscape || landscape_) return false;
  landscape_ = true;
  frame_ = MakeFrame(ctx_->style->page, true);
  if (!flow_.items.empty()) pending_break_ = true;
  pending_gap_ = 0;
  return true;
}

void FlowBuilder::EndLandscape() {
  landscape_ = false;
  frame_ = MakeFrame(ctx_->style->page, false);
  pending_break_ = true;
  pending_gap_ = 0;
}

void FlowBuilder::Title(const model::Node& n) {
  const char* name = n.level == 0 ? "title" : "subtitle";
  const model::TextStyle& ts = ctx_->style->Text(name);
  InlineLayout il(ctx_);
  il.AddRuns(n.runs, Format(name));
  auto lines = il.Layout(frame_.left, frame_.width(), 0, ts.line_height, false);
  Tag(&lines, WithLang(n.level == 0 ? HeadingElem(1) : NewElem("P"), n.lang));
  if (n.level == 0) {
    fallback_outline_.push_back({flow_.items.size(), {model::PlainText(n.runs), 1}});
  }
  AddLines(std::move(lines), ts.space_before, ts.space_after, ts.keep_with_next,
           ts.keep_with_next, n.id);
}

void FlowBuilder::SectionHeading(const model::Node& n) {
  bool appendix = n.kind == model::NodeKind::kAppendix;
  const char* name = (appendix || n.level <= 1) ? "heading1" : "heading2";
  const model::TextStyle& ts = ctx_->style->Text(name);
  InlineFormat fmt = Format(name);
  std::string label = n.numbered ? n.number.label : "";
  model::Runs title = n.title;
  OutlineEntry entry;
  entry.level = appendix ? 1 : std::max(1, n.level);
  std::string plain = model::PlainText(n.title);
  std::vector<LineBox> lines;
  int h = HeadingElem(appendix ? 1 : std::max(1, n.level));
  if (appendix) {
    // "Appendix 1 – Title" on one heading.
    model::Runs runs;
    if (!label.empty()) {
      model::Run r;
      r.text = label + (plain.empty() ? "" : " \u2013 ");
      runs.push_back(r);
    }
    runs.insert(runs.end(), title.begin(), title.end());
    InlineLayout il(ctx_);
    il.AddRuns(runs, fmt);
    lines = il.Layout(frame_.left, frame_.width(), 0, ts.line_height, false);
    Tag(&lines, h);
    entry.title = model::PlainText(runs);
  } else {
    const auto& body = ctx_->style->Scheme("body");
    model::NumLevel lvl = body.levels.empty() ? FallbackLevel() : body.levels[0];
    if (label.empty()) lvl.hanging_pt = 0, lvl.indent_pt = 0;
    lines = Numbered(title, label, fmt, lvl, stack_.back().base, false, h, h);
    entry.title = label.empty() ? plain : label + " " + plain;
  }
  AddLines(std::move(lines), ts.space_before, ts.space_after, true, true, n.id,
           &entry);
}

void FlowBuilder::Heading(const model::Node& n) {
  const char* name = n.level <= 2 ? "heading2" : "heading3";
  const model::TextStyle& ts = ctx_->style->Text(name);
  std::string label = n.numbered ? n.number.label : "";
  const auto& body = ctx_->style->Scheme("body");
  model::NumLevel lvl = body.levels.size() > 1 ? body.levels[1] : FallbackLevel();
  double base = stack_.back().base;
  if (label.empty() && !stack_.back().in_section) lvl.hanging_pt = 0;
  if (label.empty()) {
    // Unnumbered sub-headings sit in the paragraph text column.
    lvl.indent_pt += lvl.hanging_pt;
    lvl.hanging_pt = 0;
  }
  int h = WithLang(HeadingElem(n.level), n.lang);
  auto lines = Numbered(n.runs, label, Format(name), lvl, base, false, h, h,
                        n.align);
  std::string text = model::PlainText(n.runs);
  fallback_outline_.push_back({flow_.items.size(), {label.empty() ? text : label + " " + text, 2}});
  AddLines(std::move(lines), ts.space_before, ts.space_after, true, true, n.id);
}

void FlowBuilder::Paragraph(const model::Node& n) {
  const model::TextStyle& ts = ctx_->style->Text("normal");
  const auto& body = ctx_->style->Scheme("body");
  size_t li = static_cast<size_t>(std::clamp(n.level, 1, 3));
  model::NumLevel lvl = li < body.levels.size() ? body.levels[li]
                        : body.levels.empty()   ? FallbackLevel()
                                                : body.levels.back();
  std::string label = n.numbered ? n.number.label : "";
  Context& c = stack_.back();
  if (label.empty()) {
    if (c.in_section || n.level > 1) {
      lvl.indent_pt += lvl.hanging_pt;
    }
    lvl.hanging_pt = 0;
  }
  // A numbered paragraph is a list item whose label is its number; its
  // sub-paragraphs are a list inside its body.
  int label_elem = -1, text_elem = -1, children = tags_.back().parent;
  if (label.empty()) {
    CloseList();
    text_elem = WithLang(NewElem("P"), n.lang);
  } else {
    if (tags_.back().list < 0) tags_.back().list = NewElem("L");
    int item = NewElem("LI", tags_.back().list);
    label_elem = NewElem("Lbl", item);
    text_elem = WithLang(NewElem("LBody", item), n.lang);
    children = text_elem;
  }
  tags_.push_back(TagFrame{children, -1});
  auto lines = Numbered(n.runs, label, Format("normal"), lvl, c.base,
                        ctx_->style->justify, label_elem, text_elem, n.align);
  bool keep = ts.keep_with_next || n.keep_with_next;
  AddLines(std::move(lines), ts.space_before, ts.space_after, false, keep, n.id);
}

void FlowBuilder::ListTitle(const model::Node& n) {
  if (n.title.empty()) return;
  const model::TextStyle& ts = ctx_->style->Text("list-heading");
  double x = stack_.back().base;
  if (stack_.back().in_section && stack_.back().list_depth < 0) {
    const auto& body = ctx_->style->Scheme("body");
    if (body.levels.size() > 1) x += body.levels[1].indent_pt + body.levels[1].hanging_pt;
  }
  InlineLayout il(ctx_);
  il.AddRuns(n.title, Format("list-heading"));
  auto lines = il.Layout(x, frame_.right - x, 0, ts.line_height, false);
  Tag(&lines, NewElem("Caption"));
  fallback_outline_.push_back({flow_.items.size(), {model::PlainText(n.title), 2}});
  AddLines(std::move(lines), ts.space_before, ts.space_after, true, true, n.id);
}

void FlowBuilder::ListItem(const model::Node& n) {
  if (lists_.empty()) {
    tags_.push_back(tags_.back());  // popped on exit
    return;
  }
  const model::Node& list = *lists_.back();
  Context& c = stack_.back();
  const model::NumLevel lvl = ListLevel(list, item_depth_);
  const model::TextStyle& ts = ctx_->style->Text("normal");
  std::string label = n.number.label;
  model::NumLevel use = lvl;
  if (list.list.kind == model::ListKind::kBulleted && label.empty()) {
    label = lvl.format == model::NumFormat::kBullet ? lvl.text : "\u2022";
  }
  if (list.list.kind == model::ListKind::kPlain) {
    use.hanging_pt = 0;
    label.clear();
  }
  double base = c.base;
  if (c.in_section && lists_.size() == 1) {
    const auto& body = ctx_->style->Scheme("body");
    if (body.levels.size() > 1) base += body.levels[1].indent_pt + body.levels[1].hanging_pt;
  }
  int item = NewElem("LI");
  int label_elem = label.empty() ? -1 : NewElem("Lbl", item);
  int body = WithLang(NewElem("LBody", item), n.lang);
  tags_.push_back(TagFrame{body, -1});
  auto lines = Numbered(n.runs, label, Format("normal"), use, base,
                        ctx_->style->justify && !in_cover_, label_elem, body);
  bool plain = list.list.kind == model::ListKind::kPlain;
  AddLines(std::move(lines), 0, plain ? 2 : ts.space_after * 0.75, false,
           false, n.id);
  // Blocks nested in the item (paragraphs, lists) start under its text.
  stack_.push_back(Context{base + use.indent_pt + use.hanging_pt, false, -1});
  ++item_depth_;
}

}  // namespace clerk::render::pdf
