// Colour in diagnostics: on when stderr is a terminal (--color=auto, the
// default) unless NO_COLOR is set; --color=always|never overrides.
#ifndef CLERK_CLI_COLOUR_H_
#define CLERK_CLI_COLOUR_H_

#include <optional>
#include <string>

namespace clerk::cli {

enum class ColourMode { kAuto, kAlways, kNever };

// "auto", "always", "never" (any case); nullopt otherwise.
std::optional<ColourMode> ParseColourMode(const std::string& s);

// Decides once, for this run, from the mode, NO_COLOR and isatty(stderr).
void SetColour(ColourMode mode);
bool ColourOn();

// A formatted diagnostic (FormatLong) with its location bold, "error:" red,
// "warning:" magenta and the caret green, when colour is on.
std::string Colourize(const std::string& formatted);

}  // namespace clerk::cli

#endif  // CLERK_CLI_COLOUR_H_
