#include "render/docx/header_footer.h"

#include "render/docx/runs_writer.h"
#include "render/docx/style_ids.h"
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

std::string PartXml(std::string_view root, std::string_view style,
                    const model::HeaderFooter* hf, const model::Metadata& m) {
  std::string s(kXmlDecl);
  XmlWriter w(&s);
  w.Raw("<");
  w.Raw(root);
  w.Raw(" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
  w.Raw("<w:p><w:pPr>");
  w.Val("w:pStyle", style);
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
                                    const model::Style& style,
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
  XmlWriter refs(&out.references);
  int n = 0;
  for (const Kind& k : kinds) {
    if (Empty(k.hf)) continue;
    // The default part, and with a different first page a first-page part
    // (empty unless the slot is shown on page 1 too).
    int parts = out.title_page ? 2 : 1;
    for (int i = 0; i < parts; ++i) {
      bool first = i == 1;
      std::string name = std::string(k.base) + std::to_string(i + 1) + ".xml";
      std::string rid = "rIdH" + std::to_string(++n);
      const model::HeaderFooter* content =
          first && !k.hf.first_page ? nullptr : &k.hf;
      out.parts.push_back({"word/" + name, std::string(k.type),
                           PartXml(k.root, k.style, content, doc.meta), true});
      rels->Add(rid, k.rel, name);
      refs.Start(k.ref);
      refs.Attr("w:type", first ? "first" : "default");
      refs.Attr("r:id", rid);
      refs.EndEmpty();
    }
  }
  return out;
}

std::string SectionProperties(const model::Style& style,
                              const HeaderFooterParts& hf, bool landscape) {
  const model::PageSetup& p = style.page;
  std::string s = hf.references;
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
  if (hf.title_page) w.Raw("<w:titlePg/>");
  w.Raw("<w:docGrid w:linePitch=\"360\"/>");
  return s;
}

}  // namespace clerk::render::docx
