#include "render/docx/runs_writer.h"

#include <set>

#include "base/no_break.h"
#include "model/walk.h"
#include "render/docx/style_ids.h"

namespace clerk::render::docx {

namespace {

std::string BookmarkName(std::string_view id, std::set<std::string>* used) {
  std::string base = "_Ref_";
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_';
    base.push_back(ok ? c : '_');
    if (base.size() >= 34) break;  // Word allows 40 characters
  }
  std::string name = base;
  for (int n = 2; !used->insert(name).second; ++n) {
    name = base + "_" + std::to_string(n);
  }
  return name;
}

// Where the number starts in an xref's text ("paragraph 2.3" -> 10), so
// only the number is the field result and "paragraph " stays text after a
// field update: the last word, when it ends with the target's label (with
// or without its final dot: "recommendation 2" for "2.", "paragraph
// 1.2(b)" for "(b)"). The label itself may hold spaces ("Appendix 1").
// npos when the text does not end with the target's number.
size_t NumberStart(std::string_view text, std::string_view label) {
  std::string_view stripped = label;
  while (!stripped.empty() && stripped.back() == '.') stripped.remove_suffix(1);
  for (std::string_view c : {label, stripped}) {
    if (c.empty() || !text.ends_with(c)) continue;
    size_t at = text.size() - c.size();
    if (c.find(' ') != std::string_view::npos) {
      if (at == 0 || text[at - 1] == ' ') return at;
      continue;
    }
    size_t space = text.rfind(' ', at);
    return space == std::string_view::npos ? 0 : space + 1;
  }
  return std::string_view::npos;
}

}  // namespace

const std::string& BodyContext::LinkId(const std::string& url) {
  auto [it, added] = links.emplace(url, std::string());
  if (added) {
    it->second = "rIdL" + std::to_string(links.size());
    std::string target;
    for (char c : url) {
      if (c == ' ') target += "%20";
      else target.push_back(c);
    }
    rels.Add(it->second, "hyperlink", target, true);
  }
  return it->second;
}

void CollectBookmarks(BodyContext* ctx) {
  std::unordered_map<std::string, const model::Node*> by_id;
  std::vector<const model::Run*> xrefs;
  model::Walk(ctx->doc.root, [&](const model::Node& n, model::Event e) {
    if (e != model::Event::kEnter) return true;
    if (!n.id.empty()) by_id.emplace(n.id, &n);
    for (const model::Runs* runs : {&n.runs, &n.title}) {
      for (const model::Run& r : *runs) {
        if (r.kind == model::RunKind::kXref) xrefs.push_back(&r);
      }
    }
    return true;
  });
  std::set<std::string> used;
  for (const model::Run* r : xrefs) {
    if (ctx->bookmarks.count(r->target)) continue;
    auto it = by_id.find(r->target);
    if (it == by_id.end()) {
      if (ctx->diags != nullptr) {
        ctx->diags->Warning(r->loc, "cross-reference to \"" + r->target +
                                        "\" has no target; the DOCX shows "
                                        "its text without a link");
      }
      continue;
    }
    Bookmark b;
    b.name = BookmarkName(r->target, &used);
    b.id = static_cast<int>(ctx->bookmarks.size());
    b.node = it->second;
    ctx->bookmarks.emplace(r->target, std::move(b));
  }
  // Page ranges: a second bookmark where the target ends (ids after all
  // the others).
  int next_id = static_cast<int>(ctx->bookmarks.size());
  for (const model::Run* r : xrefs) {
    if (r->xref_form != model::XrefForm::kPages &&
        r->xref_form != model::XrefForm::kPageRange) {
      continue;
    }
    auto it = ctx->bookmarks.find(r->target);
    if (it == ctx->bookmarks.end() || !it->second.end_name.empty()) continue;
    it->second.end_name = BookmarkName(r->target + "_end", &used);
    it->second.end_id = next_id++;
    ctx->end_bookmarks.emplace(it->second.node, &it->second);
  }
}

void WriteRunProps(XmlWriter& w, const RunFormat& f) {
  if (!f.bold && !f.italic && f.char_style.empty() && f.fill.empty()) return;
  w.Raw("<w:rPr>");
  if (!f.char_style.empty()) w.Val("w:rStyle", f.char_style);
  if (f.bold) w.Raw("<w:b/><w:bCs/>");
  if (f.italic) w.Raw("<w:i/><w:iCs/>");
  if (!f.fill.empty()) {
    w.Start("w:shd");
    w.Attr("w:val", "clear");
    w.Attr("w:color", "auto");
    w.Attr("w:fill", f.fill);
    w.EndEmpty();
  }
  w.Raw("</w:rPr>");
}

// The text with base/no_break.h's rules made explicit, so that Word and
// LibreOffice keep "0–25", "1 October" and "Appendix 1" on one line as the
// PDF does: a no-break space (U+00A0) and a word joiner (U+2060).
std::string KeepTogether(std::string_view text, const NoBreaks& keep) {
  std::string out;
  out.reserve(text.size() + 8);
  size_t s = 0, d = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    while (d < keep.after_dash.size() && keep.after_dash[d] < i) ++d;
    if (d < keep.after_dash.size() && keep.after_dash[d] == i) out += "\xE2\x81\xA0";
    while (s < keep.spaces.size() && keep.spaces[s] < i) ++s;
    if (s < keep.spaces.size() && keep.spaces[s] == i) {
      out += "\xC2\xA0";
    } else {
      out += text[i];
    }
  }
  return out;
}

void WriteTextRun(XmlWriter& w, std::string_view text, const RunFormat& f,
                  const NoBreaks* places) {
  if (text.empty()) return;
  const NoBreaks keep = places != nullptr ? *places : FindNoBreaks(text);
  std::string kept;
  if (!keep.empty()) {
    kept = KeepTogether(text, keep);
    text = kept;
  }
  w.Raw("<w:r>");
  WriteRunProps(w, f);
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\t' && text[i] != '\n') continue;
    if (i > start) {
      w.Raw("<w:t xml:space=\"preserve\">");
      w.Text(text.substr(start, i - start));
      w.Raw("</w:t>");
    }
    if (i < text.size()) w.Raw(text[i] == '\t' ? "<w:tab/>" : "<w:br/>");
    start = i + 1;
  }
  w.Raw("</w:r>");
}

void WriteField(XmlWriter& w, std::string_view instruction,
                std::string_view cached, const RunFormat& f) {
  w.Raw("<w:r>");
  WriteRunProps(w, f);
  w.Raw("<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>");
  WriteRunProps(w, f);
  w.Raw("<w:instrText xml:space=\"preserve\">");
  w.Text(instruction);
  w.Raw("</w:instrText></w:r><w:r>");
  WriteRunProps(w, f);
  w.Raw("<w:fldChar w:fldCharType=\"separate\"/></w:r>");
  WriteTextRun(w, cached, f);
  w.Raw("<w:r>");
  WriteRunProps(w, f);
  w.Raw("<w:fldChar w:fldCharType=\"end\"/></w:r>");
}

void WriteRuns(BodyContext& ctx, XmlWriter& w, const model::Runs& runs) {
  // Pairs split across runs ("paragraph " and a cross-reference's "2.3")
  // get their no-break space as within one run.
  std::vector<std::string_view> parts;
  parts.reserve(runs.size());
  for (const model::Run& r : runs) {
    parts.push_back(r.kind == model::RunKind::kLineBreak ? std::string_view()
                    : r.kind == model::RunKind::kLink && r.text.empty()
                        ? std::string_view(r.target)
                        : std::string_view(r.text));
  }
  const std::vector<NoBreaks> keeps = FindNoBreaksAcross(parts);
  for (size_t ri = 0; ri < runs.size(); ++ri) {
    const model::Run& r = runs[ri];
    const NoBreaks* keep = &keeps[ri];
    RunFormat f;
    f.bold = r.bold;
    f.italic = r.italic;
    switch (r.kind) {
      case model::RunKind::kText:
        WriteTextRun(w, r.text, f, keep);
        break;
      case model::RunKind::kLineBreak:
        w.Raw("<w:r><w:br/></w:r>");
        break;
      case model::RunKind::kPlaceholder:
        f.fill = ctx.style.colors.placeholder.empty()
                     ? std::string_view("FFFF00")
                     : std::string_view(ctx.style.colors.placeholder);
        WriteTextRun(w, r.text, f, keep);
        break;
      case model::RunKind::kLink: {
        if (r.target.empty()) {
          WriteTextRun(w, r.text, f, keep);
          break;
        }
        w.Start("w:hyperlink");
        w.Attr("r:id", ctx.LinkId(r.target));
        w.Attr("w:history", "1");
        w.EndStart();
        f.char_style = sid::kHyperlink;
        WriteTextRun(w, r.text.empty() ? std::string_view(r.target)
                                       : std::string_view(r.text), f, keep);
        w.Close("w:hyperlink");
        break;
      }
      case model::RunKind::kXref: {
        auto it = ctx.bookmarks.find(r.target);
        if (it == ctx.bookmarks.end()) {
          WriteTextRun(w, r.text, f, keep);
          break;
        }
        const Bookmark& b = it->second;
        std::string_view text = r.text;
        if (model::IsPageForm(r.xref_form)) {
          // "page 12", "pages 11–84": the first number is a PAGEREF field
          // whose cached result is the PDF's page (pipeline/page_refs.h),
          // so Word shows the PDF's numbers until the fields are updated.
          size_t a = text.find_first_of("0123456789?");
          if (a == std::string_view::npos) {
            WriteTextRun(w, text, f);
            break;
          }
          size_t e = text.find_first_not_of("0123456789?", a);
          if (e == std::string_view::npos) e = text.size();
          WriteTextRun(w, text.substr(0, a), f);
          WriteField(w, " PAGEREF " + b.name + " \\h ", text.substr(a, e - a), f);
          // "11–84": the end page is a PAGEREF to the end bookmark.
          size_t a2 = text.find_first_of("0123456789?", e);
          if (a2 != std::string_view::npos && !b.end_name.empty()) {
            size_t e2 = text.find_first_not_of("0123456789?", a2);
            if (e2 == std::string_view::npos) e2 = text.size();
            WriteTextRun(w, text.substr(e, a2 - e), f);
            WriteField(w, " PAGEREF " + b.end_name + " \\h ", text.substr(a2, e2 - a2), f);
            WriteTextRun(w, text.substr(e2), f);
            break;
          }
          WriteTextRun(w, text.substr(e), f);
          break;
        }
        if (r.xref_form == model::XrefForm::kTitle) {
          WriteField(w, " REF " + b.name + " \\h ", text, f);
          break;
        }
        size_t at = NumberStart(text, b.node->number.label);
        if (at == std::string_view::npos) at = 0;
        NoBreaks prefix;  // the places inside the text before the number
        for (size_t sp : keep->spaces) {
          if (sp < at) prefix.spaces.push_back(sp);
        }
        for (size_t d : keep->after_dash) {
          if (d < at) prefix.after_dash.push_back(d);
        }
        WriteTextRun(w, text.substr(0, at), f, &prefix);
        // A table's bookmark holds its caption's "Table 1" (table_writer.cpp):
        // the field gives the bookmark's text, not a list number.
        WriteField(w, b.node->kind == model::NodeKind::kTable
                          ? " REF " + b.name + " \\h "
                          : " REF " + b.name + " \\r \\h ",
                   text.substr(at), f);
        break;
      }
    }
  }
}

}  // namespace clerk::render::docx
