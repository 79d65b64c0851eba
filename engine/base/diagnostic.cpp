#include "base/diagnostic.h"

#include <algorithm>

#include "base/utf8.h"

namespace clerk {

std::string SourceLoc::ToString() const {
  if (file.empty()) return "";
  if (line <= 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::string GroupThousands(long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  if (n < 0) out.insert(out.begin(), '-');
  return out;
}

std::string FormatShort(const Diagnostic& d) {
  std::string out;
  std::string where = d.loc.ToString();
  if (!where.empty()) out += where + ": ";
  out += d.severity == Severity::kError ? "error: " : "warning: ";
  out += d.message;
  if (d.count > 1) {
    out += " (and ";
    out += GroupThousands(d.count - 1);
    out += " more time";
    out += d.count == 2 ? ")" : "s)";
  }
  for (const std::string& h : d.hints) {
    out += "\n  hint: ";
    out += h;
  }
  for (const TraceEntry& t : d.trace) {
    out += "\n  ";
    std::string tw = t.loc.ToString();
    if (!tw.empty()) out += tw + ": ";
    out += "note: ";
    out += t.what;
  }
  return out;
}

std::string FormatLong(const Diagnostic& d, std::string_view source_line) {
  std::string out = FormatShort(d);
  if (source_line.empty() || d.loc.col <= 0) return out;
  // The window of code points shown: the whole line when it is narrow,
  // else kSourceWindow code points with the caret about a third in.
  const long caret = d.loc.col;
  long first = 1;
  long last = static_cast<long>(Utf8Length(source_line));
  if (last > kSourceWindow) {
    first = std::max(1L, caret - kSourceWindow / 3);
    last = std::min(last, first + kSourceWindow - 1);
  }
  const bool cut_left = first > 1;
  const bool cut_right = last < static_cast<long>(Utf8Length(source_line));
  std::string shown, under;
  long col = 1;
  for (size_t i = 0; i < source_line.size() && col <= last; ++col) {
    char32_t cp = 0;
    size_t n = DecodeUtf8(source_line, i, &cp);
    if (col >= first) {
      shown.append(source_line.substr(i, n));
      // The caret goes under the column; tabs are kept so it lines up.
      if (col < caret) under += cp == U'\t' ? '\t' : ' ';
    }
    i += n;
  }
  out += "\n  ";
  if (cut_left) out += "\u2026";
  out += shown;
  if (cut_right) out += "\u2026";
  out += "\n  ";
  if (cut_left) out += ' ';  // under the "…"
  out += under;
  out += '^';
  return out;
}

void Diagnostics::Error(const SourceLoc& loc, std::string message,
                        std::vector<std::string> hints) {
  Diagnostic d;
  d.loc = loc;
  d.message = std::move(message);
  d.hints = std::move(hints);
  Add(std::move(d));
}

void Diagnostics::Warning(const SourceLoc& loc, std::string message,
                          std::vector<std::string> hints) {
  Diagnostic d;
  d.severity = Severity::kWarning;
  d.loc = loc;
  d.message = std::move(message);
  d.hints = std::move(hints);
  Add(std::move(d));
}

void Diagnostics::Add(Diagnostic d) {
  for (auto it = trace_.rbegin(); it != trace_.rend(); ++it) {
    d.trace.push_back(*it);
  }
  if (d.severity == Severity::kError) errors_ += static_cast<int>(d.count);
  // Hints are left out of the key: the same problem at the same place with
  // another record's data line is still the same problem.
  std::string key = d.severity == Severity::kError ? "E" : "W";
  key += d.loc.ToString();
  key += '\n';
  key += d.message;
  for (const TraceEntry& t : d.trace) {
    key += '\n';
    key += t.loc.ToString();
    key += ' ';
    key += t.what;
  }
  auto it = index_.find(key);
  if (it != index_.end()) {
    items_[it->second].count += d.count;
    return;
  }
  if (items_.size() >= kMaxDistinct) {
    omitted_ += d.count;
    return;
  }
  index_.emplace(std::move(key), items_.size());
  items_.push_back(std::move(d));
}

std::string OmittedLine(long omitted) {
  return GroupThousands(omitted) + " more problem" + (omitted == 1 ? "" : "s") +
         " not shown (the first " + std::to_string(Diagnostics::kMaxDistinct) +
         " are above)";
}

std::string Diagnostics::ToString() const {
  std::string out;
  for (const Diagnostic& d : items_) out += FormatShort(d) + "\n";
  if (omitted_ > 0) out += OmittedLine(omitted_) + "\n";
  return out;
}

int EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment: an adjacent transposition ("pfd" for "pdf")
  // counts as one edit.
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

std::string Suggest(std::string_view word,
                    const std::vector<std::string_view>& candidates) {
  int limit = std::max(1, static_cast<int>(word.size()) / 3);
  int best = limit + 1;
  std::string_view found;
  for (std::string_view c : candidates) {
    int d = EditDistance(word, c);
    if (d < best) {
      best = d;
      found = c;
    }
  }
  return std::string(found);
}

}  // namespace clerk
