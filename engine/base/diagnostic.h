// Diagnostic: one mistake in the user's input (template, data, style, command
// line), with where it is, what is wrong, and what would be right.
//
// System failures (a file that cannot be written, a libharu error) are Status
// values (status.h); a Diagnostic is always about something the user can fix.
#ifndef CLERK_BASE_DIAGNOSTIC_H_
#define CLERK_BASE_DIAGNOSTIC_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/source_loc.h"

namespace clerk {

enum class Severity { kError, kWarning };

struct TraceEntry {
  SourceLoc loc;
  std::string what;  // e.g. "while including fragments/cover.xml"
};

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLoc loc;
  std::string message;
  std::vector<std::string> hints;  // "did you mean <section>?" goes in message;
                                   // longer advice goes here
  std::vector<TraceEntry> trace;   // innermost first
  long count = 1;  // times reported (a problem inside a loop: once per pass)
};

// "file:line:col: error: message", with " (and 9,999 more times)" when
// count > 1, then one line per hint ("  hint: ...") and per trace entry
// ("  file:line:col: note: while ..."). No final newline.
std::string FormatShort(const Diagnostic& d);

// FormatShort plus the offending source line and a caret under the column,
// when `source_line` is not empty. A line wider than kSourceWindow code
// points is cut to a window around the caret, marked with "…" at each cut
// (a template written on one line can be megabytes wide).
inline constexpr int kSourceWindow = 100;
std::string FormatLong(const Diagnostic& d, std::string_view source_line);

// 9999 -> "9,999".
std::string GroupThousands(long n);

// Collects diagnostics in the order they are found. Each distinct
// diagnostic (same severity, place, message and trace) is kept once with
// its count, so a problem inside a loop over 10,000 records is one entry
// "(and 9,999 more times)"; its hints are those of the first time. At most
// kMaxDistinct distinct diagnostics are kept; the rest are only counted
// (omitted()). Not thread-safe: each render job owns its own.
class Diagnostics {
 public:
  void Error(const SourceLoc& loc, std::string message,
             std::vector<std::string> hints = {});
  void Warning(const SourceLoc& loc, std::string message,
               std::vector<std::string> hints = {});
  void Add(Diagnostic d);
  // Trace entries pushed here are appended to every diagnostic added until
  // the matching PopTrace (used for "while including ...").
  void PushTrace(TraceEntry e) { trace_.push_back(std::move(e)); }
  void PopTrace() { trace_.pop_back(); }

  static constexpr size_t kMaxDistinct = 100;

  bool has_errors() const { return errors_ > 0; }
  // Every error reported, repeats included.
  int error_count() const { return errors_; }
  // The distinct diagnostics, in the order first found.
  const std::vector<Diagnostic>& all() const { return items_; }
  // Distinct diagnostics past kMaxDistinct (counted, not kept).
  long omitted() const { return omitted_; }
  // Every diagnostic, FormatShort, one per line; then "N more problems not
  // shown" when some were omitted.
  std::string ToString() const;

 private:
  std::vector<Diagnostic> items_;
  std::vector<TraceEntry> trace_;
  std::unordered_map<std::string, size_t> index_;  // Key() -> items_ index
  int errors_ = 0;
  long omitted_ = 0;
};

// "N more problems not shown (the first 100 are above)", for omitted().
std::string OmittedLine(long omitted);

// Edit distance (insertions, deletions, substitutions), used for "did you
// mean" suggestions.
int EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, or "" when none is close enough (distance
// at most 1/3 of the word's length, and at least 1).
std::string Suggest(std::string_view word,
                    const std::vector<std::string_view>& candidates);

}  // namespace clerk

#endif  // CLERK_BASE_DIAGNOSTIC_H_
