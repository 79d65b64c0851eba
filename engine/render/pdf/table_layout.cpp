// Tables: column widths (fixed, percentage, relative or fitted), wrapped
// cell text, padding, borders, header shading, RAG colours, one Item per
// row; header rows repeat on continuation pages (Flow::tables). A row taller
// than a page is cut between its lines into several items.
#include <algorithm>
#include <cstdlib>

#include "render/pdf/flow_builder.h"

namespace clerk::render::pdf {

namespace {

constexpr double kPadX = 4;
constexpr double kPadY = 2.5;
constexpr double kBorder = 0.5;

// Column width spec. kind: 0 fitted, 1 fixed (pt), 2 share of width,
// 3 relative weight.
struct Spec {
  int kind = 0;
  double value = 0;
};

Spec ParseWidth(const std::string& w) {
  Spec s;
  if (w.empty()) return s;
  char* end = nullptr;
  double v = std::strtod(w.c_str(), &end);
  std::string unit = end ? std::string(end) : "";
  if (v <= 0) return s;
  if (unit == "%") return {2, v / 100};
  if (unit == "*") return {3, v};
  if (unit == "mm") return {1, v * 2.834645669};
  if (unit == "cm") return {1, v * 28.34645669};
  if (unit == "pt" || unit.empty()) return {1, v};
  if (unit == "in") return {1, v * 72};
  return s;
}

std::string RagColor(const model::Colors& c, model::Rag r) {
  switch (r) {
    case model::Rag::kRed: return c.rag_red;
    case model::Rag::kAmber: return c.rag_amber;
    case model::Rag::kGreen: return c.rag_green;
    case model::Rag::kComplete: return c.rag_complete;
    case model::Rag::kNotStarted: return c.rag_not_started;
    case model::Rag::kNone: return "";
  }
  return "";
}

}  // namespace

void FlowBuilder::Table(const model::Node& n) {
  const model::Style& style = *ctx_->style;
  const double x0 = stack_.back().base;  // full width of the container
  double total = frame_.right - x0;
  // Columns: the declared ones, or as many as the widest row needs.
  size_t ncols = n.table.columns.size();
  for (const model::Node& row : n.children) {
    size_t c = 0;
    for (const model::Node& cell : row.children) c += static_cast<size_t>(std::max(1, cell.col_span));
    ncols = std::max(ncols, c);
  }
  if (ncols == 0) return;
  std::vector<Spec> specs(ncols);
  for (size_t i = 0; i < n.table.columns.size(); ++i) specs[i] = ParseWidth(n.table.columns[i].width);

  // Natural widths of single-column cells (for fitted columns) and the
  // longest word of every column (no column is narrower where the table
  // allows, so "Directorate" is not cut into "Directorat" + "e").
  std::vector<double> natural(ncols, 0), minimum(ncols, 0);
  for (const model::Node& row : n.children) {
    size_t c = 0;
    for (const model::Node& cell : row.children) {
      if (c >= ncols) break;
      if (cell.col_span <= 1) {
        InlineLayout il(ctx_);
        InlineFormat f = Format(row.row_header ? "table-header" : "table");
        if (cell.runs.empty() && cell.rag != model::Rag::kNone) {
          il.AddText(model::RagName(cell.rag), f);
        } else {
          il.AddRuns(cell.runs, f);
        }
        if (specs[c].kind == 0) natural[c] = std::max(natural[c], il.NaturalWidth() + 2 * kPadX + 1);
        minimum[c] = std::max(minimum[c], il.LongestWord() + 2 * kPadX + 1);
      }
      c += static_cast<size_t>(std::max(1, cell.col_span));
    }
  }
  std::vector<double> width(ncols, 0);
  double used = 0, weights = 0, fitted = 0;
  for (size_t c = 0; c < ncols; ++c) {
    if (specs[c].kind == 1) width[c] = specs[c].value;
    if (specs[c].kind == 2) width[c] = specs[c].value * total;
    if (specs[c].kind == 3) weights += specs[c].value;
    if (specs[c].kind == 0) fitted += std::max(natural[c], 20.0);
    used += width[c];
  }
  double rest = std::max(0.0, total - used);
  if (fitted > 0) {
    // Fitted columns take their natural width when it fits, else a share of
    // what is left in proportion to it (never under their longest word).
    double room = weights > 0 ? rest * 0.5 : rest;
    double scale = fitted > room || weights == 0 ? room / fitted : 1.0;
    for (size_t c = 0; c < ncols; ++c) {
      if (specs[c].kind != 0) continue;
      width[c] = std::max(std::max(natural[c], 20.0) * scale, std::min(minimum[c], room));
      rest -= width[c];
    }
  }
  if (weights > 0) {
    for (size_t c = 0; c < ncols; ++c) {
      if (specs[c].kind == 3) width[c] = std::max(0.0, rest) * specs[c].value / weights;
    }
  }
  // Too wide: take the excess from the flexible columns first (down to
  // their longest word), and only then from every column alike.
  double sum = 0, flexible = 0;
  for (size_t c = 0; c < ncols; ++c) {
    sum += width[c];
    if (specs[c].kind == 0 || specs[c].kind == 3) flexible += std::max(0.0, width[c] - minimum[c]);
  }
  if (sum > total + 0.01 && flexible > 0) {
    double take = std::min(sum - total, flexible);
    for (size_t c = 0; c < ncols; ++c) {
      if (specs[c].kind == 0 || specs[c].kind == 3) {
        width[c] -= take * std::max(0.0, width[c] - minimum[c]) / flexible;
      }
    }
    sum -= take;
  }
  if (sum > total + 0.01) {
    for (double& w : width) w *= total / sum;
  }
  // A column narrower than its longest word takes the difference from the
  // columns that have room beyond their own longest word, in proportion to
  // that room; what cannot be found is left to breaking inside the word.
  double short_by = 0, room = 0;
  for (size_t c = 0; c < ncols; ++c) {
    short_by += std::max(0.0, minimum[c] - width[c]);
    room += std::max(0.0, width[c] - minimum[c]);
  }
  if (short_by > 0.01 && room > 0.01) {
    const double give = std::min(short_by, room);
    std::vector<double> before = width;
    for (size_t c = 0; c < ncols; ++c) {
      const double need = std::max(0.0, minimum[c] - before[c]);
      const double spare = std::max(0.0, before[c] - minimum[c]);
      width[c] += need * give / short_by - spare * give / room;
    }
  }

  int table = NewElem("Table");
  flow_.elems[static_cast<size_t>(table)].summary = n.table.alt;
  int thead = -1, tbody = -1;
  const int table_index = static_cast<int>(flow_.tables.size());
  flow_.tables.emplace_back();
  TableRepeat& repeat = flow_.tables.back();

  // Caption: "Table 1: title" (or just one of them).
  std::string caption_label = n.number.label;
  const model::TextStyle& cap_ts = style.Text("caption");
  if (!n.title.empty() || !caption_label.empty()) {
    model::Runs runs;
    if (!caption_label.empty()) {
      model::Run r;
      r.text = caption_label + (n.title.empty() ? "" : ": ");
      runs.push_back(r);
    }
    runs.insert(runs.end(), n.title.begin(), n.title.end());
    InlineLayout il(ctx_);
    il.AddRuns(runs, Format("caption"));
    auto caption = il.Layout(x0, total, 0, cap_ts.line_height, false);
    Tag(&caption, NewElem("Caption", table));
    AddLines(std::move(caption), cap_ts.space_before, cap_ts.space_after, true, true, n.id);
    if (n.table.continued_caption) {
      model::Run r;
      r.text = " " + style.continued;
      runs.push_back(r);
      InlineLayout cl(ctx_);
      cl.AddRuns(runs, Format("caption"));
      for (LineBox& lb : cl.Layout(x0, total, 0, cap_ts.line_height, false)) {
        Item item;
        item.height = lb.height;
        item.ops = std::move(lb.ops);
        item.keep_with_next = true;
        repeat.header.push_back(std::move(item));
      }
      if (!repeat.header.empty()) repeat.header.back().height += cap_ts.space_after;
    }
  } else if (!n.id.empty()) {
    pending_gap_ = std::max(pending_gap_, 6.0);
  }
  bool first_row = true;
  for (const model::Node& row : n.children) {
    if (row.kind != model::NodeKind::kRow) continue;
    const char* ts_name = row.row_header ? "table-header" : "table";
    const model::TextStyle& ts = style.Text(ts_name);
    InlineFormat fmt = Format(ts_name);
    struct CellBox {
      double x = 0, w = 0;
      std::vector<LineBox> lines;
      std::string fill;
    };
    std::vector<CellBox> cells;
    int& group = row.row_header ? thead : tbody;
    if (group < 0) group = NewElem(row.row_header ? "THead" : "TBody", table);
    int tr = NewElem("TR", group);
    size_t c = 0;
    double x = x0;
    for (const model::Node& cell : row.children) {
      if (c >= ncols) break;
      size_t span = std::min(static_cast<size_t>(std::max(1, cell.col_span)), ncols - c);
      CellBox box;
      box.x = x;
      for (size_t k = 0; k < span; ++k) box.w += width[c + k];
      InlineLayout il(ctx_);
      model::Runs runs = cell.runs;
      if (runs.empty() && cell.rag != model::Rag::kNone) {
        model::Run r;
        r.text = model::RagName(cell.rag);
        runs.push_back(r);
      }
      il.AddRuns(runs, fmt);
      box.lines = il.Layout(x + kPadX, box.w - 2 * kPadX, 0, ts.line_height, false);
      int cell_elem = WithLang(NewElem(row.row_header ? "TH" : "TD", tr), cell.lang);
      StructElem& ce = flow_.elems[static_cast<size_t>(cell_elem)];
      if (row.row_header) ce.scope = "Column";
      ce.col_span = static_cast<int>(span);
      Tag(&box.lines, cell_elem);
      CellBlocks(cell, x + kPadX, box.w - 2 * kPadX, fmt, ts.line_height, cell_elem,
                 &box.lines);
      model::Align align = c < n.table.columns.size() ? n.table.columns[c].align : model::Align::kLeft;
      if (align != model::Align::kLeft) {
        for (LineBox& lb : box.lines) {
          double slack = box.w - 2 * kPadX - lb.width;
          double dx = align == model::Align::kRight ? slack : slack / 2;
          for (Op& op : lb.ops) op.x += dx;
        }
      }
      if (cell.rag != model::Rag::kNone) box.fill = RagColor(style.colors, cell.rag);
      else if (row.row_header) box.fill = style.colors.table_header;
      cells.push_back(std::move(box));
      x += cells.back().w;
      c += span;
    }
    // Cut the row into slices that fit a page under the repeated header,
    // between lines: a cut is the highest of the cells' last line ends
    // under the limit (cells that end above it do not count), so no line
    // of any cell reaches past the slice it starts in by more than the
    // limit allows. Each cell's lines are walked once for the cuts and once
    // for the slices: a row of any length costs time in proportion to it.
    double header_h = 0;
    for (const Item& h : repeat.header) header_h += h.height;
    const double max_row = std::max(frame_.height() - header_h - 2 * kPadY - 1, 48.0);
    std::vector<double> cuts = {0};
    double content = 0;
    for (const CellBox& cb : cells) {
      double h = 0;
      for (const LineBox& lb : cb.lines) h += lb.height;
      content = std::max(content, h);
    }
    {
      std::vector<size_t> next(cells.size(), 0);
      std::vector<double> top(cells.size(), 0);  // where line next[k] starts
      while (content - cuts.back() > max_row) {
        const double limit = cuts.back() + max_row;
        double best = limit;
        bool found = false;
        for (size_t k = 0; k < cells.size(); ++k) {
          const std::vector<LineBox>& lines = cells[k].lines;
          while (next[k] < lines.size() && top[k] + lines[next[k]].height <= limit + 0.01) {
            top[k] += lines[next[k]].height;
            ++next[k];
          }
          if (next[k] == lines.size()) continue;  // ends above the limit
          if (top[k] > cuts.back() + 0.01 && (!found || top[k] < best)) {
            best = top[k];
            found = true;
          }
        }
        cuts.push_back(best);  // not found: a line taller than a page is cut
      }
    }
    cuts.push_back(content);
    std::vector<size_t> next(cells.size(), 0);
    std::vector<double> top(cells.size(), 0);
    for (size_t s = 0; s + 1 < cuts.size(); ++s) {
      double y_from = cuts[s], y_to = cuts[s + 1];
      // Lines starting in [y_from, y_to) belong to this slice.
      std::vector<std::vector<Op>> line_fills(cells.size());
      std::vector<Op> fills, texts, borders;
      double bottom = y_to;
      for (size_t k = 0; k < cells.size(); ++k) {
        const std::vector<LineBox>& lines = cells[k].lines;
        while (next[k] < lines.size() && (top[k] < y_to - 0.01 || s + 2 == cuts.size())) {
          const LineBox& lb = lines[next[k]];
          for (Op op : lb.ops) {
            op.y += kPadY + (top[k] - y_from);
            (op.kind == Op::kFill ? line_fills[k] : texts).push_back(op);
          }
          top[k] += lb.height;
          bottom = std::max(bottom, top[k]);
          ++next[k];
        }
      }
      Item item;
      item.height = (bottom - y_from) + 2 * kPadY;
      for (size_t k = 0; k < cells.size(); ++k) {
        const CellBox& cb = cells[k];
        if (!cb.fill.empty()) {
          Op f;
          f.kind = Op::kFill;
          f.x = cb.x, f.y = 0, f.w = cb.w, f.h = item.height;
          f.color = ParseColor(cb.fill);
          fills.push_back(f);
        }
        fills.insert(fills.end(), line_fills[k].begin(), line_fills[k].end());
      }
      for (const CellBox& cb : cells) {
        if (n.table.borders) {
          Op b;
          b.kind = Op::kStroke;
          b.x = cb.x, b.y = 0, b.w = cb.w, b.h = item.height;
          b.size = kBorder;
          b.color = ParseColor(style.colors.table_border);
          borders.push_back(b);
        }
      }
      item.ops = std::move(fills);
      item.ops.insert(item.ops.end(), texts.begin(), texts.end());
      item.ops.insert(item.ops.end(), borders.begin(), borders.end());
      if (first_row && s == 0) {
        item.gap_before = std::max(pending_gap_, 0.0);
        if (n.title.empty() && caption_label.empty() && !n.id.empty()) item.anchors.push_back(n.id);
      }
      if (!row.id.empty() && s == 0) item.anchors.push_back(row.id);
      // A group row (one cell across the table: "Joint commissioning and
      // health provision") stays with the first row of its group.
      const bool group_row = !row.row_header && &row != &n.children.back() &&
                             row.children.size() == 1 &&
                             static_cast<size_t>(std::max(1, row.children[0].col_span)) >= ncols &&
                             ncols > 1;
      item.keep_with_next = row.row_header || group_row;
      if (!row.row_header) item.table = table_index;
      if (row.row_header && n.table.repeat_header) {
        // Repeated on continuation pages as decoration: read once.
        Item copy;
        copy.height = item.height;
        copy.keep_with_next = item.keep_with_next;
        for (Op op : item.ops) {
          if (op.kind == Op::kLink) continue;
          op.elem = kArtifact;
          copy.ops.push_back(op);
        }
        repeat.header.push_back(std::move(copy));
      }
      AddItem(std::move(item));
      pending_gap_ = 0;
    }
    first_row = false;
  }
  pending_gap_ = style.Text("normal").space_after;
}

void FlowBuilder::CellBlocks(const model::Node& cell, double x, double width,
                             const InlineFormat& fmt, double leading, int cell_elem,
                             std::vector<LineBox>* lines) {
  const double gap = fmt.size * 0.4;  // between a cell's paragraphs
  auto spacer = [&] {
    if (lines->empty()) return;
    LineBox space;
    space.height = gap;
    lines->push_back(std::move(space));
  };
  for (const model::Node& c : cell.children) {
    if (c.kind == model::NodeKind::kParagraph) {
      InlineLayout il(ctx_);
      il.AddRuns(c.runs, fmt);
      auto ls = il.Layout(x, width, 0, leading, false);
      Tag(&ls, WithLang(NewElem("P", cell_elem), c.lang));
      spacer();
      for (LineBox& lb : ls) lines->push_back(std::move(lb));
    } else if (c.kind == model::NodeKind::kList) {
      int list = NewElem("L", cell_elem);
      spacer();
      const bool bullets = c.list.kind == model::ListKind::kBulleted;
      const bool plain = c.list.kind == model::ListKind::kPlain;
      const double hang = plain ? 0 : fmt.size * 1.5;
      for (const model::Node& item : c.children) {
        if (item.kind != model::NodeKind::kListItem) continue;
        int li = NewElem("LI", list);
        std::string label = bullets ? "\u2022" : plain ? "" : item.number.label;
        InlineLayout il(ctx_);
        il.AddRuns(item.runs, fmt);
        double text_x = x + hang;
        double first_offset = 0;
        if (!label.empty()) {
          double w = ctx_->fonts->Width(FaceOf(fmt.bold, fmt.italic), label, fmt.size);
          if (w + 3 > hang) first_offset = w + 3 - hang;
        }
        auto ls = il.Layout(text_x, std::max(width - hang, 20.0), first_offset, leading, false);
        if (ls.empty()) continue;
        Tag(&ls, NewElem("LBody", li));
        if (!label.empty()) {
          InlineLayout ll(ctx_);
          ll.AddText(label, fmt);
          auto lab = ll.Layout(x, 1e6, 0, leading, false);
          if (!lab.empty() && !lab[0].ops.empty()) {
            Op op = lab[0].ops[0];
            op.elem = NewElem("Lbl", li);
            for (const Op& o : ls[0].ops) {
              if (o.kind == Op::kText) {
                op.y = o.y;
                break;
              }
            }
            ls[0].ops.insert(ls[0].ops.begin(), op);
          }
        }
        for (LineBox& lb : ls) lines->push_back(std::move(lb));
      }
    }
  }
}

}  // namespace clerk::render::pdf
