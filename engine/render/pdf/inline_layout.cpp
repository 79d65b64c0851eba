#include "render/pdf/inline_layout.h"

#include <algorithm>
#include <cstdio>
#include <deque>

#include "base/limits.h"
#include "base/no_break.h"
#include "base/utf8.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/line_breaks.h"

namespace clerk::render::pdf {

namespace {

std::string CharName(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  std::string s = buf;
  if (cp >= 0x20 && cp != 0x7F) {
    s += " '";
    AppendUtf8(&s, cp);
    s += "'";
  }
  return s;
}

char32_t FirstChar(std::string_view s) {
  if (s.empty()) return 0;
  char32_t cp;
  DecodeUtf8(s, 0, &cp);
  return cp;
}

char32_t LastChar(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  char32_t cp;
  DecodeUtf8(s, i, &cp);
  return cp;
}

}  // namespace

double InlineLayout::LinkKern(const Piece& prev, int look, std::string_view next) const {
  if (prev.brk == Break::kForced || prev.text.empty() || next.empty()) return 0;
  const Look& a = looks_[prev.look];
  const Look& b = looks_[look];
  if (a.face != b.face || a.size != b.size) return 0;
  const char32_t first = FirstChar(next);
  if (prev.brk == Break::kSpace) return ctx_->fonts->Kern(a.face, U' ', first, a.size);
  return ctx_->fonts->Kern(a.face, LastChar(prev.text), first, a.size);
}

int InlineLayout::LookIndex(const Look& look) {
  for (size_t i = 0; i < looks_.size(); ++i) {
    if (looks_[i] == look) return static_cast<int>(i);
  }
  looks_.push_back(look);
  return static_cast<int>(looks_.size() - 1);
}

void InlineLayout::CheckGlyph(char32_t cp, int face, const SourceLoc& loc) {
  if (ctx_->fonts->metrics(face).Has(cp)) return;
  if (!ctx_->reported.insert(cp).second) return;
  std::string msg = "the font " + ctx_->fonts->path(face) +
                    " has no glyph for " + CharName(cp);
  std::vector<std::string> hints = {
      "use a font that covers this character (style <font>), or replace the "
      "character in the template or data"};
  if (ctx_->diags == nullptr) return;
  if (ctx_->draft) {
    ctx_->diags->Warning(loc, msg + "; it prints as a blank box", hints);
  } else {
    ctx_->diags->Error(loc, msg, hints);
  }
}

std::string InlineLayout::CheckedUri(const std::string& uri, const SourceLoc& loc) {
  if (uri.size() <= limits::kMaxLinkBytes) return uri;
  // libharu cannot write a PDF string past 65,535 bytes; no real URL is
  // near the limit. The text stays, without the link.
  if (ctx_->diags != nullptr) {
    ctx_->diags->Error(loc, "the link target is " + std::to_string(uri.size()) +
                                " bytes long, more than the limit of " +
                                std::to_string(limits::kMaxLinkBytes) + " bytes");
  }
  return "";
}

void InlineLayout::EndPiece(Break brk) {
  if (cur_.empty()) {
    if (brk == Break::kForced) {
      Piece p;
      p.look = cur_look_ < 0 ? 0 : cur_look_;
      p.brk = brk;
      if (looks_.empty()) looks_.push_back(Look{});
      pieces_.push_back(std::move(p));
    } else if (brk == Break::kSpace && !pieces_.empty() &&
               (pieces_.back().brk == Break::kNone ||
                pieces_.back().brk == Break::kAfter)) {
      Piece& prev = pieces_.back();
      const Look& l = looks_[prev.look];
      prev.brk = Break::kSpace;
      prev.space = ctx_->fonts->CharWidth(l.face, U' ', l.size) +
                   ctx_->fonts->Kern(l.face, LastChar(prev.text), U' ', l.size);
      prev.join = 0;
    }
    return;
  }
  Piece p;
  p.look = cur_look_;
  const Look& l = looks_[cur_look_];
  p.width = ctx_->fonts->Width(l.face, cur_, l.size);
  p.brk = brk;
  if (brk == Break::kSpace) {
    p.space = ctx_->fonts->CharWidth(l.face, U' ', l.size) +
              ctx_->fonts->Kern(l.face, LastChar(cur_), U' ', l.size);
  }
  if (!pieces_.empty()) {
    Piece& prev = pieces_.back();
    const double k = LinkKern(prev, cur_look_, cur_);
    if (prev.brk == Break::kSpace) {
      prev.space += k;
    } else {
      prev.join = k;
    }
  }
  p.text = std::move(cur_);
  cur_.clear();
  pieces_.push_back(std::move(p));
}

void InlineLayout::Append(std::string_view text, const Look& look,
                          const SourceLoc& loc, const NoBreaks* places) {
  int li = LookIndex(look);
  if (li != cur_look_) {
    EndPiece(Break::kNone);
    cur_look_ = li;
  }
  max_size_ = std::max(max_size_, look.size);
  WordBreaks(text, &breaks_);
  const NoBreaks found = places == nullptr ? FindNoBreaks(text) : NoBreaks();
  const NoBreaks& keep = places == nullptr ? found : *places;
  size_t next_keep = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    size_t n = DecodeUtf8(text, i, &cp);
    if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r') {
      while (next_keep < keep.spaces.size() && keep.spaces[next_keep] < i) ++next_keep;
      if (next_keep < keep.spaces.size() && keep.spaces[next_keep] == i) {
        cur_ += ' ';  // "1 October": the space does not break
      } else {
        EndPiece(Break::kSpace);
      }
    } else {
      CheckGlyph(cp, look.face, loc);
      cur_.append(text.substr(i, n));
      if (breaks_[i + n]) EndPiece(Break::kAfter);
    }
    i += n;
  }
}

void InlineLayout::AddText(std::string_view text, const InlineFormat& fmt,
                           const SourceLoc& loc, const std::string& uri) {
  Look look;
  look.face = FaceOf(fmt.bold, fmt.italic);
  look.size = fmt.size;
  look.color = fmt.color;
  if (!uri.empty()) {
    look.uri = CheckedUri(uri, loc);
    look.link = links_++;
    look.underline = true;
    look.color = ParseColor(ctx_->style->colors.link);
  }
  if (fmt.all_caps) {
    std::string up(text);
    for (char& c : up) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    Append(up, look, loc);
  } else {
    Append(text, look, loc);
  }
}

void InlineLayout::AddRuns(const model::Runs& runs, const InlineFormat& fmt) {
  // A pair split across runs ("paragraph " and a cross-reference's "2.3",
  // "Table" and " 1") is kept on one line as within one run.
  std::vector<std::string_view> parts;
  parts.reserve(runs.size());
  for (const model::Run& run : runs) {
    parts.push_back(run.kind == model::RunKind::kLineBreak ? std::string_view()
                                                          : std::string_view(run.text));
  }
  const std::vector<NoBreaks> keeps = FindNoBreaksAcross(parts);
  for (size_t ri = 0; ri < runs.size(); ++ri) {
    const model::Run& run = runs[ri];
    InlineFormat f = fmt;
    f.bold = fmt.bold || run.bold;
    f.italic = fmt.italic || run.italic;
    Look look;
    look.face = FaceOf(f.bold, f.italic);
    look.size = f.size;
    look.color = f.color;
    look.lang = run.lang;
    switch (run.kind) {
      case model::RunKind::kText:
        break;
      case model::RunKind::kLink:
        look.uri = CheckedUri(run.target, run.loc);
        look.link = links_++;
        look.underline = true;
        look.color = ParseColor(ctx_->style->colors.link);
        break;
      case model::RunKind::kXref:
        look.target = run.target;
        look.link = links_++;
        break;
      case model::RunKind::kPlaceholder:
        look.highlight = true;
        break;
      case model::RunKind::kLineBreak:
        EndPiece(Break::kForced);
        continue;
    }
    if (f.all_caps) {
      std::string up = run.text;
      for (char& c : up) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
      Append(up, look, run.loc, &keeps[ri]);
    } else {
      Append(run.text, look, run.loc, &keeps[ri]);
    }
  }
}

double InlineLayout::NaturalWidth() const {
  double w = 0;
  for (size_t i = 0; i < pieces_.size(); ++i) w += pieces_[i].width + Gap(pieces_[i]);
  if (!cur_.empty()) {
    const Look& l = looks_[cur_look_];
    w += ctx_->fonts->Width(l.face, cur_, l.size);
    if (!pieces_.empty()) w += LinkKern(pieces_.back(), cur_look_, cur_);
  }
  return w;
}

double InlineLayout::LongestWord() const {
  double best = 0, word = 0;
  for (const Piece& p : pieces_) {
    word += p.width;
    if (p.brk != Break::kNone) {
      best = std::max(best, word);
      word = 0;
    } else {
      word += p.join;
    }
  }
  if (!cur_.empty()) {
    const Look& l = looks_[cur_look_];
    word += ctx_->fonts->Width(l.face, cur_, l.size);
    if (!pieces_.empty()) word += LinkKern(pieces_.back(), cur_look_, cur_);
  }
  return std::max(best, word);
}

bool InlineLayout::SplitPiece(Piece* p, double first_width, double width, bool force,
                              std::deque<Piece>* rest) const {
  const Look& l = looks_[p->look];
  // A word of letters is hyphenated where the en-GB patterns allow
  // ("Direc-" / "torate"), at the last point that fits; the rest goes to the
  // next line (and is split again there if it must be).
  if (p->text.size() <= 64) {
    const std::vector<size_t> points = HyphenationPoints(p->text);
    if (!points.empty()) {
      const double hyphen = ctx_->fonts->CharWidth(l.face, U'-', l.size);
      size_t best = 0;
      double best_w = 0;
      for (size_t at : points) {
        const std::string_view head = std::string_view(p->text).substr(0, at);
        double pw = ctx_->fonts->Width(l.face, head, l.size) + hyphen +
                    ctx_->fonts->Kern(l.face, LastChar(head), U'-', l.size);
        if (pw > first_width + 0.001) break;
        best = at;
        best_w = pw;
      }
      if (best > 0) {
        Piece c;
        c.look = p->look;
        c.text.assign(p->text, 0, best);
        c.text += '-';
        c.width = best_w;
        Piece last = std::move(*p);
        last.text.erase(0, best);
        last.width = ctx_->fonts->Width(l.face, last.text, l.size);
        *p = std::move(c);
        rest->push_front(std::move(last));
        return true;
      }
    }
  }
  // Else one pass over the word: the first chunk fits `first_width`, the
  // others `width`, so a word of any length costs time in proportion to it.
  std::vector<Piece> chunks;
  double w = 0, limit = first_width;
  size_t from = 0, k = 0;
  char32_t prev = 0;
  while (k < p->text.size()) {
    char32_t cp;
    size_t n = DecodeUtf8(p->text, k, &cp);
    double cw = ctx_->fonts->CharWidth(l.face, cp, l.size);
    if (k > from) cw += ctx_->fonts->Kern(l.face, prev, cp, l.size);
    if (w + cw > limit && (k > from || (chunks.empty() && !force))) {
      if (k == from) return false;  // not even one character fits
      Piece c;  // not a copy of *p: that would copy the whole word
      c.look = p->look;
      c.text.assign(p->text, from, k - from);
      c.width = w;
      chunks.push_back(std::move(c));
      from = k;
      w = 0;
      limit = width;
      continue;
    }
    w += cw;
    prev = cp;
    k += n;
  }
  if (chunks.empty()) return false;  // it fits after all
  Piece last = std::move(*p);
  last.text.erase(0, from);
  last.width = w;
  *p = std::move(chunks.front());
  rest->push_front(std::move(last));
  for (size_t c = chunks.size() - 1; c >= 1; --c) rest->push_front(std::move(chunks[c]));
  return true;
}

std::vector<LineBox> InlineLayout::Layout(double x, double width,
                                          double first_offset, double leading,
                                          bool justify) {
  EndPiece(Break::kNone);
  // Pieces move from `in` (and `pending`: the rest of a split word, or a
  // piece that starts the next line) to pieces_, line by line; nothing is
  // inserted in the middle of a vector, so layout is linear in the text.
  std::vector<Piece> in = std::move(pieces_);
  pieces_.clear();
  pieces_.reserve(in.size());
  std::deque<Piece> pending;
  size_t next = 0;
  auto fetch = [&](Piece* p) {
    if (!pending.empty()) {
      *p = std::move(pending.front());
      pending.pop_front();
      return true;
    }
    if (next < in.size()) {
      *p = std::move(in[next++]);
      return true;
    }
    return false;
  };
  constexpr size_t kNoBreak = static_cast<size_t>(-1);
  std::vector<LineBox> lines;
  size_t begin = 0;  // the current line's first piece in pieces_
  for (;;) {
    double offset = lines.empty() ? first_offset : 0;
    double avail = width - offset;
    // Pieces after the previous line's last break start this line.
    double w = 0;
    size_t last_break = kNoBreak;
    for (size_t k = begin; k < pieces_.size(); ++k) {
      double gap = k > begin ? Gap(pieces_[k - 1]) : 0;
      w += gap + pieces_[k].width;
      if (pieces_[k].brk != Break::kNone) last_break = k;
    }
    size_t end = kNoBreak;
    bool forced = false;
    Piece p;
    while (fetch(&p)) {
      const size_t i = pieces_.size();
      double gap = i > begin ? Gap(pieces_[i - 1]) : 0;
      bool split = false;
      if (w + gap + p.width > avail + 0.001) {
        if (i == begin) {
          split = SplitPiece(&p, avail, width, true, &pending);  // wider than the line
        } else if (last_break != kNoBreak) {
          pending.push_front(std::move(p));
          end = last_break + 1;
          break;
        } else {
          double room = avail - w - gap;
          split = room > 0 && SplitPiece(&p, room, width, false, &pending);
          if (!split) {
            pending.push_front(std::move(p));
            end = i;
            break;
          }
        }
      }
      w += gap + p.width;
      const Break brk = p.brk;
      pieces_.push_back(std::move(p));
      if (brk == Break::kForced) {
        forced = true;
        end = pieces_.size();
        break;
      }
      if (brk != Break::kNone) last_break = pieces_.size() - 1;
      if (split) {
        end = pieces_.size();
        break;
      }
    }
    if (end == kNoBreak) end = pieces_.size();
    if (end == begin) break;  // nothing left
    bool last = end >= pieces_.size() && pending.empty() && next >= in.size();
    lines.push_back(EmitLine(begin, end, x + offset, avail, leading,
                             justify && !last && !forced));
    begin = end;
  }
  return lines;
}

LineBox InlineLayout::EmitLine(size_t begin, size_t end, double x,
                               double avail, double leading,
                               bool justify) const {
  LineBox box;
  double size = 0;
  int face = kRegular;
  for (size_t i = begin; i < end; ++i) {
    if (looks_[pieces_[i].look].size > size) {
      size = looks_[pieces_[i].look].size;
      face = looks_[pieces_[i].look].face;
    }
  }
  if (size == 0) size = max_size_ > 0 ? max_size_ : 11;
  box.height = leading * size;
  double asc = ctx_->fonts->Ascent(face, size);
  double desc = ctx_->fonts->Descent(face, size);
  double baseline = (box.height - (asc - desc)) / 2 + asc;

  double natural = 0;
  int spaces = 0;
  for (size_t i = begin; i < end; ++i) {
    natural += pieces_[i].width;
    if (i + 1 < end) natural += Gap(pieces_[i]);
    if (i + 1 < end && pieces_[i].brk == Break::kSpace) ++spaces;
  }
  box.width = natural;
  double extra = (justify && spaces > 0 && avail > natural)
                     ? (avail - natural) / spaces : 0;

  std::vector<Op> fills, texts, decor;
  Op cur;
  bool open = false;
  auto flush = [&] {
    if (open && !cur.text.empty()) texts.push_back(cur);
    open = false;
  };
  // Link rectangle being collected.
  Op link;
  bool link_open = false;
  auto flush_link = [&] {
    if (link_open) decor.push_back(link);
    link_open = false;
  };

  double cx = x;
  for (size_t i = begin; i < end; ++i) {
    const Piece& p = pieces_[i];
    const Look& l = looks_[p.look];
    if (!open || cur.face != l.face || cur.size != l.size ||
        !(cur.color == l.color) || cur.link != l.link || cur.lang != l.lang) {
      flush();
      cur = Op{};
      cur.kind = Op::kText;
      cur.x = cx;
      cur.y = baseline;
      cur.face = l.face;
      cur.size = l.size;
      cur.color = l.color;
      cur.link = l.link;
      cur.lang = l.lang;
      open = true;
    }
    cur.text += p.text;
    // Highlights and underlines run on over a space to the next piece of
    // the same look, so a phrase is marked as one.
    bool joins = i + 1 < end && p.brk == Break::kSpace &&
                 looks_[pieces_[i + 1].look] == l;
    double span = p.width + (joins ? p.space + extra : 0) +
                  (i + 1 < end && p.brk != Break::kSpace ? p.join : 0);
    if (l.highlight) {
      Op f;
      f.kind = Op::kFill;
      f.x = cx, f.y = 0, f.w = span, f.h = box.height;
      f.color = ParseColor(ctx_->style->colors.placeholder);
      fills.push_back(f);
    }
    if (l.underline) {
      Op u;
      u.kind = Op::kLine;
      u.x = cx, u.y = baseline + l.size * 0.12, u.w = span, u.h = 0;
      u.size = l.size * 0.05;
      u.color = l.color;
      decor.push_back(u);
    }
    bool linked = !l.uri.empty() || !l.target.empty();
    if (linked) {
      if (link_open && link.link == l.link) {
        link.w = cx + p.width - link.x;
      } else {
        flush_link();
        link = Op{};
        link.kind = Op::kLink;
        link.x = cx, link.y = 0, link.w = p.width, link.h = box.height;
        link.text = l.uri;
        link.target = l.target;
        link.link = l.link;
        link_open = true;
      }
    } else {
      flush_link();
    }
    cx += p.width;
    if (i + 1 < end && p.brk == Break::kSpace) {
      if (extra > 0) {
        // The space stays in the shown string (it is invisible, and the
        // next word is placed on its own), so text extraction and screen
        // readers see separate words.
        cur.text += ' ';
        cx += p.space + extra;
        flush();
      } else {
        cur.text += ' ';
        cx += p.space;
      }
    } else if (i + 1 < end) {
      cx += p.join;
    }
  }
  flush();
  flush_link();
  // A line broken at a space keeps that space (invisible, after the last
  // word), so the text of a paragraph read back from the structure tree
  // or copied is not "andEducation" across the break.
  if (end > begin && pieces_[end - 1].brk == Break::kSpace && !texts.empty()) {
    texts.back().text += ' ';
  }
  box.ops = std::move(fills);
  box.ops.insert(box.ops.end(), texts.begin(), texts.end());
  box.ops.insert(box.ops.end(), decor.begin(), decor.end());
  return box;
}

}  // namespace clerk::render::pdf
