#include "base/diagnostic.h"

#include <algorithm>

#include "base/utf8.h"

namespace clerk {

std::string SourceLoc::ToString() const {
  if (file.empty()) return "";
  if (line <= 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::string FormatShort(const Diagnostic& d) {
  std::string out;
  std::string where = d.loc.ToString();
  if (!where.empty()) out += where + ": ";
  out += d.severity == Severity::kError ? "error: " : "warning: ";
  out += d.message;
  for (const std::string& h : d.hints) out += "\n  hint: " + h;
  for (const TraceEntry& t : d.trace) {
    out += "\n  ";
    std::string tw = t.loc.ToString();
    if (!tw.empty()) out += tw + ": ";
    out += "note: " + t.what;
  }
  return out;
}

std::string FormatLong(const Diagnostic& d, std::string_view source_line) {
  std::string out = FormatShort(d);
  if (source_line.empty() || d.loc.col <= 0) return out;
  out += "\n  ";
  out += source_line;
  out += "\n  ";
  // The caret goes under the column; tabs are kept so it lines up.
  int col = 1;
  size_t i = 0;
  while (col < d.loc.col && i < source_line.size()) {
    char32_t cp = 0;
    size_t n = DecodeUtf8(source_line, i, &cp);
    out += cp == U'\t' ? '\t' : ' ';
    i += n;
    ++col;
  }
  out += '^';
  return out;
}

void Diagnostics::Error(const SourceLoc& loc, std::string message,
                        std::vector<std::string> hints) {
  Add(Diagnostic{Severity::kError, loc, std::move(message), std::move(hints),
                 {}});
}

void Diagnostics::Warning(const SourceLoc& loc, std::string message,
                          std::vector<std::string> hints) {
  Add(Diagnostic{Severity::kWarning, loc, std::move(message), std::move(hints),
                 {}});
}

void Diagnostics::Add(Diagnostic d) {
  for (auto it = trace_.rbegin(); it != trace_.rend(); ++it) {
    d.trace.push_back(*it);
  }
  if (d.severity == Severity::kError) ++errors_;
  items_.push_back(std::move(d));
}

std::string Diagnostics::ToString() const {
  std::string out;
  for (const Diagnostic& d : items_) out += FormatShort(d) + "\n";
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
