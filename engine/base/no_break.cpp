#include "base/no_break.h"

#include <array>
#include <string>

#include "base/utf8.h"

namespace clerk {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsDashAt(std::string_view s, size_t i, size_t* len) {
  if (s[i] == '-') {
    *len = 1;
    return true;
  }
  // U+2013 EN DASH, U+2014 EM DASH, U+2212 MINUS SIGN
  if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94" ||
      s.substr(i, 3) == "\xE2\x88\x92") {
    *len = 3;
    return true;
  }
  return false;
}

// The word without trailing punctuation such as "," "." ";" ")".
std::string_view Bare(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' ||
                        w.back() == ':' || w.back() == ')' || w.back() == '?' ||
                        w.back() == '!')) {
    w.remove_suffix(1);
  }
  while (!w.empty() && w.front() == '(') w.remove_prefix(1);
  return w;
}

// "1", "30", "1st", "22nd", "3rd", "30th".
bool IsDay(std::string_view w) {
  w = Bare(w);
  size_t d = 0;
  while (d < w.size() && IsDigit(w[d])) ++d;
  if (d == 0 || d > 2) return false;
  std::string_view rest = w.substr(d);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

bool IsYear(std::string_view w) {
  w = Bare(w);
  if (w.size() < 4) return false;
  for (size_t i = 0; i < 4; ++i) {
    if (!IsDigit(w[i])) return false;
  }
  // "2024", "2024/25", "2024-25"
  return w.size() == 4 || w[4] == '/' || w[4] == '-';
}

// "Appendix 1", "paragraph 2.3", "Table 4", "Appendix A", "page 12".
bool IsNumberWord(std::string_view w) {
  while (!w.empty() && w.front() == '(') w.remove_prefix(1);
  static constexpr std::array<std::string_view, 14> kWords = {
      "appendix", "appendices", "annex", "table", "paragraph", "paragraphs",
      "section", "sections", "page", "pages", "item", "recommendation",
      "resolution", "figure"};
  if (w.size() < 4 || w.size() > 14) return false;
  char lower[14];
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    lower[i] = c;
  }
  std::string_view l(lower, w.size());
  for (std::string_view k : kWords) {
    if (l == k) return true;
  }
  return false;
}

bool IsNumberLike(std::string_view w) {
  w = Bare(w);
  if (w.empty()) return false;
  if (IsDigit(w[0])) return true;
  return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
}

}  // namespace

bool IsMonthName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  word = Bare(word);
  if (word.size() < 3 || word.size() > 9) return false;
  char lower[9];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return false;
    lower[i] = c;
  }
  std::string_view w(lower, word.size());
  if (w == "sept") return true;
  for (std::string_view m : kMonths) {
    if (w == m || (w.size() == 3 && m.substr(0, 3) == w)) return true;
  }
  return false;
}

NoBreaks FindNoBreaks(std::string_view text) {
  NoBreaks out;
  // Dashes between digits.
  for (size_t i = 1; i < text.size(); ++i) {
    size_t len = 0;
    if (!IsDigit(text[i - 1]) || !IsDashAt(text, i, &len)) continue;
    if (i + len < text.size() && IsDigit(text[i + len])) {
      out.after_dash.push_back(i + len);
    }
    i += len - 1;
  }
  // Single spaces between a day and a month, or a month and a year.
  size_t prev_start = std::string_view::npos, start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ' ') continue;
    // text[start, i) is a word; the space before it is at start - 1.
    if (prev_start != std::string_view::npos && i > start) {
      std::string_view prev = text.substr(prev_start, start - 1 - prev_start);
      std::string_view word = text.substr(start, i - start);
      if ((IsDay(prev) && IsMonthName(word)) ||
          (IsMonthName(prev) && IsYear(word)) ||
          (IsNumberWord(prev) && IsNumberLike(word))) {
        out.spaces.push_back(start - 1);
      }
    }
    if (i > start) {
      prev_start = start;
    } else {
      prev_start = std::string_view::npos;  // two spaces: no pair
    }
    start = i + 1;
  }
  return out;
}

std::vector<NoBreaks> FindNoBreaksAcross(const std::vector<std::string_view>& parts) {
  std::vector<NoBreaks> out(parts.size());
  if (parts.size() == 1) {
    out[0] = FindNoBreaks(parts[0]);
    return out;
  }
  // A line break between parts becomes a newline, which is not a space and
  // so ends every pair.
  std::string all;
  std::vector<size_t> start(parts.size());
  for (size_t i = 0; i < parts.size(); ++i) {
    start[i] = all.size();
    all.append(parts[i].empty() ? std::string_view("\n") : parts[i]);
  }
  const NoBreaks keep = FindNoBreaks(all);
  size_t part = 0;
  auto owner = [&](size_t at) {
    while (part + 1 < parts.size() && start[part + 1] <= at) ++part;
    return part;
  };
  for (size_t at : keep.spaces) {
    const size_t p = owner(at);
    out[p].spaces.push_back(at - start[p]);
  }
  part = 0;
  for (size_t at : keep.after_dash) {
    const size_t p = owner(at);
    out[p].after_dash.push_back(at - start[p]);
  }
  return out;
}

}  // namespace clerk
