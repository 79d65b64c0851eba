#include "render/docx/xml_writer.h"

#include <charconv>

#include "base/utf8.h"

namespace clerk::render::docx {

namespace {

// True for bytes that need a look: markup characters, controls and
// everything non-ASCII (checked for valid UTF-8).
inline bool Special(unsigned char c, bool attribute) {
  return c == '&' || c == '<' || c == '>' || c < 0x20 || c >= 0x80 ||
         (attribute && c == '"');
}

}  // namespace

void AppendEscaped(std::string* out, std::string_view s, bool attribute) {
  size_t plain = 0;  // start of the pending run of plain bytes
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!Special(c, attribute)) {
      ++i;
      continue;
    }
    out->append(s.data() + plain, i - plain);
    if (c >= 0x80) {
      char32_t cp;
      size_t n = DecodeUtf8(s, i, &cp);
      if (cp == 0xFFFD && !(n == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) {
        out->append("\xEF\xBF\xBD");
      } else if (cp == 0xFFFE || cp == 0xFFFF) {
        // not XML characters: drop
      } else {
        out->append(s.data() + i, n);
      }
      i += n;
    } else {
      switch (c) {
        case '&': out->append("&amp;"); break;
        case '<': out->append("&lt;"); break;
        case '>': out->append("&gt;"); break;
        case '"': out->append("&quot;"); break;
        case '\t': out->append(attribute ? "&#9;" : "\t"); break;
        case '\n': out->append(attribute ? "&#10;" : "\n"); break;
        case '\r': out->append("&#13;"); break;
        default: break;  // other C0 controls are not XML characters
      }
      ++i;
    }
    plain = i;
  }
  out->append(s.data() + plain, s.size() - plain);
}

void XmlWriter::Attr(std::string_view name, std::string_view value) {
  out_->push_back(' ');
  out_->append(name);
  out_->append("=\"");
  AppendEscaped(out_, value, true);
  out_->push_back('"');
}

void XmlWriter::Attr(std::string_view name, long long value) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  out_->push_back(' ');
  out_->append(name);
  out_->append("=\"");
  out_->append(buf, r.ptr);
  out_->push_back('"');
}

void XmlWriter::Val(std::string_view name, std::string_view value) {
  Start(name);
  Attr("w:val", value);
  EndEmpty();
}

void XmlWriter::Val(std::string_view name, long long value) {
  Start(name);
  Attr("w:val", value);
  EndEmpty();
}

void XmlWriter::Element(std::string_view name, std::string_view text) {
  Open(name);
  Text(text);
  Close(name);
}

}  // namespace clerk::render::docx
