#include "render/html/html_css.h"

#include <algorithm>
#include <charconv>

#include "render/html/html_util.h"

namespace clerk::render::html {

namespace {

constexpr double kAa = 4.5;

// A number for CSS: at most three decimals, no trailing zeros.
std::string Num(double v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3);
  std::string s(buf, r.ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

// (Built by append: GCC 12 at -O3 warns falsely about "literal" + string,
// -Wrestrict, GCC bug 105329.)
std::string Color(const std::string& rgb) {
  return std::string("#").append(Darkened(rgb, "FFFFFF", kAa));
}

// A background: the style's colour if it is one, else white.
std::string Fill(const std::string& rgb) {
  return std::string("#").append(HexColor(rgb, "FFFFFF"));
}

// A CSS string literal.
std::string CssString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '<') {
      out += "\\3C ";  // never "</style" inside the style element
    } else if (c == '\n' || c == '\r') {
      out += "\\A ";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// A header/footer text ("Page {page} of {pages}") as CSS content.
std::string MarginContent(const std::string& text, const model::Metadata& m) {
  std::string out, lit;
  auto flush = [&] {
    if (!lit.empty()) out += (out.empty() ? "" : " ") + CssString(lit);
    lit.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      lit += text[i++];
      continue;
    }
    std::string field = text.substr(i + 1, close - i - 1);
    i = close + 1;
    if (field == "page" || field == "pages") {
      flush();
      if (!out.empty()) out += ' ';
      out.append("counter(").append(field).append(")");
    } else if (field == "classification") lit += m.classification;
    else if (field == "reference") lit += m.reference;
    else if (field == "title") lit += m.title;
    else if (field == "council") lit += m.council;
    else if (field == "committee") lit += m.committee;
    else if (field == "date") lit += m.date;
  }
  flush();
  return out;
}

std::string FontFamily(const model::Style& s) {
  const std::string& f = s.font_family;
  bool serif = f.find("Serif") != std::string::npos && f.find("Sans") == std::string::npos;
  std::string stack = CssString(f);
  const char* const sans[] = {"Arial", "Liberation Sans", "Helvetica"};
  const char* const serifs[] = {"Liberation Serif", "Times New Roman", "Times"};
  for (const char* name : serif ? serifs : sans) {
    if (f != name) stack += ", " + (std::string(name).find(' ') != std::string::npos
                                        ? CssString(name)
                                        : std::string(name));
  }
  return stack + (serif ? ", serif" : ", sans-serif");
}

// Chart rules only in pages that have a chart.
bool HasChart(const model::Node& n) {
  if (n.kind == model::NodeKind::kChart) return true;
  for (const model::Node& c : n.children) {
    if (HasChart(c)) return true;
  }
  return false;
}

class Css {
 public:
  Css(const model::Document& doc, const model::Style& s) : doc_(doc), s_(s) {
    base_ = std::max(6.0, s.Text("normal").size);
  }

  std::string Build() {
    const model::Colors& c = s_.colors;
    Rule(":root", "color-scheme: light");
    Rule("html", "font-family: " + FontFamily(s_) + "; font-size: 100%; line-height: " +
                     Num(s_.Text("normal").line_height + 0.2) +
                     "; color: " + Color(s_.Text("normal").color) +
                     "; background: #FFFFFF; -webkit-text-size-adjust: 100%; "
                     "text-size-adjust: 100%");
    Rule("body", "margin: 0; overflow-wrap: break-word");
    Rule(".clerk-masthead, main, .clerk-foot",
         "max-width: 48rem; margin: 0 auto; padding: 0 1rem");
    Rule(".clerk-masthead", "display: flex; flex-wrap: wrap; align-items: flex-start; "
                            "justify-content: space-between; gap: 0.5rem 1rem; "
                            "padding-top: 1rem");
    Rule(".clerk-marks", "margin: 0; font-size: 0.875rem");
    Rule(".clerk-logo", "display: block; margin-left: auto; height: auto; max-width: min(" +
                            Num(s_.logo_width_mm) + "mm, 45%)");
    Rule(".clerk-skip", "position: absolute; left: -999rem");
    Rule(".clerk-skip:focus", "position: static; display: inline-block; margin: 0.5rem 1rem; "
                              "padding: 0.25rem; background: #FFDD00; color: #000000");
    Rule(".clerk-draft", "margin: 0 0 1rem; width: 100%; padding: 0.5rem 0.75rem; "
                         "border: 3px solid #A4171A; color: #A4171A; font-weight: bold");
    Rule("mark.clerk-missing", "background: " + Fill(c.placeholder) + "; color: #" +
                                   TextOnFill(c.placeholder) + "; padding: 0 0.15em");
    Text(".clerk-title", "title");
    Text(".clerk-kicker", "subtitle");
    Text("h1", "title");
    Rule("h1 > .clerk-title, h1 > .clerk-kicker", "display: block; margin: 0");
    Rule("h1, h2, h3, h4, h5, h6", "break-after: avoid; page-break-after: avoid");
    Text("h2", "heading1");
    Text("h3", "heading2");
    Text("h4, h5, h6", "heading3");
    Rule("p", "margin: 0 0 " + Em(s_.Text("normal").space_after) + "em");
    Rule("a", "color: " + Color(c.link) + "; text-decoration: underline");
    Rule("a:focus", "outline: 3px solid #FFDD00; background: #FFDD00; color: #000000");
    Cover();
    Numbers();
    Lists();
    Tables();
    Rule(".clerk-contact", "font-style: normal; margin: 0 0 1em");
    Rule(".clerk-contents", "margin: 0 0 1.5rem; padding: 0.25rem 0 0.5rem; "
                            "border-top: 1px solid #B1B4B6; border-bottom: 1px solid #B1B4B6");
    Rule(".clerk-contents h2", "margin-top: 0.5rem");
    Rule(".clerk-contents ul", "list-style: none; margin: 0; padding: 0");
    Rule(".clerk-contents li", "margin: 0 0 0.3em");
    Rule(".clerk-figure", "margin: 0 0 1em");
    Rule(".clerk-figure img", "max-width: 100%; height: auto");
    if (HasChart(doc_.root)) {
      Rule(".clerk-chart", "margin: 0 0 1em");
      Rule(".clerk-chart figcaption", "font-weight: bold; margin: 0 0 0.25em");
      Rule(".clerk-chart-svg", "display: block; max-width: 100%; height: auto");
    }
    Rule(".clerk-page-break", "display: none");
    // Last, so that it wins over the margins of lists, tables and contacts.
    Rule(".clerk-in", "margin-left: " + Em(text_col_) + "em");
    Rule(".clerk-foot", "margin-top: 2rem; padding-bottom: 1rem; border-top: 1px solid #505A5F; "
                        "font-size: 0.875rem; color: #505A5F");
    out_ += "@media (max-width: 30em) {\n";
    Rule(".clerk-para, .clerk-list > li", "padding-left: 2.6em");
    Rule(".clerk-p2", "padding-left: 4.2em");
    Rule(".clerk-p2 > .clerk-num", "left: 1.6em");
    Rule(".clerk-p3", "padding-left: 5.6em");
    Rule(".clerk-p3 > .clerk-num", "left: 3em");
    Rule(".clerk-in", "margin-left: 2.6em");
    Rule(".clerk-table-wrap.clerk-in", "margin-left: 0");
    Rule(".clerk-hang .clerk-num", "min-width: calc(2.6rem - 0.3em)");
    Rule(".clerk-hang", "padding-left: 2.6rem; text-indent: -2.6rem");
    out_ += "}\n";
    Print();
    return out_;
  }

 private:
  std::string Em(double pt) const { return Num(pt / base_); }

  void Rule(const std::string& selector, const std::string& body) {
    out_ += selector + " { " + body + " }\n";
  }

  void Text(const std::string& selector, const std::string& name) {
    const model::TextStyle& t = s_.Text(name);
    std::string b = "font-size: " + Em(t.size) + "rem; line-height: " +
                    Num(std::max(1.1, t.line_height + (t.size > base_ ? 0.0 : 0.2))) +
                    "; font-weight: " + (t.bold ? "bold" : "normal") +
                    "; font-style: " + (t.italic ? "italic" : "normal") +
                    "; color: " + Color(t.color) + "; margin: " +
                    Em(std::max(t.space_before, 6.0)) + "em 0 " + Em(t.space_after) + "em";
    if (t.all_caps) b += "; text-transform: uppercase";
    Rule(selector, b);
  }

  // The number column of the body scheme's levels (pt → em of body text).
  void Numbers() {
    const model::NumScheme& body = s_.Scheme("body");
    Rule(".clerk-para, .clerk-list > li", "position: relative");
    Rule(".clerk-para > .clerk-num, .clerk-list > li > .clerk-num", "position: absolute; left: 0");
    double text_col = 0;
    for (size_t lv = 1; lv < body.levels.size() && lv <= 3; ++lv) {
      const model::NumLevel& l = body.levels[lv];
      double hang = std::max(l.hanging_pt, 24.0);
      double text = l.indent_pt + hang;
      if (lv == 1) text_col = text;
      std::string cls = ".clerk-p" + std::to_string(lv);
      Rule(cls, "padding-left: " + Em(text) + "em");
      Rule(cls + " > .clerk-num", "left: " + Em(l.indent_pt) + "em" +
                                      (l.right_align_number ? "; width: " + Em(hang - 6) +
                                                                  "em; text-align: right"
                                                            : ""));
    }
    if (text_col <= 0) text_col = 36;
    text_col_ = text_col;
    Rule(".clerk-list > li", "padding-left: " + Em(std::max(text_col, 30.0)) + "em");
    // The heading's number column lines up with the paragraphs' (less the
    // space after the number).
    Rule(".clerk-hang .clerk-num", "display: inline-block; text-indent: 0; min-width: calc(" +
                                       Em(text_col) + "rem - 0.3em)");
    Rule(".clerk-hang", "padding-left: " + Em(text_col) + "rem; text-indent: -" + Em(text_col) +
                            "rem");
  }

  void Cover() {
    Rule(".clerk-cover", "margin: 1rem 0 1.5rem");
    const model::TextStyle& label = s_.Text("cover-label");
    Rule(".clerk-cover dt", std::string("font-weight: ") + (label.bold ? "bold" : "normal") +
                                "; color: " + Color(label.color));
    Rule(".clerk-cover dd", "margin: 0 0 0.75rem");
    Rule(".clerk-cover dd > :last-child", "margin-bottom: 0");
    out_ += "@media (min-width: 40em) {\n";
    Rule(".clerk-cover", "display: grid; grid-template-columns: minmax(9rem, 28%) 1fr; "
                         "column-gap: 1rem");
    Rule(".clerk-cover dd", "margin: 0 0 0.75rem");
    out_ += "}\n";
  }

  void Lists() {
    Rule(".clerk-list", "list-style: none; margin: 0 0 1em; padding: 0");
    // Bullets of a house scheme ("-") are printed, in the number column.
    bool own_bullets = false;
    for (const auto& [name, scheme] : s_.schemes) {
      own_bullets = own_bullets || (name != "bullet" && !scheme.levels.empty() &&
                                    scheme.levels[0].format == model::NumFormat::kBullet);
    }
    if (own_bullets) Rule(".clerk-list > li > .clerk-bullet", "position: absolute; left: 0");
    Rule(".clerk-list > li", "margin: 0 0 " + Em(s_.Text("normal").space_after) + "em");
    Rule(".clerk-list .clerk-list", "margin-top: 0.4em");
    Rule(".clerk-bullets", "margin: 0 0 1em; padding-left: 1.5em");
    Rule(".clerk-plain", "list-style: none; margin: 0 0 1em; padding: 0");
    const model::TextStyle& lh = s_.Text("list-heading");
    Rule(".clerk-list-heading", std::string("font-weight: ") + (lh.bold ? "bold" : "normal") +
                                    "; color: " + Color(lh.color) + "; margin-bottom: 0.4em");
  }

  void Tables() {
    const model::Colors& c = s_.colors;
    const model::TextStyle& t = s_.Text("table");
    const model::TextStyle& th = s_.Text("table-header");
    const model::TextStyle& cap = s_.Text("caption");
    Rule(".clerk-table-wrap", "overflow-x: auto; margin: 0 0 1.25em; max-width: 100%");
    Rule(".clerk-table-wrap:focus", "outline: 3px solid #FFDD00");
    Rule("table", "border-collapse: collapse; width: 100%; font-size: " +
                      Em(std::max(t.size, base_ * 0.85)) + "rem");
    Rule("caption", std::string("text-align: left; padding: 0 0 0.4em; font-weight: ") +
                        (cap.bold ? "bold" : "normal") + "; color: " + Color(cap.color));
    // A wide table scrolls sideways on a phone; its caption stays in view.
    Rule("caption", "position: sticky; left: 0; max-width: calc(100vw - 2rem)");
    Rule("th, td", "padding: 0.3em 0.45em; vertical-align: top; text-align: left");
    Rule(".clerk-borders th, .clerk-borders td", "border: 1px solid #" + HexColor(c.table_border, "000000"));
    Rule("thead th", "background: " + Fill(c.table_header) + "; color: #" +
                         TextOnFill(c.table_header) + "; font-weight: " +
                         (th.bold ? "bold" : "normal"));
    Rule(".clerk-center", "text-align: center");
    Rule(".clerk-right", "text-align: right");
    const std::pair<const char*, const std::string*> rags[] = {
        {"red", &c.rag_red}, {"amber", &c.rag_amber}, {"green", &c.rag_green},
        {"complete", &c.rag_complete}, {"not-started", &c.rag_not_started}};
    for (const auto& [name, fill] : rags) {
      Rule(std::string("td.clerk-rag-") + name,
           "background: " + Fill(*fill) + "; color: #" + TextOnFill(*fill) + "; font-weight: bold");
    }
  }

  void Print() {
    const model::PageSetup& p = s_.page;
    auto mm = [](double pt) { return Num(pt / 2.834645669) + "mm"; };
    std::string margins = mm(p.margin_top) + " " + mm(p.margin_right) + " " +
                          mm(p.margin_bottom) + " " + mm(p.margin_left);
    std::string boxes;
    auto box = [&](const char* name, const std::string& text, double size) {
      std::string content = MarginContent(text, doc_.meta);
      if (content.empty()) return;
      bool bold = s_.Text(name[0] == 't' ? "header" : "footer").bold;
      boxes += std::string("  @") + name + " { content: " + content + "; font-size: " +
               Num(size) + "pt; font-family: " + FontFamily(s_) +
               (bold ? "; font-weight: bold" : "") + " }\n";
    };
    // A draft's mark is in the style's header already (pipeline/draft_mark.h),
    // as in the PDF and the DOCX.
    box("top-left", s_.header.left, s_.header.size);
    box("top-center", s_.header.center, s_.header.size);
    box("top-right", s_.header.right, s_.header.size);
    box("bottom-left", s_.footer.left, s_.footer.size);
    box("bottom-center", s_.footer.center, s_.footer.size);
    box("bottom-right", s_.footer.right, s_.footer.size);
    out_ += "@page { size: A4; margin: " + margins + ";\n" + boxes + "}\n";
    out_ += "@page clerk-landscape { size: A4 landscape }\n";
    out_ += "@media print {\n";
    Rule("html", "font-size: " + Num(base_) + "pt; line-height: " +
                     Num(s_.Text("normal").line_height));
    Rule("html, td, th, mark",
         "-webkit-print-color-adjust: exact; print-color-adjust: exact");
    Rule(".clerk-masthead, main, .clerk-foot", "max-width: none; padding: 0");
    Rule(".clerk-skip, .clerk-foot, .clerk-contents", "display: none");
    // The page header already prints the classification on every page.
    for (const model::HeaderFooter* hf : {&s_.header, &s_.footer}) {
      for (const std::string* t : {&hf->left, &hf->center, &hf->right}) {
        if (t->find("{classification}") != std::string::npos) hides_marks_ = true;
      }
    }
    if (hides_marks_) Rule(".clerk-marks", "display: none");
    Rule("a", "color: inherit");
    Rule(".clerk-para, .clerk-list > li, tr, .clerk-figure, .clerk-contact",
         "break-inside: avoid; page-break-inside: avoid");
    Rule(".clerk-table-wrap", "overflow: visible");
    Rule("caption", "position: static; max-width: none");
    Rule(".clerk-cover", "display: grid; grid-template-columns: minmax(9rem, 28%) 1fr; "
                         "column-gap: 1rem");
    Rule("thead", "display: table-header-group");
    Rule(".clerk-appendix", "break-before: page; page-break-before: always");
    Rule(".clerk-landscape", "page: clerk-landscape; break-before: page");
    Rule(".clerk-page-break", "display: block; break-after: page; page-break-after: always");
    Rule("p, li", "orphans: 2; widows: 2");
    out_ += "}\n";
  }

  const model::Document& doc_;
  const model::Style& s_;
  double base_ = 11;
  double text_col_ = 36;
  bool hides_marks_ = false;
  std::string out_;
};

}  // namespace

std::string TextOnFill(const std::string& fill) {
  return TextColorOn(HexColor(fill, "FFFFFF"));
}

std::string StyleSheet(const model::Document& doc, const model::Style& style) {
  return Css(doc, style).Build();
}

}  // namespace clerk::render::html
