#include "cli/colour.h"

#include <unistd.h>

#include <cstdlib>

namespace clerk::cli {

namespace {

bool g_colour = false;

constexpr const char* kBold = "\033[1m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kMagenta = "\033[1;35m";
constexpr const char* kGreen = "\033[1;32m";
constexpr const char* kReset = "\033[0m";

}  // namespace

std::optional<ColourMode> ParseColourMode(const std::string& in) {
  std::string s = in;
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (s == "auto") return ColourMode::kAuto;
  if (s == "always") return ColourMode::kAlways;
  if (s == "never") return ColourMode::kNever;
  return std::nullopt;
}

void SetColour(ColourMode mode) {
  if (mode == ColourMode::kAlways) {
    g_colour = true;
  } else if (mode == ColourMode::kNever) {
    g_colour = false;
  } else {
    const char* no = std::getenv("NO_COLOR");
    g_colour = !(no && *no) && isatty(STDERR_FILENO);
  }
}

bool ColourOn() { return g_colour; }

std::string Colourize(const std::string& f) {
  if (!g_colour) return f;
  size_t eol = f.find('\n');
  std::string first = f.substr(0, eol);
  std::string rest = eol == std::string::npos ? "" : f.substr(eol);
  // "file:line:col: error: message" or "error: message".
  std::string out = first;
  for (std::string word : {"error:", "warning:"}) {
    size_t at = first.rfind(word, 0) == 0 ? 0 : first.find(": " + word);
    if (at == std::string::npos) continue;
    size_t w = at == 0 ? 0 : at + 2;
    const char* colour = word[0] == 'e' ? kRed : kMagenta;
    out = (w ? kBold + first.substr(0, at + 1) + kReset + " " : std::string()) +
          colour + word + kReset + first.substr(w + word.size());
    break;
  }
  size_t caret = rest.rfind('^');
  if (caret != std::string::npos && caret + 1 == rest.size()) {
    rest = rest.substr(0, caret) + kGreen + "^" + kReset;
  }
  return out + rest;
}

}  // namespace clerk::cli
