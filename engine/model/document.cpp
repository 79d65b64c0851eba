#include "model/document.h"

namespace clerk::model {

std::string PlainText(const Runs& runs) {
  std::string out;
  for (const Run& r : runs) {
    if (r.kind == RunKind::kLineBreak) {
      out += '\n';
    } else {
      out += r.text;
    }
  }
  return out;
}

namespace {

// The last code point of UTF-8 text, ignoring trailing spaces; 0 if none.
char32_t LastCodePoint(const std::string& s) {
  size_t end = s.size();
  while (end > 0 && s[end - 1] == ' ') --end;
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  char32_t cp = byte(start);
  size_t extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
  if (extra > 0) cp &= 0x3F >> extra;
  for (size_t i = 1; i <= extra && start + i < end; ++i) {
    cp = (cp << 6) | (byte(start + i) & 0x3F);
  }
  return cp;
}

// Letters and digits of any script, roughly: ASCII letters and digits, and
// every code point from U+00C0 up that is not in the punctuation, symbol
// and dash blocks (U+2000–U+2BFF, U+3000–U+303F) or the Latin-1 signs.
bool EndsWord(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
      (c >= '0' && c <= '9') || c == ')' || c == ']') {
    return true;
  }
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  return true;
}

}  // namespace

Runs CoverLabel(const Runs& label, bool add_colon) {
  Runs out = label;
  if (!add_colon || !EndsWord(LastCodePoint(PlainText(label)))) return out;
  Run colon;
  colon.text = ":";
  if (!label.empty()) {
    colon.bold = label.back().bold;
    colon.italic = label.back().italic;
    colon.lang = label.back().lang;
    colon.loc = label.back().loc;
  }
  out.push_back(std::move(colon));
  return out;
}

const char* RagName(Rag r) {
  switch (r) {
    case Rag::kNone: return "";
    case Rag::kRed: return "Red";
    case Rag::kAmber: return "Amber";
    case Rag::kGreen: return "Green";
    case Rag::kComplete: return "Complete";
    case Rag::kNotStarted: return "Not started";
  }
  return "";
}

bool CoverFieldRunsIn(const Node& cover, const Node& field) {
  if (field.run_in) return true;
  for (const Node& f : cover.children) {
    if (f.kind == NodeKind::kCoverField && !PlainText(f.title).empty()) return false;
  }
  return true;
}

}  // namespace clerk::model
