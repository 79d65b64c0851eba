#include "render/html/html_util.h"

#include <cmath>
#include <cstdio>
#include <utility>

namespace clerk::render::html {

void AppendEscaped(std::string* out, std::string_view s, bool attribute) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&': *out += "&amp;"; continue;
      case '<': *out += "&lt;"; continue;
      case '>': *out += "&gt;"; continue;
      case '"':
        *out += attribute ? "&quot;" : "\"";
        continue;
      default:
        break;
    }
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) continue;
    // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
    if (c == 0xC2 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9F) {
        ++i;
        continue;
      }
    }
    out->push_back(static_cast<char>(c));
  }
}

std::string Escaped(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  AppendEscaped(&out, s, attribute);
  return out;
}

std::string IdFragment(std::string_view label) {
  std::string out;
  bool dash = false;
  for (char ch : label) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(c);
      dash = false;
    } else if (c >= 'A' && c <= 'Z') {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(c - 'A' + 'a');
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

std::string Base64(std::string_view bytes) {
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  auto at = [&](size_t k) {
    return static_cast<unsigned>(static_cast<unsigned char>(bytes[k]));
  };
  for (; i + 3 <= bytes.size(); i += 3) {
    unsigned v = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += kAlphabet[v >> 6 & 63];
    out += kAlphabet[v & 63];
  }
  size_t rest = bytes.size() - i;
  if (rest > 0) {
    unsigned v = at(i) << 16 | (rest == 2 ? at(i + 1) << 8 : 0);
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += rest == 2 ? kAlphabet[v >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

namespace {

// Channel values 0..255 of "RRGGBB"; false when malformed.
bool ParseRgb(std::string_view s, int rgb[3]) {
  if (!s.empty() && s[0] == '#') s.remove_prefix(1);
  if (s.size() != 6) return false;
  for (int k = 0; k < 3; ++k) {
    int v = 0;
    for (int j = 0; j < 2; ++j) {
      char c = s[static_cast<size_t>(2 * k + j)];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return false;
      v = v * 16 + d;
    }
    rgb[k] = v;
  }
  return true;
}

double Luminance(const int rgb[3]) {
  double lin[3];
  for (int k = 0; k < 3; ++k) {
    double c = rgb[k] / 255.0;
    lin[k] = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  }
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}

std::string Hex(const int rgb[3]) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
  return buf;
}

}  // namespace

std::string HexColor(std::string_view rgb, std::string_view fallback) {
  int c[3];
  return ParseRgb(rgb, c) ? Hex(c) : std::string(fallback);
}

double RelativeLuminance(std::string_view rgb) {
  int c[3] = {0, 0, 0};
  if (!ParseRgb(rgb, c)) c[0] = c[1] = c[2] = 0;
  return Luminance(c);
}

double ContrastRatio(std::string_view a, std::string_view b) {
  double la = RelativeLuminance(a), lb = RelativeLuminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

std::string TextColorOn(std::string_view background) {
  return ContrastRatio("000000", background) >=
                 ContrastRatio("FFFFFF", background)
             ? "000000"
             : "FFFFFF";
}

std::string Darkened(std::string_view color, std::string_view background,
                     double ratio) {
  int c[3] = {0, 0, 0};
  if (!ParseRgb(color, c)) return "000000";
  int step[3] = {c[0], c[1], c[2]};
  // Scale towards black in 1/64 steps: the hue stays, only lightness drops.
  for (int k = 64; k >= 0; --k) {
    int d[3];
    for (int j = 0; j < 3; ++j) d[j] = step[j] * k / 64;
    std::string hex = Hex(d);
    if (ContrastRatio(hex, background) >= ratio) return hex;
  }
  return "000000";
}

}  // namespace clerk::render::html
