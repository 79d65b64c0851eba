#include "model/style.h"

namespace clerk::model {

namespace {

constexpr double kMm = 2.834645669;

NumLevel Level(NumFormat f, std::string text, double indent_mm,
               double hanging_mm, Restart restart = Restart::kParent) {
  NumLevel l;
  l.format = f;
  l.text = std::move(text);
  l.indent_pt = indent_mm * kMm;
  l.hanging_pt = hanging_mm * kMm;
  l.restart = restart;
  return l;
}

NumScheme Scheme(std::string name, std::vector<NumLevel> levels,
                 bool restart_each_list = true) {
  NumScheme s;
  s.name = std::move(name);
  s.levels = std::move(levels);
  s.restart_each_list = restart_each_list;
  return s;
}

}  // namespace

const TextStyle& Style::Text(const std::string& style_name) const {
  auto it = text.find(style_name);
  if (it != text.end()) return it->second;
  static const TextStyle kFallback;
  auto n = text.find("normal");
  return n != text.end() ? n->second : kFallback;
}

NumLevel NestedListLevel(const NumScheme& scheme, int depth) {
  if (scheme.levels.empty()) return NumLevel{};
  const size_t n = scheme.levels.size();
  if (depth <= 0) return scheme.levels[0];
  if (static_cast<size_t>(depth) >= n) return scheme.levels[n - 1];
  NumLevel l = scheme.levels[static_cast<size_t>(depth)];
  const NumLevel& parent = scheme.levels[static_cast<size_t>(depth) - 1];
  l.indent_pt -= parent.indent_pt + parent.hanging_pt;
  return l;
}

const NumScheme& Style::Scheme(const std::string& scheme_name) const {
  return schemes.at(scheme_name);
}

Style DefaultStyle() {
  Style s;
  s.name = "default";
  const std::string dir = "/usr/share/fonts/truetype/liberation2/";
  s.font.regular = dir + "LiberationSans-Regular.ttf";
  s.font.bold = dir + "LiberationSans-Bold.ttf";
  s.font.italic = dir + "LiberationSans-Italic.ttf";
  s.font.bold_italic = dir + "LiberationSans-BoldItalic.ttf";

  TextStyle normal;
  normal.size = 11;
  normal.space_after = 8;
  s.text["normal"] = normal;
  TextStyle title = normal;
  title.size = 16, title.bold = true, title.space_after = 10;
  title.keep_with_next = true;
  s.text["title"] = title;
  TextStyle subtitle = normal;
  subtitle.size = 12, subtitle.bold = true, subtitle.space_after = 6;
  subtitle.keep_with_next = true;
  s.text["subtitle"] = subtitle;
  TextStyle h1 = normal;
  h1.size = 12, h1.bold = true, h1.space_before = 12, h1.space_after = 6;
  h1.keep_with_next = true;
  s.text["heading1"] = h1;
  TextStyle h2 = h1;
  h2.size = 11, h2.space_before = 8;
  s.text["heading2"] = h2;
  TextStyle h3 = h2;
  h3.bold = false, h3.italic = true;
  s.text["heading3"] = h3;
  TextStyle label = normal;
  label.bold = true;
  s.text["cover-label"] = label;
  s.text["cover-value"] = normal;
  TextStyle table = normal;
  table.size = 9, table.space_after = 0, table.line_height = 1.15;
  s.text["table"] = table;
  TextStyle th = table;
  th.bold = true;
  s.text["table-header"] = th;
  TextStyle lh = normal;
  lh.bold = true, lh.keep_with_next = true;
  s.text["list-heading"] = lh;
  TextStyle caption = normal;
  caption.bold = true, caption.keep_with_next = true, caption.space_after = 4;
  s.text["caption"] = caption;
  TextStyle hf = normal;
  hf.size = 9, hf.space_after = 0;
  s.text["header"] = hf;
  s.text["footer"] = hf;

  s.header.right = "{classification}";
  s.footer.center = "Page {page} of {pages}";

  // Body: 1. / 1.1 / (a) / (i), the number in a hanging column.
  s.schemes["body"] = Scheme(
      "body", {Level(NumFormat::kDecimal, "%1.", 0, 12.5),
               Level(NumFormat::kDecimal, "%1.%2", 0, 12.5),
               Level(NumFormat::kLowerAlpha, "(%3)", 12.5, 10),
               Level(NumFormat::kLowerRoman, "(%4)", 22.5, 10)});
  s.schemes["recommendations"] =
      Scheme("recommendations", {Level(NumFormat::kDecimal, "%1.", 0, 10)});
  s.schemes["resolutions"] =
      Scheme("resolutions", {Level(NumFormat::kLowerAlpha, "(%1)", 0, 10)});
  s.schemes["numbered"] =
      Scheme("numbered", {Level(NumFormat::kDecimal, "%1.", 6, 8),
                          Level(NumFormat::kLowerAlpha, "(%2)", 14, 8)});
  NumLevel bullet = Level(NumFormat::kBullet, "\xE2\x80\xA2", 6, 6);
  s.schemes["bullet"] = Scheme("bullet", {bullet});
  s.schemes["appendix"] = Scheme(
      "appendix", {Level(NumFormat::kDecimal, "Appendix %1", 0, 0)}, false);
  s.schemes["table"] =
      Scheme("table", {Level(NumFormat::kDecimal, "Table %1", 0, 0)}, false);

  s.xref_words = {{"paragraph", "paragraph"},
                  {"section", "section"},
                  {"recommendation", "recommendation"},
                  {"resolution", "resolution"},
                  {"appendix", ""},
                  {"table", ""},
                  {"item", "item"},
                  // a reference to several ids: "paragraphs 2.1 and 2.4"
                  {"paragraphs", "paragraphs"},
                  {"sections", "sections"},
                  {"recommendations", "recommendations"},
                  {"resolutions", "resolutions"},
                  {"appendices", "Appendices"},
                  {"tables", "Tables"},
                  {"items", "items"},
                  {"and", "and"},
                  // page references: "page 12", "pages 11–84"
                  {"page", "page"},
                  {"pages", "pages"}};
  return s;
}

std::string FormatCounter(int value, NumFormat format) {
  switch (format) {
    case NumFormat::kDecimal:
      return std::to_string(value);
    case NumFormat::kLowerAlpha:
    case NumFormat::kUpperAlpha: {
      if (value < 1) return std::to_string(value);
      char base = format == NumFormat::kLowerAlpha ? 'a' : 'A';
      char letter = static_cast<char>(base + (value - 1) % 26);
      return std::string(static_cast<size_t>((value - 1) / 26 + 1), letter);
    }
    case NumFormat::kLowerRoman:
    case NumFormat::kUpperRoman: {
      if (value < 1 || value > 3999) return std::to_string(value);
      static const struct {
        int v;
        const char* s;
      } kTable[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                    {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                    {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                    {1, "i"}};
      std::string out;
      for (const auto& e : kTable) {
        while (value >= e.v) {
          out += e.s;
          value -= e.v;
        }
      }
      if (format == NumFormat::kUpperRoman) {
        for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
      }
      return out;
    }
    case NumFormat::kBullet:
    case NumFormat::kNone:
      return "";
  }
  return "";
}

std::string ExpandLevelText(const std::string& text,
                            const std::vector<int>& counters,
                            const std::vector<NumLevel>& levels) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' &&
        text[i + 1] <= '9') {
      size_t k = static_cast<size_t>(text[i + 1] - '1');
      if (k < counters.size() && k < levels.size()) {
        out += FormatCounter(counters[k], levels[k].format);
      }
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace clerk::model
