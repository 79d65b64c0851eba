#include "render/docx/styles_part.h"

#include <cmath>
#include <string_view>

#include "render/docx/style_ids.h"
#include "render/docx/units.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

namespace {

struct ParaStyle {
  std::string_view id;
  std::string_view name;     // Word's built-in name where there is one
  std::string_view text;     // the house text style it takes its look from
  int outline = -1;          // w:outlineLvl, -1 for none
  std::string_view scheme;   // numbering link
  int level = 0;
  std::string_view next;     // w:next
};

// The paragraph styles, Normal first.
constexpr ParaStyle kParaStyles[] = {
    {sid::kNormal, "Normal", "normal", -1, {}, 0, {}},
    {sid::kTitle, "Title", "title", -1, {}, 0, sid::kNormal},
    {sid::kSubtitle, "Subtitle", "subtitle", -1, {}, 0, sid::kNormal},
    {sid::kHeading1, "heading 1", "heading1", 0, "body", 0, sid::kNumberedParagraph},
    {sid::kHeading2, "heading 2", "heading2", 1, {}, 0, sid::kNumberedParagraph},
    {sid::kHeading3, "heading 3", "heading3", 2, {}, 0, sid::kNumberedParagraph},
    {sid::kNumberedParagraph, "Numbered Paragraph", "normal", -1, "body", 1, {}},
    {sid::kSubParagraph, "Sub-paragraph", "normal", -1, "body", 2, {}},
    {sid::kSubSubParagraph, "Sub-sub-paragraph", "normal", -1, "body", 3, {}},
    {sid::kRecommendation, "Recommendation", "normal", -1, "recommendations", 0, {}},
    {sid::kResolution, "Resolution", "normal", -1, "resolutions", 0, {}},
    {sid::kListNumber, "List Number", "normal", -1, "numbered", 0, {}},
    {sid::kListNumber2, "List Number 2", "normal", -1, "numbered", 1, {}},
    {sid::kListBullet, "List Bullet", "normal", -1, "bullet", 0, {}},
    {sid::kListHeading, "List Heading", "list-heading", -1, {}, 0, {}},
    {sid::kCoverLabel, "Cover Label", "cover-label", -1, {}, 0, {}},
    {sid::kCoverValue, "Cover Value", "cover-value", -1, {}, 0, {}},
    {sid::kTableText, "Table Text", "table", -1, {}, 0, {}},
    {sid::kTableHeading, "Table Heading", "table-header", -1, {}, 0, {}},
    {sid::kCaption, "caption", "caption", -1, {}, 0, {}},
    {sid::kHeader, "header", "header", -1, {}, 0, {}},
    {sid::kFooter, "footer", "footer", -1, {}, 0, {}},
};

void WriteRunProps(XmlWriter& w, const model::TextStyle& t) {
  w.Raw("<w:rPr>");
  if (t.bold) w.Raw("<w:b/><w:bCs/>");
  if (t.italic) w.Raw("<w:i/><w:iCs/>");
  if (t.all_caps) w.Raw("<w:caps/>");
  if (!t.color.empty()) w.Val("w:color", t.color);
  w.Val("w:sz", HalfPoints(t.size));
  w.Val("w:szCs", HalfPoints(t.size));
  w.Raw("</w:rPr>");
}

void WriteParaStyle(XmlWriter& w, const ParaStyle& ps,
                    const model::Style& style, const Numbering& numbering) {
  const bool is_normal = ps.id == sid::kNormal;
  w.Start("w:style");
  w.Attr("w:type", "paragraph");
  if (is_normal) w.Attr("w:default", "1");
  w.Attr("w:styleId", ps.id);
  w.EndStart();
  w.Val("w:name", ps.name);
  if (!is_normal) w.Val("w:basedOn", sid::kNormal);
  if (!ps.next.empty()) w.Val("w:next", ps.next);
  w.Val("w:uiPriority", ps.outline >= 0 ? 9 : is_normal ? 0 : 10);
  w.Raw("<w:qFormat/>");

  const model::TextStyle& t = style.Text(std::string(ps.text));
  w.Raw("<w:pPr>");
  if (t.keep_with_next || ps.outline >= 0) w.Raw("<w:keepNext/>");
  if (ps.outline >= 0) w.Raw("<w:keepLines/>");
  if (is_normal) w.Raw("<w:widowControl/>");
  int num_id = ps.scheme.empty() ? 0 : numbering.BaseNumId(ps.scheme, ps.level);
  if (num_id != 0) {
    w.Raw("<w:numPr>");
    if (ps.level > 0) w.Val("w:ilvl", ps.level);
    w.Val("w:numId", num_id);
    w.Raw("</w:numPr>");
  }
  if (ps.id == sid::kHeader || ps.id == sid::kFooter) {
    double width = TextWidthPt(style.page);
    w.Raw("<w:tabs>");
    w.Raw("<w:tab w:val=\"center\" w:pos=\"");
    w.Raw(std::to_string(Twips(width / 2)));
    w.Raw("\"/><w:tab w:val=\"right\" w:pos=\"");
    w.Raw(std::to_string(Twips(width)));
    w.Raw("\"/></w:tabs>");
  }
  w.Start("w:spacing");
  w.Attr("w:before", Twips(t.space_before));
  w.Attr("w:after", Twips(t.space_after));
  w.Attr("w:line", LineTwips(t.line_height));
  w.Attr("w:lineRule", "auto");
  w.EndEmpty();
  if (is_normal && style.justify) w.Val("w:jc", "both");
  if (ps.outline >= 0) w.Val("w:outlineLvl", ps.outline);
  w.Raw("</w:pPr>");
  WriteRunProps(w, t);
  w.Close("w:style");
}

void WriteBorders(XmlWriter& w, std::string_view color) {
  w.Raw("<w:tblBorders>");
  for (std::string_view side :
       {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    w.Start(side);
    w.Attr("w:val", "single");
    w.Attr("w:sz", 4);
    w.Attr("w:space", 0);
    w.Attr("w:color", color.empty() ? "auto" : color);
    w.EndEmpty();
  }
  w.Raw("</w:tblBorders>");
}

}  // namespace

double TextWidthPt(const model::PageSetup& page) {
  return page.width - page.margin_left - page.margin_right;
}

long long LineTwips(double line_height) {
  if (line_height <= 0) return 240;
  return std::llround(240.0 * line_height / 1.15);
}

std::string StylesXml(const model::Style& style, const Numbering& numbering,
                      const std::string& language) {
  std::string s(kXmlDecl);
  s.reserve(12000);
  XmlWriter w(&s);
  w.Raw("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
  const model::TextStyle& normal = style.Text("normal");
  w.Raw("<w:docDefaults><w:rPrDefault><w:rPr>");
  w.Start("w:rFonts");
  for (std::string_view a : {"w:ascii", "w:eastAsia", "w:hAnsi", "w:cs"}) {
    w.Attr(a, style.font_family);
  }
  w.EndEmpty();
  w.Val("w:sz", HalfPoints(normal.size));
  w.Val("w:szCs", HalfPoints(normal.size));
  w.Start("w:lang");
  w.Attr("w:val", language);
  w.Attr("w:eastAsia", language);
  w.Attr("w:bidi", "ar-SA");
  w.EndEmpty();
  w.Raw("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
        "</w:pPr></w:pPrDefault></w:docDefaults>");

  for (const ParaStyle& ps : kParaStyles) WriteParaStyle(w, ps, style, numbering);

  w.Raw("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/>"
        "<w:semiHidden/><w:unhideWhenUsed/></w:style>");
  w.Raw("<w:style w:type=\"character\" w:styleId=\"Hyperlink\">"
        "<w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
        "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr>");
  w.Val("w:color", style.colors.link.empty() ? "0563C1" : style.colors.link);
  w.Raw("<w:u w:val=\"single\"/></w:rPr></w:style>");

  w.Raw("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
        "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
        "<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
        "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
        "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
        "</w:tblCellMar></w:tblPr></w:style>");
  w.Raw("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
        "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr>"
        "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr>");
  WriteBorders(w, style.colors.table_border);
  w.Raw("<w:tblCellMar><w:top w:w=\"50\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
        "<w:bottom w:w=\"50\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
        "</w:tblCellMar></w:tblPr></w:style>");
  w.Close("w:styles");
  return s;
}

}  // namespace clerk::render::docx
