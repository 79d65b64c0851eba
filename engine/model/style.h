// Style: a council's house style as plain values, loaded from styles/*.xml
// by load/style_loader.h. Numbering schemes live here (number/ applies them;
// DOCX turns them into numbering.xml); fonts, page, spacing, colours,
// header and footer are for the renderers.
//
// Lengths are in points (1 pt = 1/72 in; 1 mm = 2.834645669 pt).
#ifndef CLERK_MODEL_STYLE_H_
#define CLERK_MODEL_STYLE_H_

#include <map>
#include <string>
#include <vector>

namespace clerk::model {

enum class NumFormat {
  kDecimal,     // 1, 2, 3
  kLowerAlpha,  // a, b, … z, aa, ab (Word continues "aa, bb"; we follow
                // Word: see FormatCounter)
  kUpperAlpha,  // A, B, C
  kLowerRoman,  // i, ii, iii
  kUpperRoman,  // I, II, III
  kBullet,      // no number; text is the bullet character
  kNone,        // no number at all
};

// How a level's counter restarts.
enum class Restart {
  kParent,  // at each new item of the level above (the default: paragraphs
            // restart in each section)
  kNever,   // runs on through the whole document (continuous paragraph
            // numbers "1, 2, 3 …" across sections)
};

// One level of a scheme, in Word's own terms so that DOCX numbering.xml can
// say the same thing: `text` is Word's lvlText, where %1 … %9 stand for the
// counters of levels 1 … 9 (1-based, like Word), each printed in ITS level's
// format. "%1.%2" under a decimal section and a decimal paragraph level gives
// "2.3"; "(%3)" with kLowerAlpha gives "(a)".
struct NumLevel {
  NumFormat format = NumFormat::kDecimal;
  std::string text = "%1.";
  int start = 1;
  Restart restart = Restart::kParent;
  double indent_pt = 0;   // left edge of the text, from the margin
  double hanging_pt = 0;  // the number's column width (text wraps under
                          // the text, not under the number)
  bool right_align_number = false;  // number right-aligned in its column
  bool bold = false;  // the number (or bullet) printed bold: "A." in bold
};

// A numbering scheme. Besides the built-in names below, a style may define
// schemes of its own ("roman-dot", "dash") that a list chooses by name
// (ListInfo::scheme). "body" has four levels: 0 section, 1 paragraph,
// 2 sub-paragraph, 3 sub-sub-paragraph. List schemes ("recommendations",
// "resolutions", "numbered", "bullet", "appendix", "table") usually have
// one or two levels.
struct NumScheme {
  std::string name;
  std::vector<NumLevel> levels;
  // Lists only: true = every list of this scheme starts again at `start`
  // (per list); false = numbers continue from the previous list of the
  // scheme (one sequence through the document).
  bool restart_each_list = true;
};

// The level a list item uses when it is `depth` items deep (0: a list that
// is not inside another list's item), with its indent made relative to the
// text column of the item it sits in, so that the PDF and the DOCX place it
// alike. Levels the scheme defines keep the place the style gives them (from
// the outer list's edge, as Word states levels); lists deeper than the scheme
// repeat its last level, indented from the enclosing item's text.
NumLevel NestedListLevel(const NumScheme& scheme, int depth);

struct FontFace {
  std::string regular, bold, italic, bold_italic;  // resolved .ttf paths
};

// A named paragraph style's look. Sizes in pt.
struct TextStyle {
  double size = 11;
  bool bold = false;
  bool italic = false;
  std::string color = "000000";  // RRGGBB
  double space_before = 0;
  double space_after = 6;
  double line_height = 1.2;  // multiple of size
  bool keep_with_next = false;
  bool all_caps = false;
};

struct PageSetup {
  double width = 595.2756;   // A4
  double height = 841.8898;
  double margin_top = 70.866;     // 25 mm
  double margin_bottom = 70.866;
  double margin_left = 70.866;
  double margin_right = 70.866;
  double header_distance = 35.433;  // 12.5 mm from the top edge
  double footer_distance = 35.433;
};

// Header/footer text: each of left/center/right may hold the fields
// {classification} {reference} {title} {council} {committee} {date} {page}
// {pages}. "Page {page} of {pages}" is "Page N of M".
struct HeaderFooter {
  std::string left, center, right;
  double size = 9;
  bool first_page = true;  // shown on page 1 too
};

struct Colors {
  std::string rag_red = "E06666";
  std::string rag_amber = "F6B26B";
  std::string rag_green = "93C47D";
  std::string rag_complete = "6FA8DC";
  std::string rag_not_started = "D9D9D9";
  std::string table_header = "D9D9D9";  // header row shading
  std::string table_border = "000000";
  std::string link = "0563C1";
  std::string placeholder = "FFFF00";   // draft-mode missing values
};

// A status of a council's RAG vocabulary (docs/template-language.md,
// "Typed data"): its canonical word, synonyms, the colour class of
// <cell rag> (red, amber, green, complete, not-started, none) and whether
// an action with it is done (never overdue).
struct RagStatus {
  std::string word;
  std::vector<std::string> also;
  std::string colour;
  bool done = false;
};

struct Style {
  std::string name;      // "default", "kent"
  std::string file;      // where it was loaded from
  std::string language = "en-GB";
  PageSetup page;
  FontFace font;         // body font family files
  std::string font_family = "Liberation Sans";  // name for DOCX
  bool justify = false;  // justified body paragraphs
  // Named text styles: "normal", "title", "subtitle", "heading1",
  // "heading2", "heading3", "cover-label", "cover-value", "table",
  // "table-header", "list-heading", "caption", "header", "footer".
  std::map<std::string, TextStyle> text;
  Colors colors;
  HeaderFooter header;
  HeaderFooter footer;
  // Printed on every page of a draft (Document::draft, --mode draft) so it
  // cannot be mistaken for the final paper: the pipeline puts it at the
  // left of the header; an HTML renderer shows it as it likes.
  std::string draft_mark = "DRAFT";
  // <rag>: the house's RAG vocabulary; empty = the job's or the default.
  std::vector<RagStatus> rag;
  std::string logo;        // resolved path of a PNG/JPEG, "" for none
  double logo_width_mm = 40;
  // Numbering schemes by name ("body", "recommendations", "resolutions",
  // "numbered", "bullet", "appendix", "table").
  std::map<std::string, NumScheme> schemes;
  std::string resolutions_heading = "Resolved –";
  // <resolutions> form (docs/house-style.md, "Resolutions"). A template's
  // <resolutions> may override each.
  //   stem: a shared stem printed after the heading ("RESOLVED: That");
  //     each resolution's own leading "That"/"that" is then dropped.
  //   run_in: a single unlettered resolution is printed on the heading's
  //     line ("Resolved –  That the report be noted."); several stay under
  //     the heading on its own line.
  //   letter_single: false prints a lone resolution without "(a)".
  //   as_paragraph: the resolutions are an ordinary paragraph of the
  //     section, numbered like the others ("84.3 RESOLVED that …"; Kent);
  //     several become lettered items inside that paragraph.
  //   drop_that: drop each resolution's leading "That ".
  std::string resolutions_stem;
  bool resolutions_run_in = false;
  bool resolutions_letter_single = true;
  bool resolutions_as_paragraph = false;
  bool resolutions_drop_that = false;
  // <cover label-colon>: add ":" after a cover label that ends in a letter,
  // a digit or a closing bracket (model::CoverLabel). false prints labels
  // exactly as written.
  bool cover_label_colon = true;
  // Words for cross-references of each target: "paragraph", "section",
  // "recommendation", "resolution", "appendix" ("Appendix"), "table"; their
  // plurals ("paragraphs", …, "appendices", "tables") and "and" for a
  // reference to several targets; "page" and "pages" for page references.
  std::map<std::string, std::string> xref_words;
  std::string continued = "(continued)";

  // The text style `name`, or "normal" if the style has none by that name.
  const TextStyle& Text(const std::string& name) const;
  // The scheme `name`; REQUIRES: it exists (DefaultStyle() has them all and
  // the loader starts from it).
  const NumScheme& Scheme(const std::string& name) const;
};

// The built-in house style: Liberation Sans 11 pt, A4, 25 mm margins,
// numbering as in the seeds (1. / 1.1 / (a) / (i); recommendations 1.;
// resolutions (a); Appendix 1). Font paths point at fonts-liberation2.
Style DefaultStyle();

// Formats one counter value in a format: 3 → "3", "c", "C", "iii", "III".
// Alphabetic past z repeats the letter like Word: 27 → "aa", 28 → "bb".
std::string FormatCounter(int value, NumFormat format);

// Expands a level text ("%1.%2") with counters (counters[0] is level 1) and
// the levels' formats. A %N past the end of counters expands to "".
std::string ExpandLevelText(const std::string& text,
                            const std::vector<int>& counters,
                            const std::vector<NumLevel>& levels);

}  // namespace clerk::model

#endif  // CLERK_MODEL_STYLE_H_
