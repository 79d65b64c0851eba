#include "render/html/html_body.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_system.h"
#include "base/no_break.h"
#include "media/image.h"
#include "model/chart.h"
#include "render/html/html_chart.h"
#include "render/html/html_util.h"

namespace clerk::render::html {

namespace {

using model::ListKind;
using model::Node;
using model::NodeKind;
using model::RunKind;

// Link targets a published page may carry; anything else (javascript:,
// data:, file:) is shown as text.
bool SafeUrl(const std::string& url) {
  // A page beside this one ("cabinet-wsoa.html"): only the agenda pack makes
  // such links (a template's <link> takes web and e-mail addresses only).
  if (url.size() > 5 && url.compare(url.size() - 5, 5, ".html") == 0 &&
      url[0] != '.' && url[0] != '-' &&
      url.find_first_of(":/\\ \"'<>?#") == std::string::npos) {
    return true;
  }
  static const char* const kSchemes[] = {"https:", "http:", "mailto:", "tel:"};
  for (const char* s : kSchemes) {
    size_t n = std::char_traits<char>::length(s);
    if (url.size() > n && std::equal(s, s + n, url.begin(), [](char a, char b) {
          return a == static_cast<char>(std::tolower(static_cast<unsigned char>(b)));
        })) {
      return true;
    }
  }
  return false;
}

// The text escaped, with base/no_break.h's rules made explicit as in the
// DOCX, so that browsers keep "0–25", "1 October 2019" and "Appendix 1" on
// one line like the PDF: a no-break space (U+00A0) for a space, a word
// joiner (U+2060) after a dash.
void AppendKept(std::string* out, std::string_view text, const NoBreaks& keep) {
  if (keep.empty()) {
    AppendEscaped(out, text);
    return;
  }
  size_t s = 0, d = 0, from = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    while (d < keep.after_dash.size() && keep.after_dash[d] < i) ++d;
    bool joiner = d < keep.after_dash.size() && keep.after_dash[d] == i;
    while (s < keep.spaces.size() && keep.spaces[s] < i) ++s;
    bool space = s < keep.spaces.size() && keep.spaces[s] == i;
    if (!joiner && !space) continue;
    AppendEscaped(out, text.substr(from, i - from));
    if (joiner) *out += "\xE2\x81\xA0";
    if (space) {
      *out += "\xC2\xA0";
      from = i + 1;
    } else {
      from = i;
    }
  }
  AppendEscaped(out, text.substr(from));
}

bool RunsEmpty(const model::Runs& runs) {
  for (const model::Run& r : runs) {
    if (r.kind == RunKind::kLineBreak || !r.text.empty()) return false;
  }
  return true;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const char* RagClass(model::Rag r) {
  switch (r) {
    case model::Rag::kRed: return "clerk-rag-red";
    case model::Rag::kAmber: return "clerk-rag-amber";
    case model::Rag::kGreen: return "clerk-rag-green";
    case model::Rag::kComplete: return "clerk-rag-complete";
    case model::Rag::kNotStarted: return "clerk-rag-not-started";
    case model::Rag::kNone: break;
  }
  return "";
}

}  // namespace

void BodyWriter::Open(const char* tag, const std::string& cls,
                      const std::string& id) {
  out_ += '<';
  out_ += tag;
  if (!id.empty()) out_ += " id=\"" + Escaped(id, true) + "\"";
  if (!cls.empty()) out_ += " class=\"" + cls + "\"";
  out_ += '>';
}

// The class that aligns a paragraph or heading (the table cells' classes).
std::string BodyWriter::AlignClass(model::Align a) {
  return a == model::Align::kCenter ? "clerk-center"
         : a == model::Align::kRight ? "clerk-right"
                                     : "";
}

void BodyWriter::Number(const Node& n) {
  if (n.number.label.empty()) return;
  out_ += "<span class=\"clerk-num\">";
  bool bold = LabelBold(n);
  if (bold) out_ += "<strong>";
  AppendEscaped(&out_, n.number.label);
  if (bold) out_ += "</strong>";
  out_ += "</span> ";
}

bool BodyWriter::LabelBold(const Node& n) const {
  auto it = style_.schemes.find(n.number.scheme);
  if (it == style_.schemes.end() || n.number.level < 0) return false;
  const auto& levels = it->second.levels;
  size_t level = static_cast<size_t>(n.number.level);
  return level < levels.size() && levels[level].bold;
}

void BodyWriter::OpenHeading(int desired, const std::string& id, const std::string& cls) {
  int level = std::clamp(std::min(desired, last_heading_ + 1), 2, 6);
  last_heading_ = level;
  open_heading_ = level;
  out_ += "<h" + std::to_string(level);
  if (!id.empty()) out_ += " id=\"" + Escaped(id, true) + "\"";
  if (!cls.empty()) out_ += " class=\"" + cls + "\"";
  out_ += '>';
}

void BodyWriter::CloseHeading() {
  out_ += "</h" + std::to_string(open_heading_) + ">\n";
}

void BodyWriter::Runs(const model::Runs& runs) {
  // Pairs split across runs ("paragraph " and a cross-reference's "2.3")
  // are kept together as within one.
  std::vector<std::string_view> parts;
  parts.reserve(runs.size());
  for (const model::Run& r : runs) {
    parts.push_back(r.kind == RunKind::kLineBreak ? std::string_view()
                    : r.kind == RunKind::kLink && r.text.empty() ? std::string_view("link")
                                                                  : std::string_view(r.text));
  }
  const std::vector<NoBreaks> keeps = FindNoBreaksAcross(parts);
  for (size_t ri = 0; ri < runs.size(); ++ri) {
    const model::Run& r = runs[ri];
    const NoBreaks& keep = keeps[ri];
    if (r.kind == RunKind::kLineBreak) {
      out_ += "<br>";
      continue;
    }
    if (r.bold) out_ += "<strong>";
    if (r.italic) out_ += "<em>";
    switch (r.kind) {
      case RunKind::kLink: {
        std::string shown = r.text;
        if (shown.empty()) {
          shown = r.target.rfind("mailto:", 0) == 0 ? r.target.substr(7) : r.target;
        }
        if (SafeUrl(r.target)) {
          out_ += "<a href=\"" + Escaped(r.target, true) + "\">";
          AppendKept(&out_, shown, r.text.empty() ? NoBreaks() : keep);
          out_ += "</a>";
        } else {
          AppendKept(&out_, shown, r.text.empty() ? NoBreaks() : keep);
        }
        break;
      }
      case RunKind::kXref: {
        auto it = ids_.by_target.find(r.target);
        if (it != ids_.by_target.end() && !r.text.empty()) {
          out_ += "<a href=\"#" + Escaped(it->second, true) + "\">";
          AppendKept(&out_, r.text, keep);
          out_ += "</a>";
        } else {
          AppendKept(&out_, r.text, keep);
        }
        break;
      }
      case RunKind::kPlaceholder:
        out_ += "<mark class=\"clerk-missing\">";
        AppendEscaped(&out_, r.text);
        out_ += "</mark>";
        break;
      default:
        AppendKept(&out_, r.text, keep);
    }
    if (r.italic) out_ += "</em>";
    if (r.bold) out_ += "</strong>";
  }
}

void BodyWriter::TitleLine(const Node& n, bool is_h1) {
  if (is_h1) {
    out_ += "<h1>";
    Runs(n.runs);
    out_ += "</h1>\n";
    return;
  }
  out_ += n.level == 0 ? "<p class=\"clerk-title\">" : "<p class=\"clerk-kicker\">";
  Runs(n.runs);
  out_ += "</p>\n";
}

void BodyWriter::Block(const Node& n, int depth, bool in_numbered) {
  switch (n.kind) {
    case NodeKind::kTitle:
      TitleLine(n, false);
      break;
    case NodeKind::kCover:
      Cover(n, depth);
      break;
    case NodeKind::kSection:
    case NodeKind::kAppendix:
      Section(n, depth, in_numbered);
      break;
    case NodeKind::kHeading:
      OpenHeading(depth + n.level, ids_.Of(n), AlignClass(n.align));
      Number(n);
      Runs(n.runs);
      CloseHeading();
      break;
    case NodeKind::kParagraph:
      Paragraph(n, depth, in_numbered);
      break;
    case NodeKind::kList:
      List(n, depth, in_numbered);
      break;
    case NodeKind::kTable:
      Table(n, in_numbered);
      break;
    case NodeKind::kContact:
      Contact(n, in_numbered);
      break;
    case NodeKind::kImage:
      out_ += in_numbered ? "<p class=\"clerk-figure clerk-in\">" : "<p class=\"clerk-figure\">";
      Image(n.image.path, n.image.alt, n.image.width_mm, "", n.loc);
      out_ += "</p>\n";
      break;
    case NodeKind::kChart: {
      // A figure: the title, the drawing (its name is the alt text), then
      // the same numbers as a table a screen reader can walk.
      const std::string& id = ids_.Of(n);
      out_ += in_numbered ? "<figure class=\"clerk-chart clerk-in\"" : "<figure class=\"clerk-chart\"";
      if (!id.empty()) out_ += " id=\"" + Escaped(id, true) + "\"";
      out_ += ">\n";
      if (!RunsEmpty(n.title)) {
        out_ += "<figcaption>";
        Runs(n.title);
        out_ += "</figcaption>\n";
      }
      out_ += ChartSvg(n, style_.colors);
      model::Node data = model::ChartDataTable(n);
      std::string title = model::PlainText(n.title);
      data.title.clear();
      data.table.alt = title.empty() ? "Chart data" : "Chart data: " + title;
      Table(data, false);
      out_ += "</figure>\n";
      break;
    }
    case NodeKind::kPageBreak:
      out_ += "<div class=\"clerk-page-break\"></div>\n";
      break;
    case NodeKind::kContents:  // the page's own Contents list (html_renderer.cpp)
      break;
    default:
      for (const Node& c : n.children) Block(c, depth, in_numbered);
  }
}

void BodyWriter::Contents(const Node& root, bool asked) {
  std::vector<const Node*> entries;
  for (const Node& n : root.children) {
    if ((n.kind == NodeKind::kSection || n.kind == NodeKind::kAppendix) &&
        !ids_.Of(n).empty() && (!RunsEmpty(n.title) || !n.number.label.empty())) {
      entries.push_back(&n);
    }
  }
  if (entries.size() < 3 && !(asked && !entries.empty())) return;
  out_ += "<nav class=\"clerk-contents\" aria-labelledby=\"clerk-contents\">\n";
  OpenHeading(2, "clerk-contents");
  out_ += "Contents";
  CloseHeading();
  out_ += "<ul>\n";
  for (const Node* n : entries) {
    out_ += "<li><a href=\"#" + Escaped(ids_.Of(*n), true) + "\">";
    AppendEscaped(&out_, n->number.label);
    if (!n->number.label.empty() && !RunsEmpty(n->title)) {
      out_ += n->kind == NodeKind::kAppendix ? " \xE2\x80\x93 " : " ";
    }
    AppendEscaped(&out_, model::PlainText(n->title));
    out_ += "</a></li>\n";
  }
  out_ += "</ul>\n</nav>\n";
}

void BodyWriter::Cover(const Node& n, int depth) {
  bool open = false;  // a <dl> of labelled fields
  for (const Node& f : n.children) {
    if (model::CoverFieldRunsIn(n, f)) {
      // Across the page, the label run in: its own paragraph, between the
      // label/value lists.
      if (open) out_ += "</dl>\n";
      open = false;
      RunInField(f, depth);
      continue;
    }
    if (!open) out_ += "<dl class=\"clerk-cover\">\n";
    open = true;
    out_ += "<dt>";
    Runs(model::CoverLabel(f.title, style_.cover_label_colon));
    out_ += "</dt>\n<dd>";
    for (const Node& c : f.children) {
      if (c.kind == NodeKind::kParagraph && c.number.label.empty() && c.children.empty()) {
        out_ += "<p>";
        Runs(c.runs);
        out_ += "</p>";
      } else {
        out_ += '\n';
        Block(c, depth, false);
      }
    }
    out_ += "</dd>\n";
  }
  if (open) out_ += "</dl>\n";
}

void BodyWriter::RunInField(const Node& f, int depth) {
  const model::Runs label = model::CoverLabel(f.title, style_.cover_label_colon);
  const bool labelled = !model::PlainText(label).empty();
  bool first = true;
  for (const Node& c : f.children) {
    if (c.kind == NodeKind::kParagraph && c.number.label.empty() && c.children.empty()) {
      out_ += "<p class=\"clerk-cover-line\">";
      if (first && labelled) {
        out_ += "<strong>";
        Runs(label);
        out_ += "</strong> ";
      }
      Runs(c.runs);
      out_ += "</p>\n";
    } else {
      if (first && labelled) {
        out_ += "<p class=\"clerk-cover-line\"><strong>";
        Runs(label);
        out_ += "</strong></p>\n";
      }
      Block(c, depth, false);
    }
    first = false;
  }
  if (first && labelled) {
    out_ += "<p class=\"clerk-cover-line\"><strong>";
    Runs(label);
    out_ += "</strong></p>\n";
  }
}

void BodyWriter::Section(const Node& n, int depth, bool in_numbered) {
  bool appendix = n.kind == NodeKind::kAppendix;
  std::string cls = appendix ? "clerk-appendix" : "clerk-section";
  if (n.landscape) cls += " clerk-landscape";
  const std::string& id = ids_.Of(n);
  Open("section", cls, id);
  out_ += '\n';
  int level = appendix ? 2 : depth + 2 + (n.level > 1 && depth == 0 ? n.level - 1 : 0);
  // A numbered section heading hangs: its lines wrap under the title.
  OpenHeading(level, "", !appendix && !n.number.label.empty() ? "clerk-hang" : "");
  if (!n.number.label.empty()) {
    out_ += "<span class=\"clerk-num\">";
    AppendEscaped(&out_, n.number.label);
    out_ += "</span>";
    if (!RunsEmpty(n.title)) out_ += appendix ? " \xE2\x80\x93 " : " ";
  }
  Runs(n.title);
  CloseHeading();
  bool numbered = !appendix && (n.level == 1 ? n.numbered : in_numbered);
  for (const Node& c : n.children) Block(c, depth + 1, numbered);
  out_ += "</section>\n";
}

void BodyWriter::Paragraph(const Node& n, int depth, bool in_numbered) {
  int level = std::clamp(n.level, 1, 3);
  if (!n.number.label.empty()) {
    Open("p", "clerk-para clerk-p" + std::to_string(level), ids_.Of(n));
    Number(n);
    Runs(n.runs);
    out_ += "</p>\n";
  } else if (!RunsEmpty(n.runs)) {
    std::string cls = level > 1 ? "clerk-p" + std::to_string(level)
                                : (in_numbered ? "clerk-in" : "");
    std::string align = AlignClass(n.align);
    if (!align.empty()) cls += cls.empty() ? align : " " + align;
    Open("p", cls, ids_.Of(n));
    Runs(n.runs);
    out_ += "</p>\n";
  }
  for (const Node& c : n.children) Block(c, depth, in_numbered);
}

void BodyWriter::List(const Node& n, int depth, bool indent) {
  std::string heading_id;
  if (!RunsEmpty(n.title)) {
    heading_id = "clerk-list-" + std::to_string(++list_headings_);
    Open("p", indent ? "clerk-list-heading clerk-in" : "clerk-list-heading", heading_id);
    Runs(n.title);
    out_ += "</p>\n";
  }
  ListKind kind = n.list.kind;
  bool ordered = kind != ListKind::kBulleted && kind != ListKind::kPlain;
  // Bullets of a scheme the list names ("-" beside "•") are printed, as
  // the other outputs do, not left to the browser's disc.
  bool own_bullets = kind == ListKind::kBulleted && !n.list.scheme.empty();
  std::string cls = ordered || own_bullets ? "clerk-list"
                    : kind == ListKind::kBulleted ? "clerk-bullets"
                                                  : "clerk-plain";
  if (kind == ListKind::kRecommendations) cls += " clerk-rec";
  if (kind == ListKind::kResolutions) cls += " clerk-res";
  if (indent) cls += " clerk-in";
  const char* tag = ordered ? "ol" : "ul";
  out_ += std::string("<") + tag;
  if (!ids_.Of(n).empty()) out_ += " id=\"" + Escaped(ids_.Of(n), true) + "\"";
  out_ += " class=\"" + cls + "\"";
  // A list drawn without markers loses its list role in some browsers.
  if (ordered || own_bullets || kind == ListKind::kPlain) out_ += " role=\"list\"";
  if (!heading_id.empty()) out_ += " aria-labelledby=\"" + heading_id + "\"";
  out_ += ">\n";
  for (const Node& item : n.children) {
    Open("li", "", ids_.Of(item));
    if (ordered) Number(item);
    if (own_bullets && !item.number.label.empty()) {
      out_ += "<span class=\"clerk-bullet\" aria-hidden=\"true\">";
      bool bold = LabelBold(item);
      if (bold) out_ += "<strong>";
      AppendEscaped(&out_, item.number.label);
      if (bold) out_ += "</strong>";
      out_ += "</span> ";
    }
    Runs(item.runs);
    for (const Node& c : item.children) {
      out_ += '\n';
      Block(c, depth, false);
    }
    out_ += "</li>\n";
  }
  out_ += std::string("</") + tag + ">\n";
}

void BodyWriter::Table(const Node& t, bool indent) {
  ++tables_;
  const std::string& id = ids_.Of(t);
  std::string caption_id = Escaped(
      (id.empty() ? "clerk-table-" + std::to_string(tables_) : id) + "-caption", true);
  bool has_caption = !t.number.label.empty() || !RunsEmpty(t.title);
  out_ += indent ? "<div class=\"clerk-table-wrap clerk-in\"" : "<div class=\"clerk-table-wrap\"";
  out_ += " role=\"region\" tabindex=\"0\"";
  if (has_caption) {
    out_ += " aria-labelledby=\"" + caption_id + "\">\n";
  } else {
    out_ += " aria-label=\"" + Escaped(t.table.alt.empty() ? "Table" : t.table.alt, true) +
            "\">\n";
  }
  Open("table", t.table.borders ? "clerk-borders" : "", id);
  out_ += '\n';
  if (has_caption) {
    out_ += "<caption id=\"" + caption_id + "\">";
    if (!t.number.label.empty()) {
      out_ += "<span class=\"clerk-num\">";
      AppendEscaped(&out_, t.number.label);
      out_ += "</span>";
      if (!RunsEmpty(t.title)) out_ += ": ";
    }
    Runs(t.title);
    out_ += "</caption>\n";
  }
  size_t head_rows = 0;
  while (head_rows < t.children.size() && t.children[head_rows].row_header) ++head_rows;
  if (head_rows > 0) {
    out_ += "<thead>\n";
    for (size_t i = 0; i < head_rows; ++i) Row(t.children[i], t, true);
    out_ += "</thead>\n";
  }
  if (head_rows < t.children.size()) {
    out_ += "<tbody>\n";
    for (size_t i = head_rows; i < t.children.size(); ++i) {
      Row(t.children[i], t, t.children[i].row_header);
    }
    out_ += "</tbody>\n";
  }
  out_ += "</table>\n</div>\n";
}

void BodyWriter::Row(const Node& row, const Node& table, bool header) {
  out_ += "<tr>";
  size_t col = 0;
  for (const Node& cell : row.children) {
    std::string cls;
    if (col < table.table.columns.size()) {
      model::Align a = table.table.columns[col].align;
      if (a == model::Align::kCenter) cls = "clerk-center";
      if (a == model::Align::kRight) cls = "clerk-right";
    }
    if (cell.rag != model::Rag::kNone && !header) {
      cls += std::string(cls.empty() ? "" : " ") + RagClass(cell.rag);
    }
    out_ += header ? "<th scope=\"col\"" : "<td";
    if (!cls.empty()) out_ += " class=\"" + cls + "\"";
    if (cell.col_span > 1) out_ += " colspan=\"" + std::to_string(cell.col_span) + "\"";
    out_ += '>';
    Runs(cell.runs);
    if (cell.rag != model::Rag::kNone) {
      // The colour is never the only signal: the RAG word is always there.
      std::string word = model::RagName(cell.rag);
      std::string text = Lower(model::PlainText(cell.runs));
      if (RunsEmpty(cell.runs)) {
        out_ += word;
      } else if (text.find(Lower(word)) == std::string::npos) {
        out_ += " (" + word + ")";
      }
    }
    // Paragraphs and lists in the cell, after its own text.
    for (const Node& c : cell.children) Block(c, 1, false);
    out_ += header ? "</th>" : "</td>";
    col += static_cast<size_t>(std::max(1, cell.col_span));
  }
  out_ += "</tr>\n";
}

void BodyWriter::Contact(const Node& n, bool indent) {
  const model::ContactInfo& c = n.contact;
  Open("address", indent ? "clerk-contact clerk-in" : "clerk-contact", ids_.Of(n));
  bool first = true;
  auto line = [&](const std::string& html) {
    if (html.empty()) return;
    if (!first) out_ += "<br>\n";
    out_ += html;
    first = false;
  };
  if (!c.role.empty()) line("<strong>" + Escaped(c.role) + ":</strong>");
  std::string name = c.name;
  if (!c.job_title.empty()) name += (name.empty() ? "" : " \xE2\x80\x93 ") + c.job_title;
  line(Escaped(name));
  if (!c.phone.empty()) {
    std::string tel;
    for (char ch : c.phone) {
      if ((ch >= '0' && ch <= '9') || (ch == '+' && tel.empty())) tel += ch;
    }
    line(tel.size() >= 3 ? "<a href=\"tel:" + tel + "\">" + Escaped(c.phone) + "</a>"
                         : Escaped(c.phone));
  }
  if (!c.email.empty()) {
    line("<a href=\"mailto:" + Escaped(c.email, true) + "\">" + Escaped(c.email) + "</a>");
  }
  line(Escaped(c.address));
  out_ += "</address>\n";
}

bool BodyWriter::Image(const std::string& path, const std::string& alt,
                       double width_mm, const char* cls, const SourceLoc& loc) {
  auto fs = NewRealFileSystem();
  Result<std::string> bytes = fs->Read(path);
  // The bytes are embedded only once they decode within the pixel budget
  // (media/image.h), so HTML refuses what the PDF and the DOCX refuse.
  Result<std::shared_ptr<const media::Image>> decoded =
      bytes.ok() ? media::LoadImage(path, *bytes)
                 : Result<std::shared_ptr<const media::Image>>(bytes.status());
  if (!decoded.ok()) {
    if (diags_ != nullptr) diags_->Error(loc, decoded.status().message());
    return false;
  }
  const double width = (*decoded)->width, height = (*decoded)->height;
  const char* mime = (*decoded)->format == media::ImageFormat::kPng ? "image/png" : "image/jpeg";
  // CSS pixels are 1/96 in; a picture without a width shows at 96 dpi.
  double w = width_mm > 0 ? width_mm * 96 / 25.4 : width;
  double h = w * height / width;
  out_ += "<img";
  if (cls[0] != '\0') out_ += std::string(" class=\"") + cls + "\"";
  out_.append(" src=\"data:").append(mime).append(";base64,").append(Base64(*bytes)).append("\"");
  out_ += " alt=\"" + Escaped(alt, true) + "\"";
  out_ += " width=\"" + std::to_string(std::max(1L, std::lround(w))) + "\"";
  out_ += " height=\"" + std::to_string(std::max(1L, std::lround(h))) + "\">";
  return true;
}

}  // namespace clerk::render::html
