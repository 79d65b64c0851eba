// Small pieces the HTML renderer needs: escaping, ids from number labels,
// base64 for data URIs, image sizes, and WCAG colour contrast.
#ifndef CLERK_RENDER_HTML_HTML_UTIL_H_
#define CLERK_RENDER_HTML_HTML_UTIL_H_

#include <string>
#include <string_view>

namespace clerk::render::html {

// Appends `s` escaped for HTML text (& < >) or, with `attribute`, for a
// double-quoted attribute value (& < > "). C0 controls other than tab and
// line feed, DEL and C1 controls are dropped: HTML forbids them.
void AppendEscaped(std::string* out, std::string_view s, bool attribute = false);
std::string Escaped(std::string_view s, bool attribute = false);

// An id fragment from a number label: lower case ASCII letters and digits,
// every other run of characters one '-', none at either end.
// "2.3" -> "2-3", "(a)" -> "a", "Appendix 1" -> "appendix-1", "1." -> "1".
std::string IdFragment(std::string_view label);

// Standard base64 (RFC 4648, with padding).
std::string Base64(std::string_view bytes);

// `rgb` ("RRGGBB", a leading '#' allowed) in upper case without the '#',
// or `fallback` when it is not six hex digits: nothing else reaches the
// stylesheet.
std::string HexColor(std::string_view rgb, std::string_view fallback);

// WCAG 2.x contrast. Colours are "RRGGBB" (a leading '#' is allowed); a
// malformed colour reads as black.
double RelativeLuminance(std::string_view rgb);
double ContrastRatio(std::string_view a, std::string_view b);
// "000000" or "FFFFFF", whichever contrasts more with `background` (one of
// them always reaches 4.58:1).
std::string TextColorOn(std::string_view background);
// `color` darkened (towards black, keeping its hue) until it has at least
// `ratio`:1 contrast with `background`; unchanged when it already has.
// REQUIRES: background is light enough for black to reach `ratio`.
std::string Darkened(std::string_view color, std::string_view background,
                     double ratio);

}  // namespace clerk::render::html

#endif  // CLERK_RENDER_HTML_HTML_UTIL_H_
