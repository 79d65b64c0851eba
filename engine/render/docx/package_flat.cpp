// The Flat OPC form (ECMA-376 Part 2 as Word writes it: pkg:package).
#include "render/docx/package.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

namespace {

void AppendBase64(std::string* out, std::string_view data) {
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t line = 0;
  for (size_t i = 0; i < data.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) v |= static_cast<unsigned char>(data[i + 1]) << 8;
    if (i + 2 < data.size()) v |= static_cast<unsigned char>(data[i + 2]);
    out->push_back(kAlphabet[(v >> 18) & 63]);
    out->push_back(kAlphabet[(v >> 12) & 63]);
    out->push_back(i + 1 < data.size() ? kAlphabet[(v >> 6) & 63] : '=');
    out->push_back(i + 2 < data.size() ? kAlphabet[v & 63] : '=');
    line += 4;
    if (line == 76 && i + 3 < data.size()) {
      out->push_back('\n');
      line = 0;
    }
  }
}

}  // namespace

void FlatPackage(const std::vector<Part>& parts, std::string* out) {
  out->clear();
  size_t total = 512;
  for (const Part& p : parts) total += p.data.size() * (p.xml ? 1 : 2) + 200;
  out->reserve(total);
  XmlWriter w(out);
  w.Raw(kXmlDecl);
  w.Raw("<?mso-application progid=\"Word.Document\"?>\n");
  w.Raw("<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">");
  for (const Part& p : parts) {
    w.Raw("\n");
    w.Start("pkg:part");
    w.Attr("pkg:name", "/" + p.name);
    w.Attr("pkg:contentType", p.content_type);
    w.EndStart();
    if (p.xml) {
      std::string_view body = p.data;
      if (body.starts_with(kXmlDecl)) body.remove_prefix(kXmlDecl.size());
      w.Raw("<pkg:xmlData>");
      w.Raw(body);
      w.Raw("</pkg:xmlData>");
    } else {
      w.Raw("<pkg:binaryData>");
      AppendBase64(out, p.data);
      w.Raw("</pkg:binaryData>");
    }
    w.Close("pkg:part");
  }
  w.Raw("\n</pkg:package>\n");
}

}  // namespace clerk::render::docx
