#include "load/xml_check.h"

#include <cmath>
#include <cstdlib>

#include "base/utf8.h"

namespace clerk {

bool CheckAttributes(const SourceFile& file, pugi::xml_node el,
                     const std::vector<std::string_view>& allowed,
                     Diagnostics* diags) {
  bool ok = true;
  for (pugi::xml_attribute a : el.attributes()) {
    std::string_view n = a.name();
    if (n == "xmlns" || n.substr(0, 6) == "xmlns:") continue;
    bool known = false;
    for (std::string_view k : allowed) known = known || k == n;
    if (known) continue;
    ok = false;
    std::string msg = "unknown attribute '" + std::string(n) + "' on <" +
                      std::string(LocalName(el)) + ">";
    std::string s = Suggest(n, allowed);
    if (!s.empty()) {
      msg += "; did you mean '" + s + "'?";
    } else if (allowed.empty()) {
      msg += " (it takes no attributes)";
    } else {
      msg += " (it takes";
      for (size_t i = 0; i < allowed.size(); ++i) {
        msg += (i ? ", " : " ") + std::string(allowed[i]);
      }
      msg += ")";
    }
    diags->Error(file.LocOf(el, a), msg);
  }
  return ok;
}

void UnknownElement(const SourceFile& file, pugi::xml_node el,
                    const std::vector<std::string_view>& allowed,
                    const std::string& where, Diagnostics* diags) {
  std::string name(LocalName(el));
  std::string msg = "unknown element <" + name + ">";
  std::string s = Suggest(name, allowed);
  if (!s.empty()) {
    msg += "; did you mean <" + s + ">?";
  } else {
    msg += " " + where + "; expected one of";
    for (size_t i = 0; i < allowed.size(); ++i) {
      msg += (i ? ", <" : " <") + std::string(allowed[i]) + ">";
    }
  }
  diags->Error(file.LocOf(el), msg);
}

bool CheckNoText(const SourceFile& file, pugi::xml_node el, Diagnostics* diags) {
  bool ok = true;
  for (pugi::xml_node c : el.children()) {
    if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) &&
        !Trim(c.value()).empty()) {
      diags->Error(file.LocOf(c), "unexpected text inside <" +
                                      std::string(LocalName(el)) + ">");
      ok = false;
    }
  }
  return ok;
}

std::optional<double> ParseLength(std::string_view s) {
  s = Trim(s);
  std::string str(s);
  char* end = nullptr;
  double v = std::strtod(str.c_str(), &end);
  if (end == str.c_str() || !std::isfinite(v)) return std::nullopt;
  std::string_view unit(end);
  if (unit == "pt") return v;
  if (unit == "mm") return v * 72.0 / 25.4;
  if (unit == "cm") return v * 72.0 / 2.54;
  if (unit == "in") return v * 72.0;
  return std::nullopt;
}

std::optional<bool> ParseBool(std::string_view s) {
  s = Trim(s);
  if (s == "true" || s == "yes") return true;
  if (s == "false" || s == "no") return false;
  return std::nullopt;
}

std::optional<std::string> ParseColor(std::string_view s) {
  s = Trim(s);
  if (!s.empty() && s[0] == '#') s.remove_prefix(1);
  if (s.size() != 6) return std::nullopt;
  std::string out;
  for (char c : s) {
    if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
      return std::nullopt;
    }
    out.push_back(c);
  }
  return out;
}

std::optional<double> LengthAttr(const SourceFile& file, pugi::xml_node el,
                                 const char* name, Diagnostics* diags) {
  pugi::xml_attribute a = el.attribute(name);
  if (!a) return std::nullopt;
  auto v = ParseLength(a.value());
  if (!v || *v < 0) {
    diags->Error(file.LocOf(el, a), "invalid length '" +
                                        std::string(a.value()) + "' for '" +
                                        name +
                                        "': write a number and a unit (mm, "
                                        "cm, pt, in), e.g. 25mm");
    return std::nullopt;
  }
  if (*v > kMaxLengthPt) {
    diags->Error(file.LocOf(el, a), "length '" + std::string(a.value()) +
                                        "' for '" + name +
                                        "' is too large (at most 2000pt, "
                                        "about 700mm)");
    return std::nullopt;
  }
  return v;
}

std::optional<bool> BoolAttr(const SourceFile& file, pugi::xml_node el,
                             const char* name, Diagnostics* diags) {
  pugi::xml_attribute a = el.attribute(name);
  if (!a) return std::nullopt;
  auto v = ParseBool(a.value());
  if (!v) {
    diags->Error(file.LocOf(el, a), "invalid value '" +
                                        std::string(a.value()) + "' for '" +
                                        name + "': write true or false");
  }
  return v;
}

std::optional<double> NumberAttr(const SourceFile& file, pugi::xml_node el,
                                 const char* name, Diagnostics* diags) {
  pugi::xml_attribute a = el.attribute(name);
  if (!a) return std::nullopt;
  std::string s(Trim(a.value()));
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0' || !std::isfinite(v)) {
    diags->Error(file.LocOf(el, a), "invalid number '" +
                                        std::string(a.value()) + "' for '" +
                                        name + "'");
    return std::nullopt;
  }
  return v;
}

std::optional<std::string> ColorAttr(const SourceFile& file, pugi::xml_node el,
                                     const char* name, Diagnostics* diags) {
  pugi::xml_attribute a = el.attribute(name);
  if (!a) return std::nullopt;
  auto v = ParseColor(a.value());
  if (!v) {
    diags->Error(file.LocOf(el, a), "invalid colour '" +
                                        std::string(a.value()) + "' for '" +
                                        name + "': write RRGGBB, e.g. 1F4E79");
  }
  return v;
}

}  // namespace clerk
