#include "fuzz_media.h"

#include <unistd.h>

#include <fstream>

#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"
#include "render/docx/docx_renderer.h"
#include "render/pdf/pdf_renderer.h"

namespace clerk::fuzz {

namespace {

model::Node Paragraph(const std::string& text) {
  model::Node n;
  n.kind = model::NodeKind::kParagraph;
  n.numbered = false;
  model::Run r;
  r.text = text;
  n.runs.push_back(r);
  r.bold = true;
  r.text = " bold";
  n.runs.push_back(r);
  return n;
}

}  // namespace

std::string WriteScratch(const uint8_t* data, size_t size, const char* suffix) {
  std::string path = "/tmp/clerk-fuzz-" + std::to_string(::getpid()) + suffix;
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

void RenderWithFont(const std::string& font_path) {
  model::Style style = model::DefaultStyle();
  style.font.regular = font_path;
  style.font.bold = style.font.italic = style.font.bold_italic = "";
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.root.children.push_back(
      Paragraph("Quarterly update \xE2\x80\x93 caf\xC3\xA9 \xE2\x82\xAC 12 "
                "\xC5\x81\xC3\xB3" "d\xC5\xBA \xCE\xB1\xCE\xB2\xCE\xB3 \xD0\x96"));
  Diagnostics diags;
  std::string out;
  (void)render::RenderPdf(doc, style, model::RenderOptions{}, &diags, &out);
}

void RenderWithImage(const std::string& image_path) {
  model::Style style = model::DefaultStyle();
  style.logo = image_path;
  style.logo_width_mm = 30;
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.root.children.push_back(Paragraph("Organisation chart"));
  model::Node img;
  img.kind = model::NodeKind::kImage;
  img.image.path = image_path;
  img.image.alt = "chart";
  doc.root.children.push_back(img);
  Diagnostics diags;
  std::string out;
  (void)render::RenderPdf(doc, style, model::RenderOptions{}, &diags, &out);
  (void)render::RenderDocx(doc, style, model::RenderOptions{}, &diags, &out);
}

}  // namespace clerk::fuzz
