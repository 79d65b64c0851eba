// Shared checks for clerk's own XML files (job, style, template): unknown
// elements and attributes with "did you mean" suggestions, typed values.
#ifndef CLERK_LOAD_XML_CHECK_H_
#define CLERK_LOAD_XML_CHECK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "load/source_file.h"

namespace clerk {

// Reports every attribute of `el` not in `allowed` ("unknown attribute
// 'tittle' on <section>; did you mean 'title'?"). Namespace declarations
// (xmlns, xmlns:*) are always allowed. Returns false if any was unknown.
bool CheckAttributes(const SourceFile& file, pugi::xml_node el,
                     const std::vector<std::string_view>& allowed,
                     Diagnostics* diags);

// "unknown element <secton>; did you mean <section>?" (or "… here; expected
// one of …" when nothing is close).
void UnknownElement(const SourceFile& file, pugi::xml_node el,
                    const std::vector<std::string_view>& allowed,
                    const std::string& where, Diagnostics* diags);

// Reports text other than white space directly inside `el` (files whose
// elements hold only elements). Returns false if there was any.
bool CheckNoText(const SourceFile& file, pugi::xml_node el, Diagnostics* diags);

// A length with a unit ("25mm", "2.5cm", "11pt", "1in") in points; nullopt
// for anything else, including infinities and NaN.
std::optional<double> ParseLength(std::string_view s);
// The longest length a style may give (2000pt, about 700mm): beyond any
// page, and small enough that layout arithmetic stays finite.
inline constexpr double kMaxLengthPt = 2000;
// "true"/"false"/"yes"/"no".
std::optional<bool> ParseBool(std::string_view s);
// A colour "RRGGBB" or "#RRGGBB", returned as "RRGGBB" upper case.
std::optional<std::string> ParseColor(std::string_view s);

// Typed attribute readers: on a bad value, an error at the attribute
// ("invalid length '25' for 'margin': write a unit, e.g. 25mm") and nullopt.
// Lengths above kMaxLengthPt and numbers that are not finite are bad values.
std::optional<double> LengthAttr(const SourceFile& file, pugi::xml_node el,
                                 const char* name, Diagnostics* diags);
std::optional<bool> BoolAttr(const SourceFile& file, pugi::xml_node el,
                             const char* name, Diagnostics* diags);
std::optional<double> NumberAttr(const SourceFile& file, pugi::xml_node el,
                                 const char* name, Diagnostics* diags);
std::optional<std::string> ColorAttr(const SourceFile& file, pugi::xml_node el,
                                     const char* name, Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_LOAD_XML_CHECK_H_
