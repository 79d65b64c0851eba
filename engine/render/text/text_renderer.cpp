#include "render/text/text_renderer.h"

#include <algorithm>
#include <cstdlib>

#include "base/utf8.h"
#include "model/chart.h"

namespace clerk::render {

namespace {

using model::Node;
using model::NodeKind;

constexpr int kWidth = 78;
constexpr int kNumberColumn = 6;

std::string Spaces(int n) { return std::string(static_cast<size_t>(std::max(0, n)), ' '); }

int Width(std::string_view s) { return static_cast<int>(Utf8Length(s)); }

std::string RunsText(const model::Runs& runs) {
  std::string out;
  for (const model::Run& r : runs) {
    switch (r.kind) {
      case model::RunKind::kLineBreak:
        out += '\n';
        break;
      case model::RunKind::kLink: {
        out += r.text;
        std::string shown = r.target.rfind("mailto:", 0) == 0
                                ? r.target.substr(7)
                                : r.target;
        if (shown != r.text) out += " <" + shown + ">";
        break;
      }
      default:
        out += r.text;
    }
  }
  return out;
}

// Wraps `text` to kWidth: the first line starts with `first`, the rest with
// `rest`. Breaks at spaces; a word longer than the line stands alone.
std::string Wrap(const std::string& text, const std::string& first,
                 const std::string& rest, int width = kWidth) {
  std::string out;
  std::string prefix = first;
  size_t start = 0;
  bool any_line = false;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string_view para(text.data() + start,
                          (nl == std::string::npos ? text.size() : nl) - start);
    std::string line = prefix;
    int line_w = Width(prefix);
    int base_w = line_w;
    size_t i = 0;
    while (i <= para.size()) {
      size_t sp = para.find(' ', i);
      if (sp == std::string_view::npos) sp = para.size();
      std::string_view word = para.substr(i, sp - i);
      i = sp + 1;
      if (word.empty()) {
        if (sp >= para.size()) break;
        continue;
      }
      int ww = Width(word);
      if (line_w > base_w && line_w + 1 + ww > width) {
        out += line + "\n";
        line = rest;
        line_w = base_w = Width(rest);
      }
      if (line_w > base_w) {
        line += ' ';
        ++line_w;
      }
      line += word;
      line_w += ww;
      if (sp >= para.size()) break;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
    any_line = true;
    prefix = rest;
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  if (!any_line) out += first + "\n";
  return out;
}

// The label padded to the number column: "1.1   ".
// Centres or right-aligns each line of `block` (lines starting `indent`
// spaces in) between the indent and kWidth.
std::string AlignLines(const std::string& block, int indent, model::Align align) {
  if (align == model::Align::kLeft) return block;
  std::string out;
  size_t at = 0;
  while (at < block.size()) {
    size_t end = block.find('\n', at);
    if (end == std::string::npos) end = block.size();
    std::string line = block.substr(at, end - at);
    size_t first = line.find_first_not_of(' ');
    line = first == std::string::npos ? "" : line.substr(first);
    int room = kWidth - indent - Width(line);
    if (room < 0) room = 0;
    int pad = indent + (align == model::Align::kCenter ? room / 2 : room);
    out += Spaces(pad) + line;
    if (end < block.size()) out += '\n';
    at = end + 1;
  }
  return out;
}

std::string NumberCell(const std::string& label) {
  int w = Width(label);
  return label + Spaces(w < kNumberColumn ? kNumberColumn - w : 1);
}

class TextWriter {
 public:
  explicit TextWriter(const model::Style& style) : style_(style) {}

  std::string Render(const model::Document& doc) {
    for (const Node& n : doc.root.children) Block(n, 0, false);
    while (out_.size() >= 2 && out_[out_.size() - 1] == '\n' &&
           out_[out_.size() - 2] == '\n') {
      out_.pop_back();
    }
    return out_;
  }

 private:
  void Blank() {
    if (!out_.empty() && out_.size() >= 2 &&
        !(out_[out_.size() - 1] == '\n' && out_[out_.size() - 2] == '\n')) {
      out_ += '\n';
    }
  }

  void Block(const Node& n, int indent, bool in_numbered) {
    std::string pad = Spaces(indent);
    if (n.kind != NodeKind::kTitle && after_title_) Blank();
    after_title_ = n.kind == NodeKind::kTitle;
    switch (n.kind) {
      case NodeKind::kTitle:
        out_ += Wrap(RunsText(n.runs), pad, pad);
        break;
      case NodeKind::kCover:
        cover_col_ = 18;
        for (const Node& f : n.children) {
          if (model::CoverFieldRunsIn(n, f)) continue;
          cover_col_ = std::max(cover_col_, Width(RunsText(f.title)) + 3);
        }
        for (const Node& f : n.children) {
          if (model::CoverFieldRunsIn(n, f)) {
            RunInField(f);
          } else {
            CoverField(f);
          }
        }
        break;
      case NodeKind::kSection:
      case NodeKind::kAppendix: {
        Blank();
        std::string title = RunsText(n.title);
        std::string head = n.number.label;
        if (!head.empty() && !title.empty()) {
          head += n.kind == NodeKind::kAppendix ? " \xE2\x80\x93 " : " ";
        }
        head += title;
        out_ += Wrap(head, pad, pad);
        out_ += '\n';
        bool numbered = n.kind == NodeKind::kSection && n.numbered;
        for (const Node& c : n.children) {
          Block(c, indent, n.kind == NodeKind::kSection &&
                               (n.level == 1 ? numbered : in_numbered));
        }
        Blank();
        break;
      }
      case NodeKind::kHeading: {
        std::string t = RunsText(n.runs);
        if (!n.number.label.empty()) t = NumberCell(n.number.label) + t;
        out_ += AlignLines(Wrap(t, pad, pad), indent, n.align);
        out_ += '\n';
        break;
      }
      case NodeKind::kParagraph:
        Paragraph(n, indent, in_numbered);
        break;
      case NodeKind::kList:
        List(n, indent + (in_numbered ? kNumberColumn : 0));
        break;
      case NodeKind::kTable:
        Table(n, indent + (in_numbered ? kNumberColumn : 0));
        break;
      case NodeKind::kContact:
        Contact(n, indent + (in_numbered ? kNumberColumn : 0));
        break;
      case NodeKind::kImage:
        out_ += pad + "[Image: " + n.image.alt + "]\n\n";
        break;
      case NodeKind::kChart:
        // The drawing's numbers as a table, then what it shows in words.
      {
        int in = indent + (in_numbered ? kNumberColumn : 0);
        Table(model::ChartDataTable(n), in);
        std::string cpad = Spaces(in);
        out_ += Wrap("[Chart: " + n.chart.alt + "]", cpad, cpad) + "\n";
        break;
      }
      case NodeKind::kContents:
        Contents(n, pad);
        break;
      case NodeKind::kPageBreak:
        Blank();
        break;
      default:
        break;
    }
  }

  void CoverField(const Node& f) {
    std::string label =
        RunsText(model::CoverLabel(f.title, style_.cover_label_colon));
    int col = cover_col_;
    std::string rest = Spaces(col);
    bool first = true;
    for (const Node& c : f.children) {
      std::string lead = first ? label + Spaces(col - Width(label)) : rest;
      if (c.kind == NodeKind::kParagraph) {
        out_ += Wrap(RunsText(c.runs), lead, rest);
      } else if (c.kind == NodeKind::kList) {
        if (first) out_ += label + "\n";
        List(c, col);
      }
      first = false;
    }
    if (first) out_ += label + "\n";
    out_ += '\n';
  }

  // Across the page: "Summary: The report sets out …", later paragraphs
  // and lists at the margin.
  void RunInField(const Node& f) {
    std::string label = RunsText(model::CoverLabel(f.title, style_.cover_label_colon));
    bool first = true;
    for (const Node& c : f.children) {
      if (c.kind == NodeKind::kParagraph) {
        std::string text = RunsText(c.runs);
        if (first && !label.empty()) text = label + " " + text;
        out_ += Wrap(text, "", "");
      } else if (c.kind == NodeKind::kList) {
        if (first && !label.empty()) out_ += label + "\n";
        List(c, 0);
      }
      first = false;
    }
    if (first && !label.empty()) out_ += label + "\n";
    out_ += '\n';
  }

  void Paragraph(const Node& n, int indent, bool in_numbered) {
    int level_indent = indent + (n.level - 1) * kNumberColumn;
    std::string text = RunsText(n.runs);
    if (!n.number.label.empty()) {
      std::string pad = Spaces(level_indent);
      std::string num = NumberCell(n.number.label);
      out_ += Wrap(text, pad + num, Spaces(level_indent + Width(num)));
    } else {
      int in = level_indent + (in_numbered || n.level > 1 ? kNumberColumn : 0);
      if (!text.empty()) {
        out_ += AlignLines(Wrap(text, Spaces(in), Spaces(in)), in, n.align);
      }
    }
    if (!text.empty()) out_ += '\n';
    for (const Node& c : n.children) {
      Block(c, indent, in_numbered);
    }
  }

  void List(const Node& list, int indent) {
    std::string pad = Spaces(indent);
    if (!list.title.empty()) {
      out_ += Wrap(RunsText(list.title), pad, pad);
      out_ += '\n';
    }
    for (const Node& item : list.children) {
      std::string text = RunsText(item.runs);
      if (list.list.kind == model::ListKind::kPlain) {
        out_ += Wrap(text, pad, pad);
      } else {
        std::string num = NumberCell(item.number.label);
        out_ += Wrap(text, pad + num, Spaces(indent + Width(num)));
      }
      bool tight = list.list.kind == model::ListKind::kPlain ||
                   list.list.kind == model::ListKind::kBulleted;
      if (!tight) out_ += '\n';
      for (const Node& c : item.children) {
        if (c.kind == NodeKind::kList) {
          List(c, indent + kNumberColumn);
        } else {
          Block(c, indent + kNumberColumn, false);
        }
      }
    }
    if (list.list.kind == model::ListKind::kPlain ||
        list.list.kind == model::ListKind::kBulleted) {
      out_ += '\n';
    }
  }

  // "Contents", then "1. Introduction ........ 3" per entry: dot leaders
  // to the page number at the right edge (the PDF's page).
  void Contents(const Node& n, const std::string& pad) {
    Blank();
    std::string title = RunsText(n.title);
    if (!title.empty()) out_ += pad + title + "\n\n";
    for (const Node& e : n.children) {
      std::string page = e.page > 0 ? std::to_string(e.page) : "";
      std::string text = RunsText(e.runs);
      int room = kWidth - Width(pad) - Width(page) - 2;
      std::string lines = Wrap(text, pad, pad, std::max(room, 20) + Width(pad));
      while (!lines.empty() && lines.back() == '\n') lines.pop_back();
      size_t last = lines.rfind('\n');
      int used = Width(last == std::string::npos ? lines : lines.substr(last + 1));
      int dots = kWidth - used - Width(page) - 2;
      out_ += lines + " " + std::string(static_cast<size_t>(std::max(dots, 1)), '.') + " " + page + "\n";
    }
    Blank();
  }

  void Contact(const Node& n, int indent) {
    std::string pad = Spaces(indent);
    const model::ContactInfo& c = n.contact;
    if (!c.role.empty()) out_ += pad + c.role + ":\n";
    std::string name = c.name;
    if (!c.job_title.empty()) name += " \xE2\x80\x93 " + c.job_title;
    out_ += Wrap(name, pad, pad);
    if (!c.phone.empty()) out_ += pad + c.phone + "\n";
    if (!c.email.empty()) out_ += pad + c.email + "\n";
    if (!c.address.empty()) out_ += Wrap(c.address, pad, pad);
    out_ += '\n';
  }

  // Column widths in characters for a table `avail` wide.
  std::vector<int> ColumnWidths(const Node& t, int avail) {
    size_t n = t.table.columns.size();
    std::vector<double> weight(n, 0);
    std::vector<int> natural(n, 1);
    std::vector<int> longest_word(n, 1);
    for (const Node& row : t.children) {
      size_t col = 0;
      for (const Node& cell : row.children) {
        if (col < n && cell.col_span == 1) {
          int longest = 0;
          std::string s = RunsText(cell.runs);
          size_t i = 0;
          while (i <= s.size()) {
            size_t sp = s.find_first_of(" \n", i);
            if (sp == std::string::npos) sp = s.size();
            longest = std::max(longest, Width(s.substr(i, sp - i)));
            i = sp + 1;
          }
          natural[col] = std::max({natural[col], longest,
                                   std::min(Width(s), 30)});
          longest_word[col] = std::max(longest_word[col], longest);
        }
        col += static_cast<size_t>(cell.col_span);
      }
    }
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
      const std::string& w = t.table.columns[i].width;
      double v = std::atof(w.c_str());
      if (w.empty()) weight[i] = natural[i] * 100.0 / avail;
      else if (w.back() == '%') weight[i] = v;
      else if (w.back() == '*') weight[i] = v * 10;
      else if (w.size() > 2 && w.substr(w.size() - 2) == "mm") weight[i] = v * 100 / 160;
      else if (w.size() > 2 && w.substr(w.size() - 2) == "cm") weight[i] = v * 1000 / 160;
      else if (w.size() > 2 && w.substr(w.size() - 2) == "pt") weight[i] = v * 100 / 453;
      else weight[i] = v * 100 / 6.3;  // inches
      total += weight[i];
    }
    int usable = avail - 3 * static_cast<int>(n - 1);
    std::vector<int> widths(n);
    std::vector<int> min_w(n);
    for (size_t i = 0; i < n; ++i) {
      widths[i] = std::max(3, static_cast<int>(usable * weight[i] /
                                               (total > 0 ? total : 1)));
      min_w[i] = std::min(std::max(3, longest_word[i]), 20);
    }
    // Widen columns too narrow for their longest word, taking the space
    // from columns that have some to spare.
    for (size_t i = 0; i < n; ++i) {
      while (widths[i] < min_w[i]) {
        size_t donor = n;
        for (size_t k = 0; k < n; ++k) {
          if (k != i && widths[k] > min_w[k] &&
              (donor == n || widths[k] - min_w[k] > widths[donor] - min_w[donor])) {
            donor = k;
          }
        }
        if (donor == n) break;
        --widths[donor];
        ++widths[i];
      }
    }
    return widths;
  }

  // A cell's text, then each of its paragraphs and list items on a line of
  // its own ("1. text", "• text").
  static std::string CellText(const Node& cell) {
    std::string s = RunsText(cell.runs);
    auto line = [&s](const std::string& l) {
      if (!s.empty()) s += '\n';
      s += l;
    };
    for (const Node& c : cell.children) {
      if (c.kind == NodeKind::kParagraph) line(RunsText(c.runs));
      if (c.kind != NodeKind::kList) continue;
      for (const Node& item : c.children) {
        std::string label = c.list.kind == model::ListKind::kBulleted ? "\u2022"
                            : c.list.kind == model::ListKind::kPlain  ? ""
                                                                      : item.number.label;
        line(label.empty() ? RunsText(item.runs) : label + " " + RunsText(item.runs));
      }
    }
    return s;
  }

  void Table(const Node& t, int indent) {
    std::string pad = Spaces(indent);
    if (!t.title.empty() || !t.number.label.empty()) {
      std::string cap = t.number.label;
      std::string title = RunsText(t.title);
      if (!cap.empty() && !title.empty()) cap += ": ";
      out_ += Wrap(cap + title, pad, pad);
      out_ += '\n';
    }
    if (t.table.columns.empty()) return;
    std::vector<int> widths = ColumnWidths(t, kWidth - indent);
    for (const Node& row : t.children) {
      // Wrap every cell, then print line by line.
      std::vector<std::vector<std::string>> lines;
      std::vector<int> spans;
      size_t col = 0;
      for (const Node& cell : row.children) {
        int w = 0;
        for (int k = 0; k < cell.col_span && col < widths.size(); ++k, ++col) {
          w += widths[col] + (k ? 3 : 0);
        }
        std::string wrapped = Wrap(CellText(cell), "", "", w);
        std::vector<std::string> cl;
        size_t s = 0;
        while (s < wrapped.size()) {
          size_t e = wrapped.find('\n', s);
          cl.push_back(wrapped.substr(s, e - s));
          s = e + 1;
        }
        lines.push_back(std::move(cl));
        spans.push_back(w);
      }
      size_t height = 0;
      for (const auto& cl : lines) height = std::max(height, cl.size());
      for (size_t li = 0; li < height; ++li) {
        std::string line = pad;
        for (size_t c = 0; c < lines.size(); ++c) {
          std::string s = li < lines[c].size() ? lines[c][li] : "";
          line += s;
          if (c + 1 < lines.size()) line += Spaces(spans[c] - Width(s)) + " | ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out_ += line + "\n";
      }
      if (row.row_header) {
        std::string rule = pad;
        for (size_t c = 0; c < widths.size(); ++c) {
          rule += std::string(static_cast<size_t>(widths[c]), '-');
          if (c + 1 < widths.size()) rule += "-+-";
        }
        out_ += rule + "\n";
      }
    }
    out_ += '\n';
  }

  const model::Style& style_;
  std::string out_;
  bool after_title_ = false;
  int cover_col_ = 18;
};

}  // namespace

std::string RenderText(const model::Document& doc, const model::Style& style) {
  return TextWriter(style).Render(doc);
}

}  // namespace clerk::render
