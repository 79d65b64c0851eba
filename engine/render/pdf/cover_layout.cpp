// The cover block (label/value pairs like the seeds: "From:", "To:",
// "Subject:", …), contact details, the logo and pictures.
#include <algorithm>

#include "render/pdf/flow_builder.h"
#include "render/pdf/image_info.h"

namespace clerk::render::pdf {

namespace {

constexpr double kMm = 2.834645669;
constexpr double kLabelGap = 10;
constexpr double kDocxCellMargin = 4;

// A contact's role line ("Report author:").
std::string WithColon(std::string label) {
  if (!label.empty() && label.back() != ':' && label.back() != '?') label += ':';
  return label;
}

}  // namespace

void FlowBuilder::Cover(const model::Node& n) {
  const model::TextStyle& label_ts = ctx_->style->Text("cover-label");
  const model::TextStyle& value_ts = ctx_->style->Text("cover-value");
  InlineFormat label_fmt = Format("cover-label");
  InlineFormat value_fmt = Format("cover-value");
  // The label column is 30 % of the width, as the DOCX's cover table
  // (render/docx/table_writer.cpp: 30 % of the width and one cell margin),
  // so that values start at the same place in both; long labels wrap.
  double label_w = (frame_.width() + kDocxCellMargin) * 0.3;
  double value_x = frame_.left + label_w;
  double value_w = frame_.right - value_x;
  // A value's list, its items at `x`.
  auto value_list = [&](const model::Node& v, double x) {
    lists_.push_back(&v);
    stack_.push_back(Context{x, false, 0});
    tags_.push_back(TagFrame{NewElem("L"), -1});
    in_cover_ = true;
    for (const model::Node& item : v.children) {
      if (item.kind != model::NodeKind::kListItem) continue;
      ListItem(item);
      stack_.pop_back();  // the item's context (no nested blocks here)
      --item_depth_;
      tags_.pop_back();
    }
    in_cover_ = false;
    tags_.pop_back();
    stack_.pop_back();
    lists_.pop_back();
  };
  // A two-column table: each label is a row header, read before its value.
  // A field across the page (model::CoverFieldRunsIn) is a paragraph
  // between such tables: "Summary: The report …" from the margin.
  int table = -1;
  for (const model::Node& f : n.children) {
    if (f.kind != model::NodeKind::kCoverField) continue;
    if (model::CoverFieldRunsIn(n, f)) {
      table = -1;
      const std::string label =
          model::PlainText(model::CoverLabel(f.title, ctx_->style->cover_label_colon));
      const size_t start = flow_.items.size();
      pending_gap_ = std::max(pending_gap_, value_ts.space_before);
      auto paragraph = [&](const model::Runs* runs, const std::string& lang, const std::string& id) {
        InlineLayout il(ctx_);
        if (!label.empty() && flow_.items.size() == start) {
          il.AddText(runs != nullptr ? label + " " : label, label_fmt, f.loc);
        }
        if (runs != nullptr) il.AddRuns(*runs, value_fmt);
        auto lines = il.Layout(frame_.left, frame_.width(), 0, value_ts.line_height, false);
        Tag(&lines, WithLang(NewElem("P"), lang));
        AddLines(std::move(lines), 0, 3, false, false, id);
      };
      for (const model::Node& v : f.children) {
        if (flow_.items.size() > start) pending_gap_ = std::max(pending_gap_, 3.0);
        if (v.kind == model::NodeKind::kList) {
          if (!label.empty() && flow_.items.size() == start) paragraph(nullptr, "", "");
          value_list(v, frame_.left);
        } else {
          paragraph(&v.runs, v.lang, v.id);
        }
      }
      if (!label.empty() && flow_.items.size() == start) paragraph(nullptr, "", "");
      if (flow_.items.size() > start && !f.id.empty()) flow_.items[start].anchors.push_back(f.id);
      pending_gap_ = value_ts.space_after;
      continue;
    }
    if (table < 0) table = NewElem("Table");
    int tr = NewElem("TR", table);
    int th = NewElem("TH", tr);
    flow_.elems[static_cast<size_t>(th)].scope = "Row";
    int td = NewElem("TD", tr);
    tags_.push_back(TagFrame{td, -1});
    size_t start = flow_.items.size();
    double gap = std::max(pending_gap_, value_ts.space_before);
    pending_gap_ = gap;
    // The value: unnumbered paragraphs and lists, in the value column.
    bool first_child = true;
    for (const model::Node& v : f.children) {
      if (!first_child) pending_gap_ = std::max(pending_gap_, 3.0);
      first_child = false;
      if (v.kind == model::NodeKind::kList) {
        value_list(v, value_x);
      } else {
        InlineLayout il(ctx_);
        il.AddRuns(v.runs, value_fmt);
        auto lines = il.Layout(value_x, value_w, 0, value_ts.line_height, false);
        Tag(&lines, WithLang(NewElem("P"), v.lang));
        AddLines(std::move(lines), 0, 3, false, false, v.id);
      }
    }
    if (flow_.items.size() == start) {  // an empty value still shows its label
      Item blank;
      blank.height = value_ts.line_height * value_fmt.size;
      blank.gap_before = gap;
      AddItem(std::move(blank));
    }
    // The label, line by line beside the value's lines.
    InlineLayout il(ctx_);
    il.AddText(model::PlainText(model::CoverLabel(f.title, ctx_->style->cover_label_colon)),
               label_fmt, f.loc);
    auto label_lines = il.Layout(frame_.left, label_w - kLabelGap, 0,
                                 label_ts.line_height, false);
    Tag(&label_lines, th);
    tags_.pop_back();
    for (size_t k = 0; k < label_lines.size(); ++k) {
      size_t at = start + k;
      if (at >= flow_.items.size()) {
        Item extra;
        extra.height = label_lines[k].height;
        AddItem(std::move(extra));
      }
      Item& item = flow_.items[at];
      // Align baselines: label ops shift to the value line's baseline.
      double label_base = 0, value_base = -1;
      for (const Op& op : label_lines[k].ops) {
        if (op.kind == Op::kText) { label_base = op.y; break; }
      }
      for (const Op& op : item.ops) {
        if (op.kind == Op::kText) { value_base = op.y; break; }
      }
      double dy = value_base >= 0 ? value_base - label_base : 0;
      // The label's ops go first: content order is reading order.
      for (Op& op : label_lines[k].ops) op.y += dy;
      item.ops.insert(item.ops.begin(), label_lines[k].ops.begin(), label_lines[k].ops.end());
      item.height = std::max(item.height, label_lines[k].height);
    }
    if (!f.id.empty()) flow_.items[start].anchors.push_back(f.id);
    flow_.items[start].keep_with_next = flow_.items.size() > start + 1;
    pending_gap_ = value_ts.space_after;
  }
  pending_gap_ = std::max(pending_gap_, ctx_->style->Text("heading1").space_before);
}

void FlowBuilder::Contact(const model::Node& n) {
  const model::TextStyle& ts = ctx_->style->Text("normal");
  InlineFormat fmt = Format("normal");
  double x = stack_.back().base;
  if (stack_.back().in_section) {
    const auto& body = ctx_->style->Scheme("body");
    if (body.levels.size() > 1) x += body.levels[1].indent_pt + body.levels[1].hanging_pt;
  }
  const model::ContactInfo& c = n.contact;
  struct Line {
    std::string text, uri;
    bool bold = false;
  };
  std::vector<Line> lines;
  if (!c.role.empty()) lines.push_back({WithColon(c.role), "", true});
  std::string who = c.name;
  if (!c.job_title.empty()) who += (who.empty() ? "" : " \xE2\x80\x93 ") + c.job_title;
  if (!who.empty()) lines.push_back({who, ""});
  if (!c.phone.empty()) lines.push_back({c.phone, ""});
  if (!c.email.empty()) lines.push_back({c.email, "mailto:" + c.email});
  if (!c.address.empty()) lines.push_back({c.address, ""});
  bool first = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    InlineFormat f = fmt;
    f.bold = lines[i].bold;
    InlineLayout il(ctx_);
    il.AddText(lines[i].text, f, n.loc, lines[i].uri);
    auto boxes = il.Layout(x, frame_.right - x, 0, ts.line_height, false);
    Tag(&boxes, NewElem("P"));
    bool last = i + 1 == lines.size();
    AddLines(std::move(boxes), first ? ts.space_before : 0,
             last ? ts.space_after : 0, !last, false, first ? n.id : "");
    first = false;
  }
}

void FlowBuilder::Image(const model::Node& n, double x, double width,
                        bool right) {
  ImageInfo info = ReadImageInfo(n.image.path);
  if (!info.ok) {
    if (ctx_->diags != nullptr) {
      if (ctx_->draft) {
        ctx_->diags->Warning(n.loc, info.error);
      } else {
        ctx_->diags->Error(n.loc, info.error);
      }
    }
    return;
  }
  double w = n.image.width_mm > 0 ? n.image.width_mm * kMm : info.width * 0.75;
  w = std::min(w, width);
  double h = w * info.height / info.width;
  h = std::min(h, frame_.height() * 0.9);
  w = h * info.width / info.height;
  Item item;
  item.height = h;
  item.gap_before = std::max(pending_gap_, 6.0);
  Op op;
  op.kind = Op::kImage;
  op.x = right ? x + width - w : x;
  op.y = 0, op.w = w, op.h = h;
  op.text = n.image.path;
  // A picture without alt text (allowed in draft mode only) is left out
  // of the structure as decoration rather than read as an empty figure.
  if (!n.image.alt.empty()) {
    op.elem = NewElem("Figure");
    flow_.elems[static_cast<size_t>(op.elem)].alt = n.image.alt;
  }
  item.ops.push_back(op);
  if (!n.id.empty()) item.anchors.push_back(n.id);
  AddItem(std::move(item));
  pending_gap_ = 6;
}

void FlowBuilder::Logo() {
  if (ctx_->style->logo.empty()) return;
  model::Node logo;
  logo.kind = model::NodeKind::kImage;
  logo.image.path = ctx_->style->logo;
  logo.image.width_mm = ctx_->style->logo_width_mm;
  // The logo says whose paper this is.
  logo.image.alt = !doc_.meta.council.empty() ? doc_.meta.council : "Logo";
  size_t before = flow_.items.size();
  Image(logo, frame_.left, frame_.width(), true);
  if (flow_.items.size() > before) {
    flow_.items.back().gap_before = 0;
    pending_gap_ = 12;
  }
}

}  // namespace clerk::render::pdf
