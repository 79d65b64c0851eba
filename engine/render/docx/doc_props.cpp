#include "render/docx/doc_props.h"

#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

namespace {

void Optional(XmlWriter& w, std::string_view name, std::string_view text) {
  if (!text.empty()) w.Element(name, text);
}

}  // namespace

std::string CoreXml(const model::Document& doc,
                    const model::RenderOptions& options,
                    const std::string& language) {
  const model::Metadata& m = doc.meta;
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<cp:coreProperties"
        " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:dcterms=\"http://purl.org/dc/terms/\""
        " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
  Optional(w, "dc:title", m.title);
  Optional(w, "dc:subject", m.subject);
  Optional(w, "dc:creator", m.author.empty() ? m.council : m.author);
  Optional(w, "cp:keywords", m.keywords);
  Optional(w, "dc:description", m.reference);
  Optional(w, "cp:category", m.committee);
  Optional(w, "dc:language", language);
  if (!options.created.empty()) {
    for (std::string_view name : {"dcterms:created", "dcterms:modified"}) {
      w.Start(name);
      w.Attr("xsi:type", "dcterms:W3CDTF");
      w.EndStart();
      w.Text(options.created);
      w.Close(name);
    }
  }
  w.Close("cp:coreProperties");
  return s;
}

std::string AppXml(const model::Document& doc,
                   const model::RenderOptions& options) {
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
  Optional(w, "Application", options.creator);
  w.Element("DocSecurity", "0");
  Optional(w, "Company", doc.meta.council);
  w.Close("Properties");
  return s;
}

std::string SettingsXml(const std::string& language) {
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
        "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
        " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>");
  w.Start("w:themeFontLang");
  w.Attr("w:val", language);
  w.EndEmpty();
  w.Raw("<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>");
  return s;
}

std::string FontTableXml(const model::Style& style) {
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
  w.Start("w:font");
  w.Attr("w:name", style.font_family);
  w.EndStart();
  if (style.font_family == "Liberation Sans") w.Val("w:altName", "Arial");
  w.Raw("<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
  return s;
}

}  // namespace clerk::render::docx
