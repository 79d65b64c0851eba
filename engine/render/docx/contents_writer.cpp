#include "render/docx/contents_writer.h"

#include <string>

#include "render/docx/runs_writer.h"
#include "render/docx/units.h"

namespace clerk::render::docx {

void WriteContents(BodyContext& ctx, XmlWriter& w, const model::Node& contents) {
  if (!contents.title.empty()) {
    // Spaced like a heading, as in the PDF (contents_layout.cpp), but not
    // a heading style: the TOC must not list itself when Word updates it.
    const model::TextStyle& h = ctx.style.Text("heading1");
    ctx.wrote_any = true;
    ctx.after_section_break = false;
    w.Raw("<w:p><w:pPr><w:keepNext/>");
    w.Start("w:spacing");
    w.Attr("w:before", Twips(h.space_before));
    w.Attr("w:after", Twips(h.space_after));
    w.EndEmpty();
    w.Raw("</w:pPr>");
    RunFormat bold;
    bold.bold = h.bold;
    WriteTextRun(w, model::PlainText(contents.title), bold);
    w.Raw("</w:p>");
  }
  if (contents.children.empty()) return;
  const model::PageSetup& page = ctx.style.page;
  const long long right = Twips(page.width - page.margin_left - page.margin_right);
  const long long after = Twips(ctx.style.Text("normal").space_after / 2);
  const size_t n = contents.children.size();
  for (size_t i = 0; i < n; ++i) {
    const model::Node& e = contents.children[i];
    ctx.wrote_any = true;
    ctx.after_section_break = false;
    w.Raw("<w:p><w:pPr><w:tabs>");
    w.Start("w:tab");
    w.Attr("w:val", "right");
    w.Attr("w:leader", "dot");
    w.Attr("w:pos", right);
    w.EndEmpty();
    w.Raw("</w:tabs>");
    w.Start("w:spacing");
    w.Attr("w:after", i + 1 == n ? Twips(ctx.style.Text("normal").space_after) : after);
    w.EndEmpty();
    if (e.level > 1) {
      w.Start("w:ind");
      w.Attr("w:left", Twips(18.0 * (e.level - 1)));
      w.EndEmpty();
    }
    w.Raw("</w:pPr>");
    if (i == 0) {
      // The TOC field holds every entry: Word's "Update field" rebuilds it
      // from the headings; until then it shows clerk's entries and pages.
      w.Raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>"
            "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>"
            "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
    }
    std::string text = model::PlainText(e.runs);
    auto it = ctx.bookmarks.find(e.key);
    if (it != ctx.bookmarks.end()) {
      w.Start("w:hyperlink");
      w.Attr("w:anchor", it->second.name);
      w.Attr("w:history", "1");
      w.EndStart();
      WriteTextRun(w, text + "\t", {});
      WriteField(w, " PAGEREF " + it->second.name + " \\h ",
                 e.page > 0 ? std::to_string(e.page) : "", {});
      w.Close("w:hyperlink");
    } else {
      WriteTextRun(w, text + "\t" + (e.page > 0 ? std::to_string(e.page) : ""), {});
    }
    if (i + 1 == n) w.Raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    w.Raw("</w:p>");
  }
}

}  // namespace clerk::render::docx
