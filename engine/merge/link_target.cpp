#include "merge/link_target.h"

namespace clerk {

namespace {

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// At most 80 bytes of the target in a message (a URL can be megabytes).
std::string Shown(std::string_view href) {
  if (href.size() <= 80) return std::string(href);
  size_t n = 80;
  while (n > 0 && (static_cast<unsigned char>(href[n]) & 0xC0) == 0x80) --n;
  std::string s(href.substr(0, n));
  s.append("\u2026");
  return s;
}

}  // namespace

std::string LinkTargetProblem(std::string_view href) {
  const std::string allowed =
      " (links may go to http:, https: or mailto: addresses; a place in the "
      "report is a <ref to=\"…\">)";
  bool web = StartsWithNoCase(href, "http://") ||
             StartsWithNoCase(href, "https://");
  bool mail = StartsWithNoCase(href, "mailto:");
  if (!web && !mail) {
    std::string msg("link target '");
    msg.append(Shown(href)).append("' is not allowed").append(allowed);
    return msg;
  }
  for (char c : href) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '\\') {
      std::string msg("link target '");
      msg.append(Shown(href)).append(
          "' contains a space, a control character or a backslash (write "
          "them %-encoded, e.g. %20)");
      return msg;
    }
  }
  return "";
}

}  // namespace clerk
