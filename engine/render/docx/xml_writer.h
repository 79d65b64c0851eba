// XmlWriter: appends XML to a std::string, escaping as it goes. No DOM: the
// DOCX parts are written front to back, which keeps a render fast.
#ifndef CLERK_RENDER_DOCX_XML_WRITER_H_
#define CLERK_RENDER_DOCX_XML_WRITER_H_

#include <string>
#include <string_view>

namespace clerk::render::docx {

// The declaration every part starts with.
inline constexpr std::string_view kXmlDecl =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// Appends `s` as XML character data (& < > escaped; in attributes also ").
// Characters XML 1.0 forbids (C0 controls other than tab/LF/CR) are dropped,
// and invalid UTF-8 becomes U+FFFD, so the output is always well-formed.
void AppendEscaped(std::string* out, std::string_view s, bool attribute);

class XmlWriter {
 public:
  explicit XmlWriter(std::string* out) : out_(out) {}

  std::string* out() { return out_; }
  // Appends markup as it is. REQUIRES: well-formed, already escaped.
  void Raw(std::string_view s) { out_->append(s); }
  // Appends character data.
  void Text(std::string_view s) { AppendEscaped(out_, s, false); }

  // "<name", then Attr()s, then EndStart() (">") or EndEmpty() ("/>").
  void Start(std::string_view name) {
    out_->push_back('<');
    out_->append(name);
  }
  void Attr(std::string_view name, std::string_view value);
  void Attr(std::string_view name, long long value);
  void EndStart() { out_->push_back('>'); }
  void EndEmpty() { out_->append("/>"); }
  // "<name>"
  void Open(std::string_view name) {
    Start(name);
    EndStart();
  }
  // "</name>"
  void Close(std::string_view name) {
    out_->append("</");
    out_->append(name);
    out_->push_back('>');
  }
  // "<name w:val=\"value\"/>", the commonest WordprocessingML element.
  void Val(std::string_view name, std::string_view value);
  void Val(std::string_view name, long long value);
  // "<name>text</name>"
  void Element(std::string_view name, std::string_view text);

 private:
  std::string* out_;
};

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_XML_WRITER_H_
