#include "load/source_file.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "base/limits.h"
#include "base/utf8.h"
#include "load/open_elements.h"

namespace clerk {

SourceLoc SourceFile::LocOfOffset(size_t offset) const {
  return lines->Loc(path, offset);
}

SourceLoc SourceFile::LocOf(pugi::xml_node node) const {
  ptrdiff_t off = node.offset_debug();
  if (off < 0) return SourceLoc{path, 0, 0};
  size_t o = static_cast<size_t>(off);
  // offset_debug points at the element name; step back onto '<'.
  if (node.type() == pugi::node_element && o > 0 && text[o - 1] == '<') --o;
  return LocOfOffset(o);
}

SourceLoc SourceFile::LocOf(pugi::xml_node element,
                            pugi::xml_attribute attr) const {
  ptrdiff_t off = element.offset_debug();
  if (off < 0) return LocOf(element);
  size_t end = text.find('>', static_cast<size_t>(off));
  if (end == std::string::npos) end = text.size();
  std::string_view tag(text.data() + off, end - static_cast<size_t>(off));
  std::string name = attr.name();
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool start_ok = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' ||
                                tag[pos - 1] == '\n' || tag[pos - 1] == '\r');
    size_t after = pos + name.size();
    while (after < tag.size() && (tag[after] == ' ' || tag[after] == '\t' ||
                                  tag[after] == '\n' || tag[after] == '\r')) {
      ++after;
    }
    if (start_ok && after < tag.size() && tag[after] == '=') {
      return LocOfOffset(static_cast<size_t>(off) + pos);
    }
    pos += name.size();
  }
  return LocOf(element);
}

std::string_view LocalName(pugi::xml_node node) {
  std::string_view n = node.name();
  size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

namespace {

std::string ParseErrorText(pugi::xml_parse_status s) {
  switch (s) {
    case pugi::status_unrecognized_tag: return "unrecognized tag";
    case pugi::status_bad_pi: return "malformed processing instruction";
    case pugi::status_bad_comment: return "malformed comment";
    case pugi::status_bad_cdata: return "malformed CDATA section";
    case pugi::status_bad_doctype: return "malformed DOCTYPE";
    case pugi::status_bad_pcdata: return "malformed text";
    case pugi::status_bad_start_element: return "malformed start tag";
    case pugi::status_bad_attribute:
      return "malformed attribute (is a value missing its quotes?)";
    case pugi::status_bad_end_element: return "malformed end tag";
    case pugi::status_end_element_mismatch:
      return "end tag does not match the open element";
    case pugi::status_append_invalid_root: return "invalid document root";
    case pugi::status_no_document_element: return "no root element";
    default: return "not well-formed";
  }
}

bool IsXmlChar(unsigned long c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// What pugixml lets through but XML forbids, and what would later reach a
// Word document as invalid XML: control characters, entity references
// other than the five predefined ones, character references to characters
// XML does not allow; and any DOCTYPE (no DTDs, so no entity definitions
// and no external entities). On a problem, *offset and *why say where and
// what (the whole message; `what` names the file's role).
bool CheckXmlText(std::string_view t, const std::string& what, size_t* offset,
                  std::string* why) {
  const std::string malformed = "malformed XML in " + what + ": ";
  size_t i = 0;
  auto skip_to = [&](std::string_view end) {
    size_t e = t.find(end, i);
    i = e == std::string_view::npos ? t.size() : e + end.size();
  };
  while (i < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      *offset = i;
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", c);
      *why = malformed + "control character U+" + hex +
             " is not allowed in XML";
      return false;
    }
    if (t.compare(i, 9, "<!DOCTYPE") == 0) {
      *offset = i + 2;
      *why = "DOCTYPE is not allowed in " + what +
             " (clerk refuses DTDs and entity definitions)";
      return false;
    }
    if (t.compare(i, 4, "<!--") == 0) {
      skip_to("-->");
    } else if (t.compare(i, 9, "<![CDATA[") == 0) {
      skip_to("]]>");
    } else if (t.compare(i, 2, "<?") == 0) {
      skip_to("?>");
    } else if (c == '&') {
      size_t semi = t.find(';', i);
      std::string_view ref = semi == std::string_view::npos || semi - i > 12
                                 ? t.substr(i, 1)
                                 : t.substr(i, semi - i + 1);
      bool ok = ref == "&amp;" || ref == "&lt;" || ref == "&gt;" ||
                ref == "&quot;" || ref == "&apos;";
      if (!ok && ref.size() > 3 && ref[1] == '#') {
        bool hex = ref[2] == 'x';
        std::string digits(ref.substr(hex ? 3 : 2, ref.size() - (hex ? 4 : 3)));
        char* end = nullptr;
        unsigned long v = digits.empty() || digits[0] == '-' || digits[0] == '+'
                              ? 0
                              : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (end && *end == '\0' && IsXmlChar(v)) {
          ok = true;
        } else if (end && *end == '\0') {
          *offset = i;
          *why = malformed + "character reference " + std::string(ref) +
                 " is not a character XML allows";
          return false;
        }
      }
      if (!ok) {
        *offset = i;
        *why = malformed +
               (ref.size() > 1
                   ? "unknown entity " + std::string(ref) +
                         " (XML has only &amp; &lt; &gt; &quot; &apos; and "
                         "&#…; character references)"
                   : std::string("a bare '&' (write &amp;)"));
        return false;
      }
      ++i;
    } else {
      ++i;
    }
  }
  return true;
}

}  // namespace

std::shared_ptr<SourceFile> ParseXmlText(std::string path, std::string text,
                                         const std::string& what,
                                         Diagnostics* diags) {
  auto file = std::make_shared<SourceFile>();
  file->path = std::move(path);
  file->text = std::move(text);
  file->lines = std::make_unique<LineIndex>(file->text);
  const std::string& t = file->text;

  size_t max = what == "data" ? limits::kMaxDataFileBytes
                              : limits::kMaxSourceFileBytes;
  if (t.size() > max) {
    diags->Error(SourceLoc{file->path, 0, 0},
                 "the " + what + " is larger than the " +
                     limits::FormatBytes(max) + " limit");
    return nullptr;
  }
  if (Trim(t).empty()) {
    diags->Error(SourceLoc{file->path, 1, 1},
                 "malformed XML in " + what + ": the file is empty");
    return nullptr;
  }
  size_t bad = 0;
  if (!IsValidUtf8(t, &bad)) {
    diags->Error(file->LocOfOffset(bad),
                 "invalid UTF-8 in " + what +
                     " (save the file as UTF-8)");
    return nullptr;
  }
  std::string why;
  if (!CheckXmlText(t, what, &bad, &why)) {
    diags->Error(file->LocOfOffset(bad), why);
    return nullptr;
  }
  unsigned opts = pugi::parse_default | pugi::parse_ws_pcdata |
                  pugi::parse_doctype;
  pugi::xml_parse_result r =
      file->doc.load_buffer(t.data(), t.size(), opts, pugi::encoding_utf8);
  if (!r) {
    size_t at = static_cast<size_t>(r.offset);
    // A real mismatch points into a closing tag's name ("</y"); at the end
    // of the file with elements still open, pugixml reports the same status.
    bool in_end_tag = at >= 2 && at <= t.size() && t[at - 2] == '<' &&
                      t[at - 1] == '/';
    bool early = r.status == pugi::status_end_element_mismatch && !in_end_tag;
    std::vector<std::string> hints;
    std::string problem = ParseErrorText(r.status);
    if (r.status == pugi::status_end_element_mismatch) {
      // Name the element left open, and where it was opened.
      auto open = InnermostOpenElement(t, in_end_tag ? at - 2 : t.size());
      if (open) {
        std::string opened = "<" + open->name + "> (opened at line " +
                             std::to_string(file->LocOfOffset(open->offset).line) +
                             ")";
        if (in_end_tag) {
          size_t e = t.find('>', at);
          problem = "</" + std::string(t.substr(at, e == std::string::npos ? 0 : e - at)) +
                 "> does not close " + opened;
        } else {
          problem = opened + " is never closed";
        }
      }
    }
    if (early) {
      hints.push_back("the file ends before every element is closed; is it "
                      "truncated?");
    }
    diags->Error(file->LocOfOffset(at),
                 "malformed XML in " + what + ": " + problem, std::move(hints));
    return nullptr;
  }
  // pugixml accepts several root elements and text beside the root; XML
  // does not. (Text after the last tag is dropped by pugixml, so look.)
  size_t last_tag = t.rfind('>');
  if (last_tag != std::string::npos &&
      !Trim(std::string_view(t).substr(last_tag + 1)).empty()) {
    size_t at = last_tag + 1;
    while (at < t.size() && (t[at] == ' ' || t[at] == '\t' || t[at] == '\r' ||
                             t[at] == '\n')) {
      ++at;
    }
    diags->Error(file->LocOfOffset(at), "malformed XML in " + what +
                                            ": text outside the root element");
    return nullptr;
  }
  pugi::xml_node first_root;
  for (pugi::xml_node n : file->doc.children()) {
    if (n.type() == pugi::node_element) {
      if (first_root) {
        diags->Error(file->LocOf(n),
                     "malformed XML in " + what + ": a second root element <" +
                         std::string(n.name()) + "> after <" +
                         first_root.name() + ">");
        return nullptr;
      }
      first_root = n;
    } else if ((n.type() == pugi::node_pcdata ||
                n.type() == pugi::node_cdata) &&
               !Trim(n.value()).empty()) {
      diags->Error(file->LocOf(n), "malformed XML in " + what +
                                       ": text outside the root element");
      return nullptr;
    }
  }
  for (pugi::xml_node n : file->doc.children()) {
    if (n.type() == pugi::node_doctype) {
      diags->Error(file->LocOfOffset(static_cast<size_t>(n.offset_debug())),
                   "DOCTYPE is not allowed in " + what +
                       " (clerk refuses DTDs and entity definitions)");
      return nullptr;
    }
  }
  return file;
}

std::shared_ptr<SourceFile> LoadXmlFile(const FileSystem& fs,
                                        const std::string& path,
                                        const std::string& what,
                                        const SourceLoc& from,
                                        Diagnostics* diags) {
  Result<std::string> text = fs.Read(path);
  if (!text.ok()) {
    diags->Error(from, text.status().message());
    return nullptr;
  }
  return ParseXmlText(path, std::move(*text), what, diags);
}

}  // namespace clerk
