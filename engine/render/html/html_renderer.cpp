#include "render/html/html_renderer.h"

#include "render/html/html_body.h"
#include "render/html/html_css.h"
#include "render/html/html_ids.h"
#include "render/html/html_util.h"

namespace clerk::render {

namespace {

using model::Node;
using model::NodeKind;

// Where the page's one <h1> comes from.
struct H1Plan {
  const Node* line = nullptr;  // this title line is the h1
  bool before_cover = false;   // the title (the subject) goes before the cover
  bool group = false;          // the first run of title lines is the h1
  std::string text;            // the h1 text when it is not a title line
};

bool HasSubjectField(const Node& cover) {
  for (const Node& f : cover.children) {
    if (f.key == "subject") return true;
  }
  return false;
}

H1Plan PlanH1(const model::Document& doc) {
  H1Plan p;
  const model::Metadata& m = doc.meta;
  const Node* cover = nullptr;
  bool any_title = false;
  for (const Node& n : doc.root.children) {
    if (n.kind == NodeKind::kTitle) {
      any_title = true;
      if (p.line == nullptr && !m.title.empty() && model::PlainText(n.runs) == m.title) {
        p.line = &n;
      }
    }
    if (n.kind == NodeKind::kCover && cover == nullptr) cover = &n;
  }
  if (p.line != nullptr) return p;
  if (!m.title.empty() && cover != nullptr && HasSubjectField(*cover)) {
    p.before_cover = true;
    p.text = m.title;
  } else if (any_title) {
    p.group = true;
  } else {
    p.text = !m.title.empty() ? m.title : !m.subject.empty() ? m.subject : "Report";
  }
  return p;
}

bool HasPlaceholder(const Node& n) {
  for (const model::Run& r : n.runs) {
    if (r.kind == model::RunKind::kPlaceholder) return true;
  }
  for (const model::Run& r : n.title) {
    if (r.kind == model::RunKind::kPlaceholder) return true;
  }
  for (const Node& c : n.children) {
    if (HasPlaceholder(c)) return true;
  }
  return false;
}

void Meta(std::string* out, const char* name, const std::string& content) {
  if (content.empty()) return;
  *out += std::string("<meta name=\"") + name + "\" content=\"" +
          html::Escaped(content, true) + "\">\n";
}

}  // namespace

Status RenderHtml(const model::Document& doc, const model::Style& style,
                  const model::RenderOptions& options, Diagnostics* diags,
                  std::string* out) {
  out->clear();
  Diagnostics local;
  Diagnostics* d = diags != nullptr ? diags : &local;
  int errors_before = d->error_count();
  const model::Metadata& m = doc.meta;
  html::IdMap ids = html::AssignIds(doc);
  H1Plan h1 = PlanH1(doc);

  std::string s;
  s.reserve(32768);
  std::string lang = !m.language.empty() ? m.language : style.language;
  std::string title = !m.title.empty() ? m.title : h1.text;
  if (title.empty() && h1.line != nullptr) title = model::PlainText(h1.line->runs);
  if (title.empty()) {
    for (const Node& n : doc.root.children) {
      if (n.kind == NodeKind::kTitle) title += (title.empty() ? "" : " \xE2\x80\x93 ") +
                                               model::PlainText(n.runs);
    }
  }
  if (doc.draft) title = "DRAFT \xE2\x80\x93 " + title;
  s += "<!DOCTYPE html>\n<html lang=\"" + html::Escaped(lang.empty() ? "en-GB" : lang, true) +
       "\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  s += "<title>" + html::Escaped(title) + "</title>\n";
  Meta(&s, "description", m.subject != m.title ? m.subject : "");
  Meta(&s, "author", m.author);
  Meta(&s, "keywords", m.keywords);
  Meta(&s, "generator", options.creator);
  Meta(&s, "dcterms.created", options.created);
  if (doc.draft) Meta(&s, "robots", "noindex");
  s += "<style>\n" + html::StyleSheet(doc, style) + "</style>\n</head>\n<body>\n";
  s += "<a class=\"clerk-skip\" href=\"#main\">Skip to the report</a>\n";

  // Masthead: draft banner, classification and reference, logo.
  std::string head;
  if (doc.draft) {
    head += "<p class=\"clerk-draft\">DRAFT \xE2\x80\x93 not the final paper.";
    if (HasPlaceholder(doc.root)) head += " Highlighted text marks values still missing.";
    head += "</p>\n";
  }
  std::string marks;
  if (!m.classification.empty()) marks = html::Escaped(m.classification);
  if (!marks.empty()) head += "<p class=\"clerk-marks\">" + marks + "</p>\n";
  if (!style.logo.empty()) {
    std::string alt = (m.council.empty() ? std::string("Council") : m.council) + " logo";
    html::BodyWriter(style, ids, d, &head)
        .Image(style.logo, alt, style.logo_width_mm, "clerk-logo", SourceLoc{});
    head += '\n';
  }
  if (!head.empty()) s += "<header class=\"clerk-masthead\">\n" + head + "</header>\n";
  s += "<main id=\"main\">\n";
  html::BodyWriter w(style, ids, d, &s);

  if (!h1.before_cover && !h1.group && h1.line == nullptr) {
    s += "<h1>" + html::Escaped(h1.text) + "</h1>\n";
  }
  bool in_group = false, group_done = false, contents_done = false;
  for (const Node& n : doc.root.children) {
    if (h1.group && !group_done) {
      if (n.kind == NodeKind::kTitle) {
        s += in_group ? " " : "<h1>";
        in_group = true;
        s += n.level == 0 ? "<span class=\"clerk-title\">" : "<span class=\"clerk-kicker\">";
        w.Runs(n.runs);
        s += "</span>";
        continue;
      }
      if (in_group) {
        s += "</h1>\n";
        group_done = true;
      }
    }
    if (n.kind == NodeKind::kTitle) {
      w.TitleLine(n, &n == h1.line);
      continue;
    }
    if (h1.before_cover && n.kind == NodeKind::kCover) {
      s += "<h1>" + html::Escaped(h1.text) + "</h1>\n";
      h1.before_cover = false;
    }
    if (n.kind == NodeKind::kContents) {  // <contents/>: the list goes here
      if (!contents_done) w.Contents(doc.root, true);
      contents_done = true;
      continue;
    }
    if (!contents_done && (n.kind == NodeKind::kSection || n.kind == NodeKind::kAppendix)) {
      w.Contents(doc.root);
      contents_done = true;
    }
    w.Block(n, 0, false);
  }
  if (in_group && !group_done) s += "</h1>\n";
  s += "</main>\n";
  std::string foot;
  if (!m.council.empty()) foot += html::Escaped(m.council);
  if (!m.committee.empty()) foot += (foot.empty() ? "" : " \xC2\xB7 ") + html::Escaped(m.committee);
  if (!m.date.empty()) foot += (foot.empty() ? "" : " \xC2\xB7 ") + html::Escaped(m.date);
  if (!foot.empty()) s += "<footer class=\"clerk-foot\">\n<p>" + foot + "</p>\n</footer>\n";
  s += "</body>\n</html>\n";
  if (d->error_count() > errors_before) return Status::Ok();
  *out = std::move(s);
  return Status::Ok();
}

}  // namespace clerk::render
