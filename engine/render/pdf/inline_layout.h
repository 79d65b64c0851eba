// Line breaking over mixed inline runs (regular, bold, italic, links,
// cross-references, placeholders).
//
// Text is cut into pieces (words or parts of words in one format). Lines
// break at spaces and where Unicode line breaking allows inside a word
// (after the hyphen of "co-production", not inside "2023/24"), never where
// base/no_break.h forbids it ("0–25", "1 October"); a word wider than the
// line is broken between characters.
// Greedy first fit, widths from the cached TrueType metrics. Lines come out
// as ops: one text-show per run of same-format words (per word when a line
// is justified), link rectangles, underlines and draft highlights.
#ifndef CLERK_RENDER_PDF_INLINE_LAYOUT_H_
#define CLERK_RENDER_PDF_INLINE_LAYOUT_H_

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "base/no_break.h"
#include "model/document.h"
#include "render/pdf/display_list.h"
#include "render/pdf/layout_context.h"

namespace clerk::render::pdf {

// The base look of a paragraph's text.
struct InlineFormat {
  double size = 11;
  bool bold = false;
  bool italic = false;
  bool all_caps = false;
  Rgb color;
};

// One laid-out line: ops with y relative to the line's top.
struct LineBox {
  double height = 0;
  double width = 0;  // of the text on it
  std::vector<Op> ops;
};

class InlineLayout {
 public:
  explicit InlineLayout(LayoutContext* ctx) : ctx_(ctx) {}

  // Appends runs in `fmt` (run bold/italic add to it).
  void AddRuns(const model::Runs& runs, const InlineFormat& fmt);
  // Appends plain text, optionally linked.
  void AddText(std::string_view text, const InlineFormat& fmt,
               const SourceLoc& loc = {}, const std::string& uri = "");

  bool empty() const { return pieces_.empty(); }
  // Width if set on one line (for fitting table columns).
  double NaturalWidth() const;
  // Width of the widest unbreakable word.
  double LongestWord() const;

  // Breaks into lines: the text starts at `x`, lines are `width` wide; the
  // first line starts `first_offset` further right. `leading` is the line
  // height as a multiple of the font size.
  std::vector<LineBox> Layout(double x, double width, double first_offset,
                              double leading, bool justify);

 private:
  enum class Break { kNone, kSpace, kAfter, kForced };
  struct Look {
    int face = kRegular;
    double size = 11;
    Rgb color;
    bool underline = false;
    bool highlight = false;
    std::string uri;     // external link
    std::string target;  // internal link (node id)
    int link = -1;       // which link (one per linked run); Op::link
    std::string lang;    // the run's xml:lang; Op::lang
    bool operator==(const Look&) const = default;
  };
  struct Piece {
    std::string text;
    int look = 0;
    double width = 0;
    double space = 0;  // width of the space after it (kSpace), with the
                       // kerning on both sides of that space
    double join = 0;   // kNone/kAfter: kerning between its last character
                       // and the next piece's first (same face and size)
    Break brk = Break::kNone;
  };
  // What separates a piece from the next one on the same line.
  static double Gap(const Piece& p) {
    return p.brk == Break::kSpace ? p.space : p.brk == Break::kForced ? 0 : p.join;
  }

  int LookIndex(const Look& look);
  // The kerning a piece of look `look` starting with `next` adds to `prev`
  // (to its space or its join): 0 across faces or sizes.
  double LinkKern(const Piece& prev, int look, std::string_view next) const;
  // `keep`: the spaces of `text` that must not break, found across the
  // paragraph's runs; nullptr: FindNoBreaks(text). (A line never breaks
  // between two runs except at a space, so a dash needs nothing more.)
  void Append(std::string_view text, const Look& look, const SourceLoc& loc,
              const NoBreaks* keep = nullptr);
  void EndPiece(Break brk);
  void CheckGlyph(char32_t cp, int face, const SourceLoc& loc);
  // `uri`, or "" (and an error at `loc`) past limits::kMaxLinkBytes.
  std::string CheckedUri(const std::string& uri, const SourceLoc& loc);
  // Cuts a word wider than the room into chunks: *p keeps the first (at
  // most first_width wide), the others (at most `width`) go to the front of
  // *rest. With `force`, the first chunk has at least one character. False
  // when nothing was cut.
  bool SplitPiece(Piece* p, double first_width, double width, bool force,
                  std::deque<Piece>* rest) const;
  LineBox EmitLine(size_t begin, size_t end, double x, double avail,
                   double leading, bool justify) const;

  LayoutContext* ctx_;
  std::vector<Look> looks_;
  std::vector<Piece> pieces_;
  std::string cur_;  // the piece being built
  std::vector<char> breaks_;  // WordBreaks of the text being appended
  int cur_look_ = -1;
  int links_ = 0;  // links numbered so far
  double max_size_ = 0;
};

}  // namespace clerk::render::pdf

#endif  // CLERK_RENDER_PDF_INLINE_LAYOUT_H_
