#include "render/docx/table_writer.h"

#include <algorithm>
#include <cstdlib>

#include "base/utf8.h"
#include "render/docx/body_writer.h"
#include "render/docx/paragraph_writer.h"
#include "render/docx/runs_writer.h"
#include "render/docx/style_ids.h"
#include "render/docx/styles_part.h"
#include "render/docx/units.h"

namespace clerk::render::docx {

namespace {

using model::Node;

double ParseNumber(std::string_view s, std::string_view* unit) {
  std::string num(s);
  char* end = nullptr;
  double v = std::strtod(num.c_str(), &end);
  *unit = s.substr(static_cast<size_t>(end - num.c_str()));
  return v;
}

std::string_view JcFor(model::Align a) {
  switch (a) {
    case model::Align::kLeft: return {};
    case model::Align::kCenter: return "center";
    case model::Align::kRight: return "right";
  }
  return {};
}

std::string_view RagFill(const model::Colors& c, model::Rag r) {
  switch (r) {
    case model::Rag::kNone: return {};
    case model::Rag::kRed: return c.rag_red;
    case model::Rag::kAmber: return c.rag_amber;
    case model::Rag::kGreen: return c.rag_green;
    case model::Rag::kComplete: return c.rag_complete;
    case model::Rag::kNotStarted: return c.rag_not_started;
  }
  return {};
}

long long TextWidthTwips(const BodyContext& ctx) {
  const model::PageSetup& p = ctx.style.page;
  double width = ctx.landscape ? p.height - p.margin_left - p.margin_right
                               : TextWidthPt(p);
  return Twips(width);
}

void CellStart(XmlWriter& w, long long width, int span, std::string_view fill) {
  w.Raw("<w:tc><w:tcPr>");
  w.Start("w:tcW");
  w.Attr("w:w", width);
  w.Attr("w:type", "dxa");
  w.EndEmpty();
  if (span > 1) w.Val("w:gridSpan", span);
  if (!fill.empty()) {
    w.Start("w:shd");
    w.Attr("w:val", "clear");
    w.Attr("w:color", "auto");
    w.Attr("w:fill", fill);
    w.EndEmpty();
  }
  w.Raw("</w:tcPr>");
}

void EmptyParagraph(BodyContext& ctx, XmlWriter& w, std::string_view style) {
  ParaProps p;
  p.style = style;
  BeginParagraph(ctx, w, p);
  EndParagraph(ctx, w);
}

// The left cell margin of the table styles (styles_part.cpp).
constexpr long long kCellMargin = 80;  // 4 pt, as the PDF

// `indent`: w:tblInd; -kCellMargin lines a borderless table's text up with
// the body text. `layout`: a table used only to place text (the cover
// block): no header row or first-column look, and a description saying so,
// which is what Word's accessibility checker and screen readers go by.
void TableStart(XmlWriter& w, std::string_view style, long long width,
                const Node* table, long long indent = 0, bool layout = false) {
  w.Raw("<w:tbl><w:tblPr>");
  w.Val("w:tblStyle", style);
  w.Start("w:tblW");
  w.Attr("w:w", width);
  w.Attr("w:type", "dxa");
  w.EndEmpty();
  if (indent != 0) {
    w.Start("w:tblInd");
    w.Attr("w:w", indent);
    w.Attr("w:type", "dxa");
    w.EndEmpty();
  }
  w.Raw("<w:tblLayout w:type=\"fixed\"/>");
  if (layout) {
    w.Raw("<w:tblLook w:val=\"0600\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\""
          " w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>");
    w.Val("w:tblDescription", "Layout table");
  }
  if (table != nullptr) {
    std::string caption = model::PlainText(table->title);
    if (!caption.empty()) w.Val("w:tblCaption", caption);
    if (!table->table.alt.empty()) w.Val("w:tblDescription", table->table.alt);
  }
  w.Raw("</w:tblPr>");
}

void Grid(XmlWriter& w, const std::vector<long long>& widths) {
  w.Raw("<w:tblGrid>");
  for (long long x : widths) {
    w.Start("w:gridCol");
    w.Attr("w:w", x);
    w.EndEmpty();
  }
  w.Raw("</w:tblGrid>");
}

}  // namespace

std::vector<long long> ColumnWidths(const std::vector<model::Column>& columns,
                                    size_t count, long long total) {
  count = std::max(count, columns.size());
  std::vector<long long> out(count, 0);
  std::vector<double> weight(count, 0);
  long long used = 0;
  for (size_t i = 0; i < count; ++i) {
    std::string_view spec = i < columns.size() ? std::string_view(columns[i].width)
                                               : std::string_view();
    if (spec.empty()) {
      weight[i] = 1;
      continue;
    }
    std::string_view unit;
    double v = ParseNumber(spec, &unit);
    if (unit == "%") out[i] = std::llround(total * v / 100.0);
    else if (unit == "mm") out[i] = Twips(v * kPtPerMm);
    else if (unit == "cm") out[i] = Twips(v * 10 * kPtPerMm);
    else if (unit == "pt") out[i] = Twips(v);
    else if (unit == "in") out[i] = Twips(v * 72);
    else weight[i] = v > 0 ? v : 1;  // "2*", or anything unknown
    used += out[i];
  }
  double weights = 0;
  for (double x : weight) weights += x;
  long long left = std::max(total - used, 0LL);
  for (size_t i = 0; i < count; ++i) {
    if (weight[i] > 0) out[i] = std::llround(left * weight[i] / weights);
    out[i] = std::max(out[i], 200LL);  // 10 pt: still a usable column
  }
  return out;
}

// Word's SEQ field switch for a counter format.
std::string_view SeqFormat(model::NumFormat f) {
  switch (f) {
    case model::NumFormat::kUpperRoman: return "ROMAN";
    case model::NumFormat::kLowerRoman: return "roman";
    case model::NumFormat::kUpperAlpha: return "ALPHABETIC";
    case model::NumFormat::kLowerAlpha: return "alphabetic";
    default: return "ARABIC";
  }
}

// "Table 1: Action plan" as Word writes a caption: the Caption style, the
// label's words, a SEQ field whose cached result is clerk's number (so that
// Word's Table of Figures finds it and an update gives the same number),
// then the title. The bookmark of a cross-reference target ends after the
// number, so that REF fields to it give "Table 1".
void WriteCaption(BodyContext& ctx, XmlWriter& w, const Node& table) {
  const std::string& label = table.numbered ? table.number.label : std::string();
  if (table.title.empty() && label.empty()) return;
  ParaProps cap;
  cap.style = sid::kCaption;
  cap.keep_next = true;
  BeginParagraph(ctx, w, cap);
  if (!label.empty()) {
    const model::NumScheme& scheme = ctx.style.Scheme(table.number.scheme.empty()
                                                          ? std::string("table")
                                                          : table.number.scheme);
    model::NumFormat format = scheme.levels.empty() ? model::NumFormat::kDecimal
                                                    : scheme.levels[0].format;
    std::string value = model::FormatCounter(table.number.value, format);
    if (!value.empty() && label.ends_with(value)) {
      std::string prefix = label.substr(0, label.size() - value.size());
      std::string name = std::string(Trim(prefix));
      if (name.empty() || name.find(' ') != std::string::npos) name = "Table";
      WriteTextRun(w, prefix, {});
      WriteField(w, " SEQ " + name + " \\* " + std::string(SeqFormat(format)) + " ",
                 value, {});
    } else {
      WriteTextRun(w, label, {});
    }
    CloseBookmarks(ctx, w);
    if (!table.title.empty()) WriteTextRun(w, ": ", {});
  }
  WriteRuns(ctx, w, table.title);
  EndParagraph(ctx, w);
}

void WriteTable(BodyContext& ctx, XmlWriter& w, const Node& table) {
  WriteCaption(ctx, w, table);
  size_t count = 0;
  for (const Node& row : table.children) {
    size_t n = 0;
    for (const Node& cell : row.children) n += static_cast<size_t>(std::max(cell.col_span, 1));
    count = std::max(count, n);
  }
  if (count == 0) count = table.table.columns.size();
  if (count == 0 || table.children.empty()) {
    if (ctx.diags != nullptr) ctx.diags->Warning(table.loc, "table has no rows; left out of the DOCX");
    return;
  }
  std::vector<long long> widths = ColumnWidths(table.table.columns, count, TextWidthTwips(ctx));
  count = widths.size();
  long long total = 0;
  for (long long x : widths) total += x;

  TableStart(w, table.table.borders ? sid::kTableGrid : sid::kTableNormal, total, &table);
  Grid(w, widths);
  bool in_header = true;
  for (const Node& row : table.children) {
    in_header = in_header && row.row_header;
    w.Raw("<w:tr><w:trPr><w:cantSplit/>");
    if (in_header && table.table.repeat_header) w.Raw("<w:tblHeader/>");
    w.Raw("</w:trPr>");
    // A group row (one cell across the table) stays with the next row, as
    // in the PDF: Word keeps a row with the next when its paragraphs do.
    const bool group_row = !row.row_header && &row != &table.children.back() &&
                           row.children.size() == 1 && count > 1 &&
                           row.children[0].col_span >= static_cast<int>(count);
    size_t col = 0;
    for (const Node& cell : row.children) {
      if (col >= count) break;
      int span = std::clamp(cell.col_span, 1, static_cast<int>(count - col));
      long long width = 0;
      for (size_t k = col; k < col + static_cast<size_t>(span); ++k) width += widths[k];
      std::string_view fill = RagFill(ctx.style.colors, cell.rag);
      if (fill.empty() && row.row_header) fill = ctx.style.colors.table_header;
      CellStart(w, width, span, fill);
      ParaProps p;
      p.style = row.row_header ? sid::kTableHeading : sid::kTableText;
      if (col < table.table.columns.size()) p.jc = JcFor(table.table.columns[col].align);
      p.keep_next = group_row;
      QueueBookmark(ctx, cell);
      // A cell of paragraphs or lists only starts with its first one.
      const bool own_text = !cell.runs.empty() || cell.rag != model::Rag::kNone ||
                            cell.children.empty();
      if (own_text) {
        BeginParagraph(ctx, w, p);
        if (cell.runs.empty() && cell.rag != model::Rag::kNone) {
          WriteTextRun(w, model::RagName(cell.rag), {});
        } else {
          WriteRuns(ctx, w, cell.runs);
        }
        EndParagraph(ctx, w);
      }
      for (const Node& c : cell.children) WriteBlock(ctx, w, c, Container::kCell);
      if (!cell.children.empty() && cell.children.back().kind == model::NodeKind::kTable) {
        EmptyParagraph(ctx, w, sid::kTableText);
      }
      w.Raw("</w:tc>");
      col += static_cast<size_t>(span);
    }
    for (; col < count; ++col) {  // a short row: pad with empty cells
      CellStart(w, widths[col], 1, {});
      EmptyParagraph(ctx, w, sid::kTableText);
      w.Raw("</w:tc>");
    }
    w.Raw("</w:tr>");
  }
  w.Raw("</w:tbl>");
}

void WriteCover(BodyContext& ctx, XmlWriter& w, const Node& cover) {
  if (cover.children.empty()) return;
  // Borderless: shifted left by the cell margin so labels line up with the
  // body text, and as much wider so values end at the right margin.
  long long text = TextWidthTwips(ctx) + kCellMargin;
  std::vector<long long> widths = {text * 3 / 10, text - text * 3 / 10};
  TableStart(w, sid::kTableNormal, text, nullptr, -kCellMargin, true);
  Grid(w, widths);
  for (const Node& field : cover.children) {
    w.Raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    if (field.kind == model::NodeKind::kCoverField && model::CoverFieldRunsIn(cover, field)) {
      // Across both columns, the label run in (bold) before the value.
      CellStart(w, widths[0] + widths[1], 2, {});
      QueueBookmark(ctx, field);
      model::Runs label = model::CoverLabel(field.title, ctx.style.cover_label_colon);
      if (!model::PlainText(label).empty()) {
        for (model::Run& r : label) r.bold = true;
        model::Run space;
        space.text = " ";
        label.push_back(space);
      } else {
        label.clear();
      }
      const bool last_field = &field == &cover.children.back();
      for (size_t i = 0; i < field.children.size(); ++i) {
        const bool last = i + 1 == field.children.size();
        ctx.cover_space_after = !last ? 60 : last_field ? 0 : -1;
        const Node& c = field.children[i];
        if (i == 0 && !label.empty() && c.kind == model::NodeKind::kParagraph) {
          Node first = c;
          first.runs.insert(first.runs.begin(), label.begin(), label.end());
          WriteBlock(ctx, w, first, Container::kCover);
          continue;
        }
        if (i == 0 && !label.empty()) {
          ParaProps p;
          p.style = sid::kCoverValue;
          BeginParagraph(ctx, w, p);
          WriteRuns(ctx, w, label);
          EndParagraph(ctx, w);
        }
        WriteBlock(ctx, w, c, Container::kCover);
      }
      ctx.cover_space_after = -1;
      if (field.children.empty()) {
        ParaProps p;
        p.style = sid::kCoverValue;
        BeginParagraph(ctx, w, p);
        WriteRuns(ctx, w, label);
        EndParagraph(ctx, w);
      } else if (field.children.back().kind == model::NodeKind::kTable) {
        EmptyParagraph(ctx, w, sid::kCoverValue);
      }
      w.Raw("</w:tc></w:tr>");
      continue;
    }
    CellStart(w, widths[0], 1, {});
    ParaProps label;
    label.style = sid::kCoverLabel;
    QueueBookmark(ctx, field);
    BeginParagraph(ctx, w, label);
    WriteRuns(ctx, w, model::CoverLabel(field.title, ctx.style.cover_label_colon));
    EndParagraph(ctx, w);
    w.Raw("</w:tc>");
    CellStart(w, widths[1], 1, {});
    if (field.kind == model::NodeKind::kCoverField) {
      // Paragraphs of one value are 3 pt apart, as in the PDF; the last
      // value of the cover leaves the gap to the heading that follows.
      const bool last_field = &field == &cover.children.back();
      for (size_t i = 0; i < field.children.size(); ++i) {
        const bool last = i + 1 == field.children.size();
        ctx.cover_space_after = !last ? 60 : last_field ? 0 : -1;
        WriteBlock(ctx, w, field.children[i], Container::kCover);
      }
      ctx.cover_space_after = -1;
    } else {
      WriteBlock(ctx, w, field, Container::kCover);
    }
    if (field.children.empty() || field.children.back().kind == model::NodeKind::kTable) {
      EmptyParagraph(ctx, w, sid::kCoverValue);
    }
    w.Raw("</w:tc></w:tr>");
  }
  w.Raw("</w:tbl>");
  // Two tables in a row would merge in Word; a table must not end the body.
  // One point high, so that the gap to the next heading is the PDF's.
  ParaProps spacer;
  spacer.space_after = 0;
  spacer.line_exact = 20;
  BeginParagraph(ctx, w, spacer);
  EndParagraph(ctx, w);
}

}  // namespace clerk::render::docx
