// Assembles the package: builds every part (body first, because it decides
// the numbering instances, links and pictures), then zips or flattens them.
#include "render/docx/docx_renderer.h"

#include "model/walk.h"
#include "render/docx/body_context.h"
#include "render/docx/body_writer.h"
#include "render/docx/doc_props.h"
#include "render/docx/header_footer.h"
#include "render/docx/numbering_part.h"
#include "render/docx/package.h"
#include "render/docx/styles_part.h"

namespace clerk::render {

namespace {

using docx::Part;

constexpr std::string_view kWml =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.";

std::string Wml(std::string_view what) {
  return std::string(kWml) + std::string(what) + "+xml";
}

std::vector<Part> BuildParts(const model::Document& doc,
                             const model::Style& style,
                             const model::RenderOptions& options,
                             Diagnostics* diags) {
  const std::string language = !doc.meta.language.empty() ? doc.meta.language
                               : !style.language.empty()  ? style.language
                                                          : "en-GB";
  docx::Numbering numbering(style, diags);
  docx::Relationships rels;
  rels.Add("rId1", "styles", "styles.xml");
  rels.Add("rId2", "numbering", "numbering.xml");
  rels.Add("rId3", "settings", "settings.xml");
  rels.Add("rId4", "fontTable", "fontTable.xml");
  bool landscape = false;
  model::Walk(doc.root, [&](const model::Node& n, model::Event e) {
    if (e == model::Event::kEnter && n.landscape) landscape = true;
    return !landscape;
  });
  docx::HeaderFooterParts hf =
      docx::BuildHeaderFooter(doc, style, landscape, &rels);

  std::vector<Part> media;
  docx::BodyContext ctx(doc, style, diags, numbering, rels, media);
  for (int l = 0; l < 2; ++l) {
    for (int f = 0; f < 2; ++f) {
      ctx.sect[l][f] = docx::SectionProperties(style, hf, l == 1, f == 1);
    }
  }
  docx::CollectBookmarks(&ctx);
  std::string document = docx::DocumentXml(ctx);

  docx::Relationships package_rels;
  package_rels.Add("rId1", "officeDocument", "word/document.xml");
  package_rels.Add("rId2",
                   "http://schemas.openxmlformats.org/package/2006/"
                   "relationships/metadata/core-properties",
                   "docProps/core.xml");
  package_rels.Add("rId3", "extended-properties", "docProps/app.xml");

  std::vector<Part> parts;
  parts.reserve(12 + media.size());
  parts.push_back({"_rels/.rels", std::string(docx::kRelsType), package_rels.Xml(), true});
  parts.push_back({"word/document.xml", Wml("document.main"), std::move(document), true});
  parts.push_back({"word/_rels/document.xml.rels", std::string(docx::kRelsType), rels.Xml(), true});
  parts.push_back({"word/styles.xml", Wml("styles"),
                   docx::StylesXml(style, numbering, language), true});
  parts.push_back({"word/numbering.xml", Wml("numbering"), numbering.Xml(), true});
  parts.push_back({"word/settings.xml", Wml("settings"), docx::SettingsXml(language), true});
  parts.push_back({"word/fontTable.xml", Wml("fontTable"), docx::FontTableXml(style), true});
  for (Part& p : hf.parts) parts.push_back(std::move(p));
  for (Part& p : media) parts.push_back(std::move(p));
  parts.push_back({"docProps/core.xml",
                   "application/vnd.openxmlformats-package.core-properties+xml",
                   docx::CoreXml(doc, options, language), true});
  parts.push_back({"docProps/app.xml",
                   "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                   docx::AppXml(doc, options), true});
  return parts;
}

}  // namespace

Status RenderDocx(const model::Document& doc, const model::Style& style,
                  const model::RenderOptions& options, Diagnostics* diags,
                  std::string* out) {
  return docx::ZipPackage(BuildParts(doc, style, options, diags), out);
}

Status RenderFlatOpc(const model::Document& doc, const model::Style& style,
                     const model::RenderOptions& options, Diagnostics* diags,
                     std::string* out) {
  docx::FlatPackage(BuildParts(doc, style, options, diags), out);
  return Status::Ok();
}

}  // namespace clerk::render
