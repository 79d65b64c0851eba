#include "render/docx/package.h"

#include <set>

#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

namespace {

constexpr std::string_view kOfficeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string_view Extension(std::string_view name) {
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

}  // namespace

void Relationships::Add(std::string id, std::string_view type,
                        std::string target, bool external) {
  std::string full = type.find(':') == std::string_view::npos
                         ? std::string(kOfficeRel) + std::string(type)
                         : std::string(type);
  items_.push_back({std::move(id), std::move(full), std::move(target), external});
}

std::string Relationships::Xml() const {
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
  for (const Item& it : items_) {
    w.Start("Relationship");
    w.Attr("Id", it.id);
    w.Attr("Type", it.type);
    w.Attr("Target", it.target);
    if (it.external) w.Attr("TargetMode", "External");
    w.EndEmpty();
  }
  w.Close("Relationships");
  return s;
}

std::string ContentTypesXml(const std::vector<Part>& parts) {
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
  w.Raw("<Default Extension=\"rels\" ContentType=\"");
  w.Raw(kRelsType);
  w.Raw("\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
  std::set<std::string> binary_exts;
  for (const Part& p : parts) {
    if (p.xml) continue;
    std::string ext(Extension(p.name));
    if (!binary_exts.insert(ext).second) continue;
    w.Start("Default");
    w.Attr("Extension", ext);
    w.Attr("ContentType", p.content_type);
    w.EndEmpty();
  }
  for (const Part& p : parts) {
    if (!p.xml || p.content_type == kRelsType) continue;
    w.Start("Override");
    w.Attr("PartName", "/" + p.name);
    w.Attr("ContentType", p.content_type);
    w.EndEmpty();
  }
  w.Close("Types");
  return s;
}

}  // namespace clerk::render::docx
