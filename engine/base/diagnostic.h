// Diagnostic: one mistake in the user's input (template, data, style, command
// line), with where it is, what is wrong, and what would be right.
//
// System failures (a file that cannot be written, a libharu error) are Status
// values (status.h); a Diagnostic is always about something the user can fix.
#ifndef CLERK_BASE_DIAGNOSTIC_H_
#define CLERK_BASE_DIAGNOSTIC_H_

#include <string>
#include <string_view>
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
};

// "file:line:col: error: message", then one line per hint ("  hint: ...")
// and per trace entry ("  file:line:col: note: while ..."). No final newline.
std::string FormatShort(const Diagnostic& d);

// FormatShort plus the offending source line and a caret under the column,
// when `source_line` is not empty.
std::string FormatLong(const Diagnostic& d, std::string_view source_line);

// Collects diagnostics in the order they are found. Not thread-safe: each
// render job owns its own.
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

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  // Every diagnostic, FormatShort, one per line.
  std::string ToString() const;

 private:
  std::vector<Diagnostic> items_;
  std::vector<TraceEntry> trace_;
  int errors_ = 0;
};

// Edit distance (insertions, deletions, substitutions), used for "did you
// mean" suggestions.
int EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, or "" when none is close enough (distance
// at most 1/3 of the word's length, and at least 1).
std::string Suggest(std::string_view word,
                    const std::vector<std::string_view>& candidates);

}  // namespace clerk

#endif  // CLERK_BASE_DIAGNOSTIC_H_
