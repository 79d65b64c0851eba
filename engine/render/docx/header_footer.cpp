#include "render/docx/header_footer.h"

#include "render/docx/runs_writer.h"
#include "render/docx/style_ids.h"
#include "render/docx/styles_part.h"
#include "render/docx/units.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

namespace {

constexpr std::string_view kHeaderType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
constexpr std::string_view kFooterType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

std::string_view MetaField(const model::Metadata& m, std::string_view name,
                           bool* known) {
  *known = true;
  if (name == "classification") return m.classification;
  if (name == "reference") return m.reference;
  if (name == "title") return m.title;
  if (name == "council") return m.council;
  if (name == "committee") return m.committee;
  if (name == "date") return m.date;
  if (name == "subject") return m.subject;
  if (name == "author") return m.author;
  // The PDF's running header per appendix; Word has one header for the
  // whole document here, so nothing (docs/word-output.md).
  if (name == "appendix") return {};
  *known = false;
  return {};
}

// One slot's template as runs and fields.
void WriteSlot(XmlWriter& w, std::string_view tpl, const model::Metadata& m) {
  std::string text;
  size_t i = 0;
  while (i < tpl.size()) {
    size_t close = tpl[i] == '{' ? tpl.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      text.push_back(tpl[i++]);
      continue;
    }
    std::string_view name = tpl.substr(i + 1, close - i - 1);
    bool known = false;
    std::string_view value = MetaField(m, name, &known);
    if (name == "page" || name == "pages") {
      WriteTextRun(w, text, {});
      text.clear();
      WriteField(w, name == "page" ? " PAGE " : " NUMPAGES ", "1", {});
    } else if (known) {
      text.append(value);
    } else {
      text.append(tpl.substr(i, close - i + 1));
    }
    i = close + 1;
  }
  WriteTextRun(w, text, {});
}

// `tabs`: the centre and right tab stops (twips) when they differ from the
// Header/Footer style's, which are set for portrait pages.
std::string PartXml(std::string_view root, std::string_view style,
                    const model::HeaderFooter* hf, const model::Metadata& m,
                    const long long* tabs) {
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<");
  w.Raw(root);
  w.Raw(" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
  w.Raw("<w:p><w:pPr>");
  w.Val("w:pStyle", style);
  if (tabs != nullptr) {
    w.Raw("<w:tabs>");
    for (int i = 0; i < 4; ++i) {
      w.Start("w:tab");
      w.Attr("w:val", i < 2 ? "clear" : i == 2 ? "center" : "right");
      w.Attr("w:pos", tabs[i]);
      w.EndEmpty();
    }
    w.Raw("</w:tabs>");
  }
  w.Raw("</w:pPr>");
  if (hf != nullptr) {
    WriteSlot(w, hf->left, m);
    if (!hf->center.empty() || !hf->right.empty()) {
      w.Raw("<w:r><w:tab/></w:r>");
      WriteSlot(w, hf->center, m);
    }
    if (!hf->right.empty()) {
      w.Raw("<w:r><w:tab/></w:r>");
      WriteSlot(w, hf->right, m);
    }
  }
  w.Raw("</w:p></");
  w.Raw(root);
  w.Raw(">");
  return s;
}

bool Empty(const model::HeaderFooter& hf) {
  return hf.left.empty() && hf.center.empty() && hf.right.empty();
}

}  // namespace

HeaderFooterParts BuildHeaderFooter(const model::Document& doc,
                                    const model::Style& style, bool landscape,
                                    Relationships* rels) {
  HeaderFooterParts out;
  out.title_page = (!Empty(style.header) && !style.header.first_page) ||
                   (!Empty(style.footer) && !style.footer.first_page);
  struct Kind {
    const model::HeaderFooter& hf;
    std::string_view root, style, type, rel, ref, base;
  };
  const Kind kinds[] = {
      {style.header, "w:hdr", sid::kHeader, kHeaderType, "header",
       "w:headerReference", "header"},
      {style.footer, "w:ftr", sid::kFooter, kFooterType, "footer",
       "w:footerReference", "footer"},
  };
  const model::PageSetup& page = style.page;
  const double portrait_width = TextWidthPt(page);
  const double landscape_width = page.height - page.margin_left - page.margin_right;
  const long long landscape_tabs[4] = {Twips(portrait_width / 2), Twips(portrait_width),
                                       Twips(landscape_width / 2), Twips(landscape_width)};
  enum Variant { kDefault, kFirst, kLandscape };
  int n = 0;
  for (const Kind& k : kinds) {
    if (Empty(k.hf)) continue;
    int index = 0;
    for (Variant v : {kDefault, kFirst, kLandscape}) {
      if (v == kFirst && !out.title_page) continue;
      if (v == kLandscape && !landscape) continue;
      std::string name = std::string(k.base) + std::to_string(++index) + ".xml";
      std::string rid = "rIdH" + std::to_string(++n);
      // The first page shows the slot only when the style says so.
      const model::HeaderFooter* content =
          v == kFirst && !k.hf.first_page ? nullptr : &k.hf;
      out.parts.push_back({"word/" + name, std::string(k.type),
                           PartXml(k.root, k.style, content, doc.meta,
                                   v == kLandscape ? landscape_tabs : nullptr),
                           true});
      rels->Add(rid, k.rel, name);
      std::string* refs = v == kDefault ? &out.portrait
                          : v == kFirst ? &out.first
                                        : &out.landscape;
      XmlWriter w(refs);
      w.Start(k.ref);
      w.Attr("w:type", v == kFirst ? "first" : "default");
      w.Attr("r:id", rid);
      w.EndEmpty();
    }
  }
  return out;
}

std::string SectionProperties(const model::Style& style,
                              const HeaderFooterParts& hf, bool landscape,
                              bool first) {
  const model::PageSetup& p = style.page;
  // Header and footer references are a choice group: any order is valid.
  std::string s = landscape ? hf.landscape : hf.portrait;
  if (first && hf.title_page) s += hf.first;
  XmlWriter w(&s);
  w.Start("w:pgSz");
  w.Attr("w:w", Twips(landscape ? p.height : p.width));
  w.Attr("w:h", Twips(landscape ? p.width : p.height));
  if (landscape) w.Attr("w:orient", "landscape");
  w.EndEmpty();
  w.Start("w:pgMar");
  w.Attr("w:top", Twips(p.margin_top));
  w.Attr("w:right", Twips(p.margin_right));
  w.Attr("w:bottom", Twips(p.margin_bottom));
  w.Attr("w:left", Twips(p.margin_left));
  w.Attr("w:header", Twips(p.header_distance));
  w.Attr("w:footer", Twips(p.footer_distance));
  w.Attr("w:gutter", 0);
  w.EndEmpty();
  w.Raw("<w:cols w:space=\"708\"/>");
  if (first && hf.title_page) w.Raw("<w:titlePg/>");
  w.Raw("<w:docGrid w:linePitch=\"360\"/>");
  return s;
}

}  // namespace clerk::render::docx
