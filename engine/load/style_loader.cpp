#include "load/style_loader.h"
#include "load/style_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "base/limits.h"
#include "load/job_types.h"
#include "load/source_file.h"
#include "load/xml_check.h"
#include "media/font_program.h"
#include "media/image.h"

namespace clerk {

namespace {

using model::NumFormat;
using model::NumLevel;
using model::NumScheme;
using model::Style;

const std::vector<std::string_view> kElements = {
    "page", "font", "text", "body", "header", "footer", "logo", "colors",
    "resolutions", "xref", "numbering", "continued", "draft", "rag", "cover"};
const std::vector<std::string_view> kTextNames = {
    "normal", "title", "subtitle", "heading1", "heading2", "heading3",
    "cover-label", "cover-value", "table", "table-header", "list-heading",
    "caption", "header", "footer"};
const std::vector<std::string_view> kSchemeNames = {
    "body", "recommendations", "resolutions", "numbered", "bullet",
    "appendix", "table"};
const std::vector<std::string_view> kFormats = {
    "decimal", "lower-alpha", "upper-alpha", "lower-roman", "upper-roman",
    "bullet", "none"};

class StyleReader {
 public:
  StyleReader(const FileSystem& fs, const SourceFile& file, Diagnostics* d)
      : fs_(fs), file_(file), diags_(d) {}

  // <draft mark="DRAFT – not for publication"/>: the mark of draft pages.
  void Draft(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el, {"mark"}, diags_);
    pugi::xml_attribute mark = el.attribute("mark");
    if (!mark || !*mark.value()) {
      diags_->Error(file_.LocOf(el), "<draft> needs a mark attribute (the "
                                     "text on every page of a draft)");
      return;
    }
    s->draft_mark = mark.value();
  }

  void Read(pugi::xml_node root, Style* s) {
    CheckAttributes(file_, root, {"name", "extends"}, diags_);
    if (root.attribute("name")) s->name = root.attribute("name").value();
    CheckNoText(file_, root, diags_);
    for (pugi::xml_node el : root.children()) {
      if (el.type() != pugi::node_element) continue;
      std::string_view n = LocalName(el);
      if (n == "page") Page(el, s);
      else if (n == "font") Font(el, s);
      else if (n == "text") Text(el, s);
      else if (n == "body") Body(el, s);
      else if (n == "header") HeaderFooterEl(el, &s->header);
      else if (n == "footer") HeaderFooterEl(el, &s->footer);
      else if (n == "logo") Logo(el, s);
      else if (n == "colors") ColorsEl(el, s);
      else if (n == "resolutions") Resolutions(el, s);
      else if (n == "xref") Xref(el, s);
      else if (n == "numbering") Numbering(el, s);
      else if (n == "continued") Continued(el, s);
      else if (n == "draft") Draft(el, s);
      else if (n == "rag") {
        CheckAttributes(file_, el, {}, diags_);
        if (auto v = LoadRagVocabulary(file_, el, diags_)) s->rag = v->words();
      }
      else if (n == "cover") CoverEl(el, s);
      else UnknownElement(file_, el, kElements, "in a style", diags_);
    }
    CheckLevelWidths(*s);
  }

 private:
  void Page(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el,
                    {"size", "orientation", "margin", "margin-top",
                     "margin-bottom", "margin-left", "margin-right",
                     "header-distance", "footer-distance"},
                    diags_);
    if (auto a = el.attribute("size")) {
      std::string v = a.value();
      if (v == "A4" || v == "a4") {
        s->page.width = 595.2756, s->page.height = 841.8898;
      } else if (v == "A3" || v == "a3") {
        s->page.width = 841.8898, s->page.height = 1190.5512;
      } else if (v == "letter") {
        s->page.width = 612, s->page.height = 792;
      } else {
        diags_->Error(file_.LocOf(el, a), "unknown page size '" + v +
                                              "' (A4, A3 or letter)");
      }
    }
    if (auto m = LengthAttr(file_, el, "margin", diags_)) {
      s->page.margin_top = s->page.margin_bottom = s->page.margin_left =
          s->page.margin_right = *m;
    }
    if (auto m = LengthAttr(file_, el, "margin-top", diags_)) s->page.margin_top = *m;
    if (auto m = LengthAttr(file_, el, "margin-bottom", diags_)) s->page.margin_bottom = *m;
    if (auto m = LengthAttr(file_, el, "margin-left", diags_)) s->page.margin_left = *m;
    if (auto m = LengthAttr(file_, el, "margin-right", diags_)) s->page.margin_right = *m;
    if (auto m = LengthAttr(file_, el, "header-distance", diags_)) s->page.header_distance = *m;
    if (auto m = LengthAttr(file_, el, "footer-distance", diags_)) s->page.footer_distance = *m;
    if (auto a = el.attribute("orientation")) {
      std::string v = a.value();
      if (v == "landscape") {
        if (s->page.width < s->page.height) std::swap(s->page.width, s->page.height);
      } else if (v != "portrait") {
        diags_->Error(file_.LocOf(el, a), "unknown orientation '" + v +
                                              "' (portrait or landscape)");
      }
    }
    // Landscape sections swap width and height, so both must leave room.
    double across = s->page.margin_left + s->page.margin_right;
    double down = s->page.margin_top + s->page.margin_bottom;
    double small = std::min(s->page.width, s->page.height);
    if (small - std::max(across, down) < 72) {
      diags_->Error(file_.LocOf(el),
                    "the page margins leave less than 1in (25.4mm) for text");
    }
  }

  // The style's own directory ("." for a bare file name).
  std::string StyleDir() const {
    std::string d = DirName(file_.path);
    return d.empty() ? "." : d;
  }

  // A font file beside the style or among the system fonts; confined to the
  // style's directory (no ".." or symlink out) and /usr/share/fonts.
  std::string FontPath(pugi::xml_node el, const char* attr) {
    pugi::xml_attribute a = el.attribute(attr);
    std::string name = a.value();
    const std::string kSystemFonts = "/usr/share/fonts";
    std::string beside = NormalPath(JoinPath(StyleDir(), name));
    std::string sys = NormalPath(
        JoinPath(kSystemFonts + "/truetype/liberation2", name));
    bool outside = false;
    for (const std::string& p : {beside, sys}) {
      if (!fs_.Exists(p)) continue;
      // The system font directory is the administrator's: a link inside it
      // is trusted; only ".." out of it is refused (p is lexically normal).
      if (ResolvesInside(fs_, p, StyleDir()) || IsInside(p, kSystemFonts)) {
        if (!fs_.IsRegularFile(p)) {
          diags_->Error(file_.LocOf(el, a),
                        "font file '" + name + "' is not a regular file");
          return "";
        }
        return p;
      }
      outside = true;
    }
    if (outside) {
      diags_->Error(file_.LocOf(el, a),
                    "font file '" + name + "' is outside the style's "
                    "directory " + StyleDir() + " and /usr/share/fonts");
      return "";
    }
    diags_->Error(file_.LocOf(el, a),
                  "font file '" + name + "' not found (looked beside the "
                  "style and in /usr/share/fonts/truetype/liberation2)");
    return "";
  }

  // FontPath, and the font must pass the check the PDF renderer makes
  // (media/font_program.h): HarfBuzz reads it, TrueType outlines, a cmap.
  std::string CheckedFont(pugi::xml_node el, const char* attr) {
    std::string p = FontPath(el, attr);
    if (p.empty()) return p;
    Result<std::string> bytes = fs_.Read(p);
    auto program = bytes.ok() ? media::LoadFontProgram(p, *bytes)
                              : Result<std::shared_ptr<const media::FontProgram>>(bytes.status());
    if (!program.ok()) {
      diags_->Error(file_.LocOf(el, el.attribute(attr)), program.status().message());
      return "";
    }
    return p;
  }

  void Font(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el,
                    {"family", "regular", "bold", "italic", "bold-italic"},
                    diags_);
    if (el.attribute("family")) s->font_family = el.attribute("family").value();
    if (el.attribute("regular")) s->font.regular = CheckedFont(el, "regular");
    if (el.attribute("bold")) s->font.bold = CheckedFont(el, "bold");
    if (el.attribute("italic")) s->font.italic = CheckedFont(el, "italic");
    if (el.attribute("bold-italic")) s->font.bold_italic = CheckedFont(el, "bold-italic");
  }

  void Text(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el,
                    {"name", "size", "bold", "italic", "color", "space-before",
                     "space-after", "line-height", "keep-with-next", "caps"},
                    diags_);
    pugi::xml_attribute na = el.attribute("name");
    std::string name = na.value();
    bool known = false;
    for (auto k : kTextNames) known = known || k == name;
    if (!known) {
      std::string msg = na ? "unknown text style '" + name + "'"
                           : std::string("<text> needs a name");
      std::string sug = Suggest(name, kTextNames);
      if (!sug.empty()) msg += "; did you mean '" + sug + "'?";
      diags_->Error(na ? file_.LocOf(el, na) : file_.LocOf(el), msg);
      return;
    }
    model::TextStyle& t = s->text[name];
    if (auto v = LengthAttr(file_, el, "size", diags_)) {
      if (*v < 1 || *v > 200) {
        diags_->Error(file_.LocOf(el, el.attribute("size")),
                      "text size must be from 1pt to 200pt");
      } else {
        t.size = *v;
      }
    }
    if (auto v = BoolAttr(file_, el, "bold", diags_)) t.bold = *v;
    if (auto v = BoolAttr(file_, el, "italic", diags_)) t.italic = *v;
    if (auto v = ColorAttr(file_, el, "color", diags_)) t.color = *v;
    if (auto v = LengthAttr(file_, el, "space-before", diags_)) t.space_before = *v;
    if (auto v = LengthAttr(file_, el, "space-after", diags_)) t.space_after = *v;
    if (auto v = NumberAttr(file_, el, "line-height", diags_)) {
      if (*v < 0.5 || *v > 5) {
        diags_->Error(file_.LocOf(el, el.attribute("line-height")),
                      "line-height must be from 0.5 to 5 (a multiple of the "
                      "text size)");
      } else {
        t.line_height = *v;
      }
    }
    if (auto v = BoolAttr(file_, el, "keep-with-next", diags_)) t.keep_with_next = *v;
    if (auto v = BoolAttr(file_, el, "caps", diags_)) t.all_caps = *v;
  }

  void Body(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el, {"justify", "language"}, diags_);
    if (auto v = BoolAttr(file_, el, "justify", diags_)) s->justify = *v;
    if (el.attribute("language")) s->language = el.attribute("language").value();
  }

  void HeaderFooterEl(pugi::xml_node el, model::HeaderFooter* hf) {
    CheckAttributes(file_, el, {"left", "center", "right", "size", "first-page"},
                    diags_);
    // A <header>/<footer> states the whole line: slots it leaves out are
    // empty (the built-in "Page N of M" in the centre is not kept beside a
    // style's own page number on the right).
    hf->left = el.attribute("left").value();
    hf->center = el.attribute("center").value();
    hf->right = el.attribute("right").value();
    if (auto v = LengthAttr(file_, el, "size", diags_)) {
      if (*v < 1 || *v > 200) {
        diags_->Error(file_.LocOf(el, el.attribute("size")),
                      "text size must be from 1pt to 200pt");
      } else {
        hf->size = *v;
      }
    }
    if (auto v = BoolAttr(file_, el, "first-page", diags_)) hf->first_page = *v;
  }

  // Why the file at `p` is not a usable PNG or JPEG image, or nullopt.
  // Checks the signature and, for PNG, the IHDR size, so a corrupt logo is
  // an input error here rather than a failure inside a renderer.
  std::optional<std::string> NotAnImage(const std::string& p) {
    if (!fs_.IsRegularFile(p)) return std::string("is not a regular file");
    Result<std::string> bytes = fs_.Read(p);
    if (!bytes.ok()) return "cannot be read";
    const std::string& b = *bytes;
    auto byte = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
    static const char kPng[] = "\x89PNG\r\n\x1a\n";
    if (b.size() >= 8 && b.compare(0, 8, kPng, 8) == 0) {
      if (b.size() < 33 || b.compare(12, 4, "IHDR") != 0) {
        return std::string("is not a valid PNG image (it is truncated or has "
                           "no IHDR header)");
      }
      uint32_t w = (uint32_t{byte(16)} << 24) | (uint32_t{byte(17)} << 16) |
                   (uint32_t{byte(18)} << 8) | byte(19);
      uint32_t h = (uint32_t{byte(20)} << 24) | (uint32_t{byte(21)} << 16) |
                   (uint32_t{byte(22)} << 8) | byte(23);
      if (w == 0 || h == 0 || w > 20000 || h > 20000) {
        return "is not a valid PNG image (its size is " + std::to_string(w) +
               "x" + std::to_string(h) + " pixels)";
      }
    }
    if (media::LooksLikePng(b) || media::LooksLikeJpeg(b)) {
      // Decoded as the renderers decode it (media/image.h).
      auto image = media::DecodeImage(p, b);
      if (!image.ok()) return "cannot be used: " + image.status().message();
      return std::nullopt;
    }
    return std::string("is not a PNG or JPEG image");
  }

  void Logo(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el, {"src", "width"}, diags_);
    if (auto a = el.attribute("src")) {
      std::string p = NormalPath(JoinPath(StyleDir(), a.value()));
      if (!ResolvesInside(fs_, p, StyleDir())) {
        diags_->Error(file_.LocOf(el, a),
                      "logo file '" + std::string(a.value()) +
                          "' is outside the style's directory " + StyleDir());
      } else if (!fs_.Exists(p)) {
        diags_->Error(file_.LocOf(el, a), "logo file '" + std::string(a.value()) +
                                              "' not found");
      } else if (auto why = NotAnImage(p)) {
        diags_->Error(file_.LocOf(el, a), "logo file '" +
                                              std::string(a.value()) + "' " +
                                              *why);
      } else {
        s->logo = p;
      }
    }
    if (auto w = LengthAttr(file_, el, "width", diags_)) {
      s->logo_width_mm = *w * 25.4 / 72.0;
    }
  }

  void ColorsEl(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el,
                    {"rag-red", "rag-amber", "rag-green", "rag-complete",
                     "rag-not-started", "table-header", "table-border", "link",
                     "placeholder", "chart-series"},
                    diags_);
    auto set = [&](const char* n, std::string* f) {
      if (auto v = ColorAttr(file_, el, n, diags_)) *f = *v;
    };
    set("rag-red", &s->colors.rag_red);
    set("rag-amber", &s->colors.rag_amber);
    set("rag-green", &s->colors.rag_green);
    set("rag-complete", &s->colors.rag_complete);
    set("rag-not-started", &s->colors.rag_not_started);
    set("table-header", &s->colors.table_header);
    set("table-border", &s->colors.table_border);
    set("link", &s->colors.link);
    set("placeholder", &s->colors.placeholder);
    // chart-series="1F4E79 7F7F7F …": the colours of chart series that
    // have no RAG colour, in order (model/chart.h).
    if (pugi::xml_attribute a = el.attribute("chart-series")) {
      std::vector<std::string> colours;
      std::string_view v = a.value();
      bool ok = true;
      while (!v.empty()) {
        size_t start = v.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos) break;
        size_t end = v.find_first_of(" \t\r\n", start);
        std::string word(v.substr(start, end == std::string_view::npos ? v.npos : end - start));
        v = end == std::string_view::npos ? std::string_view() : v.substr(end);
        auto c = ParseColor(word);
        if (!c) {
          diags_->Error(file_.LocOf(el, a), "invalid colour '" + word +
                                                "' in 'chart-series': write colours as "
                                                "RRGGBB separated by spaces, e.g. 1F4E79 7F7F7F");
          ok = false;
          break;
        }
        colours.push_back(*c);
      }
      if (ok && colours.empty()) {
        diags_->Error(file_.LocOf(el, a),
                      "'chart-series' needs at least one colour (RRGGBB, e.g. 1F4E79)");
      } else if (ok) {
        s->colors.chart_series = std::move(colours);
      }
    }
  }

  void Resolutions(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el,
                    {"heading", "stem", "run-in", "letter-single", "form",
                     "drop-that"},
                    diags_);
    if (el.attribute("heading")) {
      s->resolutions_heading = el.attribute("heading").value();
    }
    if (el.attribute("stem")) s->resolutions_stem = el.attribute("stem").value();
    auto flag = [&](const char* name, bool* f) {
      if (auto v = BoolAttr(file_, el, name, diags_)) *f = *v;
    };
    flag("run-in", &s->resolutions_run_in);
    flag("letter-single", &s->resolutions_letter_single);
    flag("drop-that", &s->resolutions_drop_that);
    if (pugi::xml_attribute a = el.attribute("form")) {
      std::string v = a.value();
      if (v == "list" || v == "paragraph") {
        s->resolutions_as_paragraph = v == "paragraph";
      } else {
        diags_->Error(file_.LocOf(el, a), "invalid value '" + v +
                                  "' for 'form': write list or paragraph");
      }
    }
  }

  void Xref(pugi::xml_node el, Style* s) {
    std::vector<std::string_view> keys;
    for (auto& kv : s->xref_words) keys.push_back(kv.first);
    CheckAttributes(file_, el, keys, diags_);
    for (pugi::xml_attribute a : el.attributes()) {
      if (s->xref_words.count(a.name())) s->xref_words[a.name()] = a.value();
    }
  }

  void Continued(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el, {"text"}, diags_);
    if (el.attribute("text")) s->continued = el.attribute("text").value();
  }

  void CoverEl(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el, {"label-colon"}, diags_);
    CheckNoText(file_, el, diags_);
    if (auto v = BoolAttr(file_, el, "label-colon", diags_)) {
      s->cover_label_colon = *v;
    }
  }

  void Numbering(pugi::xml_node el, Style* s) {
    CheckAttributes(file_, el, {}, diags_);
    CheckNoText(file_, el, diags_);
    for (pugi::xml_node sc : el.children()) {
      if (sc.type() != pugi::node_element) continue;
      if (LocalName(sc) != "scheme") {
        UnknownElement(file_, sc, {"scheme"}, "in <numbering>", diags_);
        continue;
      }
      SchemeEl(sc, s);
    }
  }

  void SchemeEl(pugi::xml_node sc, Style* s) {
    CheckAttributes(file_, sc, {"name", "restart"}, diags_);
    pugi::xml_attribute na = sc.attribute("name");
    std::string name = na.value();
    bool known = false;
    for (auto k : kSchemeNames) known = known || k == name;
    if (!known && !ValidSchemeName(name)) {
      diags_->Error(na ? file_.LocOf(sc, na) : file_.LocOf(sc),
                    na ? "a scheme name is letters, digits and '-' ('" + name +
                             "' is not)"
                       : std::string("<scheme> needs a name"));
      return;
    }
    if (!known && !s->schemes.count(name) && !HasLevel(sc)) {
      // A scheme of the house's own: without levels it is most likely a
      // misspelt built-in one.
      std::string msg = "scheme '" + name +
                        "' is not a built-in one, so it needs its <level>s";
      std::string sug = Suggest(name, kSchemeNames);
      if (!sug.empty()) msg += "; did you mean '" + sug + "'?";
      diags_->Error(file_.LocOf(sc, na), msg);
      return;
    }
    // A scheme of the house's own starts from the "numbered" scheme's levels
    // (decimal "1.", its indents), like an ordinary numbered list.
    NumScheme scheme = known || s->schemes.count(name) ? s->schemes[name]
                                                       : s->schemes["numbered"];
    scheme.name = name;
    if (auto a = sc.attribute("restart")) {
      std::string v = a.value();
      if (v == "each-list") scheme.restart_each_list = true;
      else if (v == "continue") scheme.restart_each_list = false;
      else diags_->Error(file_.LocOf(sc, a), "unknown restart '" + v +
                                                 "' (each-list or continue)");
    }
    std::vector<NumLevel> levels;
    size_t i = 0;
    for (pugi::xml_node lv : sc.children()) {
      if (lv.type() != pugi::node_element) continue;
      if (LocalName(lv) != "level") {
        UnknownElement(file_, lv, {"level"}, "in <scheme>", diags_);
        continue;
      }
      NumLevel base = i < scheme.levels.size() ? scheme.levels[i] : NumLevel{};
      levels.push_back(LevelEl(lv, base));
      level_locs_.push_back({name, i, file_.LocOf(lv)});
      ++i;
    }
    if (!levels.empty()) {
      if (name == "body" && levels.size() < 4) {
        // Keep the built-in deeper levels the style did not restate.
        for (size_t k = levels.size(); k < scheme.levels.size(); ++k) {
          levels.push_back(scheme.levels[k]);
        }
      }
      scheme.levels = std::move(levels);
    }
    if (scheme.levels.size() > 9) {
      diags_->Error(file_.LocOf(sc), "a scheme has at most 9 levels");
    }
    s->schemes[name] = std::move(scheme);
  }

  static bool ValidSchemeName(const std::string& name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name) {
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) return false;
    }
    return true;
  }

  static bool HasLevel(pugi::xml_node sc) {
    for (pugi::xml_node lv : sc.children()) {
      if (lv.type() == pugi::node_element && LocalName(lv) == "level") {
        return true;
      }
    }
    return false;
  }

  NumLevel LevelEl(pugi::xml_node lv, NumLevel l) {
    CheckAttributes(file_, lv,
                    {"format", "text", "start", "restart", "indent", "hanging",
                     "number-align", "bold"},
                    diags_);
    if (auto v = BoolAttr(file_, lv, "bold", diags_)) l.bold = *v;
    if (auto a = lv.attribute("format")) {
      std::string v = a.value();
      if (v == "decimal") l.format = NumFormat::kDecimal;
      else if (v == "lower-alpha") l.format = NumFormat::kLowerAlpha;
      else if (v == "upper-alpha") l.format = NumFormat::kUpperAlpha;
      else if (v == "lower-roman") l.format = NumFormat::kLowerRoman;
      else if (v == "upper-roman") l.format = NumFormat::kUpperRoman;
      else if (v == "bullet") l.format = NumFormat::kBullet;
      else if (v == "none") l.format = NumFormat::kNone;
      else {
        std::string msg = "unknown number format '" + v + "'";
        std::string sug = Suggest(v, kFormats);
        msg += sug.empty() ? " (decimal, lower-alpha, upper-alpha, "
                             "lower-roman, upper-roman, bullet, none)"
                           : "; did you mean '" + sug + "'?";
        diags_->Error(file_.LocOf(lv, a), msg);
      }
    }
    if (auto a = lv.attribute("text")) l.text = a.value();
    if (auto v = NumberAttr(file_, lv, "start", diags_)) {
      if (*v < 0 || *v != std::floor(*v) || *v > 100000) {
        diags_->Error(file_.LocOf(lv, lv.attribute("start")),
                      "start must be a whole number from 0 to 100000");
      } else {
        l.start = static_cast<int>(*v);
      }
    }
    if (auto a = lv.attribute("restart")) {
      std::string v = a.value();
      if (v == "parent") l.restart = model::Restart::kParent;
      else if (v == "never") l.restart = model::Restart::kNever;
      else diags_->Error(file_.LocOf(lv, a), "unknown restart '" + v +
                                                 "' (parent or never)");
    }
    if (auto v = LengthAttr(file_, lv, "indent", diags_)) l.indent_pt = *v;
    if (auto v = LengthAttr(file_, lv, "hanging", diags_)) l.hanging_pt = *v;
    if (auto a = lv.attribute("number-align")) {
      std::string v = a.value();
      if (v == "right") l.right_align_number = true;
      else if (v == "left") l.right_align_number = false;
      else diags_->Error(file_.LocOf(lv, a), "unknown number-align '" + v +
                                                 "' (left or right)");
    }
    return l;
  }

  // A level whose text would start at or past the right margin: the
  // paragraph would render with no text at all (issue 9). Checked once the
  // whole style is read, as <page> may come after <numbering>.
  void CheckLevelWidths(const Style& s) {
    double column = s.page.width - s.page.margin_left - s.page.margin_right;
    for (const LevelLoc& at : level_locs_) {
      auto it = s.schemes.find(at.scheme);
      if (it == s.schemes.end() || at.index >= it->second.levels.size()) {
        continue;
      }
      const NumLevel& l = it->second.levels[at.index];
      if (l.indent_pt + l.hanging_pt < column) continue;
      char buf[200];
      std::snprintf(buf, sizeof buf,
                    "level %zu of scheme '%s': indent %.1fpt + hanging "
                    "%.1fpt is %.1fpt, not narrower than the text column "
                    "(%.1fpt); no text would fit",
                    at.index + 1, at.scheme.c_str(), l.indent_pt, l.hanging_pt,
                    l.indent_pt + l.hanging_pt, column);
      diags_->Error(at.loc, buf);
    }
  }

  struct LevelLoc {
    std::string scheme;
    size_t index;
    SourceLoc loc;
  };
  const FileSystem& fs_;
  const SourceFile& file_;
  Diagnostics* diags_;
  std::vector<LevelLoc> level_locs_;  // every <level> read, for the check
};

}  // namespace

namespace load_internal {

void ReadStyleElements(const FileSystem& fs, const SourceFile& file,
                       Diagnostics* diags, model::Style* s) {
  StyleReader(fs, file, diags).Read(file.doc.document_element(), s);
}

}  // namespace load_internal

}  // namespace clerk
