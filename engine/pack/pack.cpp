#include "pack/pack.h"

#include <deque>
#include <map>
#include <sstream>

#include "model/walk.h"
#include "pipeline/draft_mark.h"
#include "render/pdf/pdf_pack.h"
#include "render/pdf/pdf_renderer.h"

namespace clerk {

namespace {

// Paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972.
const char* const kSchedule12A[] = {
    "information relating to any individual",
    "information which is likely to reveal the identity of an individual",
    "information relating to the financial or business affairs of any "
    "particular person (including the authority holding that information)",
    "information relating to any consultations or negotiations, or "
    "contemplated consultations or negotiations, in connection with any "
    "labour relations matter arising between the authority or a Minister of "
    "the Crown and employees of, or office holders under, the authority",
    "information in respect of which a claim to legal professional privilege "
    "could be maintained in legal proceedings",
    "information which reveals that the authority proposes to give under any "
    "enactment a notice under or by virtue of which requirements are imposed "
    "on a person, or to make an order or direction under any enactment",
    "information relating to any action taken or to be taken in connection "
    "with the prevention, investigation or prosecution of crime",
};

// Gives every id (and every cross-reference to one) in `doc` a prefix, so
// that the ids of several reports in one pack cannot meet.
void PrefixIds(model::Document* doc, const std::string& prefix) {
  model::Walk(doc->root, [&](model::Node& n, model::Event e) {
    if (e != model::Event::kEnter) return true;
    if (!n.id.empty()) n.id = prefix + n.id;
    auto fix = [&](model::Runs* runs) {
      for (model::Run& r : *runs) {
        if (r.kind == model::RunKind::kXref) r.target = prefix + r.target;
      }
    };
    fix(&n.runs);
    fix(&n.title);
    return true;
  });
}

// The agenda as the front sheet template's data (docs/meetings.md).
std::string AgendaXml(const MeetingPapers& m, bool members,
                      const std::vector<ItemPages>& pages) {
  const Meeting& mt = m.meeting;
  pugi::xml_document doc;
  pugi::xml_node a = doc.append_child("agenda");
  a.append_attribute("council") = mt.council.c_str();
  a.append_attribute("committee") = mt.committee.c_str();
  a.append_attribute("date") = mt.date.c_str();
  a.append_attribute("time") = mt.time.c_str();
  a.append_attribute("venue") = mt.venue.c_str();
  a.append_attribute("part") = members ? "members" : "public";
  pugi::xml_node c = a.append_child("contact");
  c.append_attribute("name") = mt.contact_name.c_str();
  c.append_attribute("phone") = mt.contact_phone.c_str();
  c.append_attribute("email") = mt.contact_email.c_str();
  pugi::xml_node ms = a.append_child("membership");
  for (const std::string& s : mt.members) {
    ms.append_child("member").text() = s.c_str();
  }
  for (size_t i = 0; i < mt.items.size(); ++i) {
    const MeetingItem& it = mt.items[i];
    pugi::xml_node x = a.append_child("item");
    x.append_attribute("number") = it.number;
    x.append_attribute("id") = it.id.c_str();
    x.append_attribute("decision") = it.decision.c_str();
    x.append_attribute("exempt") = it.exempt ? "true" : "false";
    if (it.exempt) x.append_attribute("paragraph") = it.paragraph;
    x.append_attribute("paper") = it.paper.empty() ? "false" : "true";
    if (pages[i].first > 0) {
      x.append_attribute("first-page") = pages[i].first;
      x.append_attribute("last-page") = pages[i].last;
    }
    x.append_child("title").text() = ItemTitle(m, i).c_str();
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default | pugi::format_no_declaration);
  return out.str();
}

// Turns the text of each node with id "agenda-ID" into a link to `target`
// of the item: an internal link (PDF) or a page beside it (HTML).
void LinkAgenda(model::Document* doc,
                const std::map<std::string, std::string>& targets,
                bool internal) {
  model::Walk(doc->root, [&](model::Node& n, model::Event e) {
    if (e != model::Event::kEnter || n.id.rfind("agenda-", 0) != 0) {
      return true;
    }
    auto t = targets.find(n.id.substr(7));
    if (t == targets.end()) return true;
    for (model::Run& r : n.runs) {
      if (r.kind != model::RunKind::kText || r.text.empty()) continue;
      r.kind = internal ? model::RunKind::kXref : model::RunKind::kLink;
      r.target = t->second;
    }
    return true;
  });
}

model::Node Para(const std::string& text, bool bold = false) {
  model::Node p;
  p.kind = model::NodeKind::kParagraph;
  p.numbered = false;
  model::Run r;
  r.text = text;
  r.bold = bold;
  p.runs.push_back(std::move(r));
  return p;
}

model::Document NoticeDocument(const Meeting& mt, const MeetingItem& it,
                               const std::string& title) {
  model::Document d;
  d.root.kind = model::NodeKind::kDocument;
  d.meta.title = title;
  d.meta.committee = mt.committee;
  d.meta.council = mt.council;
  d.meta.classification = "EXEMPT";
  model::Node kicker;
  kicker.kind = model::NodeKind::kTitle;
  kicker.level = 1;
  kicker.runs.push_back(model::Run{});
  kicker.runs.back().text = "Item " + std::to_string(it.number);
  d.root.children.push_back(std::move(kicker));
  model::Node t;
  t.kind = model::NodeKind::kTitle;
  t.level = 0;
  t.runs.push_back(model::Run{});
  t.runs.back().text = title;
  d.root.children.push_back(std::move(t));
  d.root.children.push_back(Para("NOT FOR PUBLICATION", true));
  d.root.children.push_back(Para(ExemptNotice(it.paragraph)));
  return d;
}

bool InPack(const MeetingItem& it, bool members) {
  return !it.paper.empty() && (!members || it.exempt);
}

}  // namespace

std::string ExemptNotice(int paragraph) {
  std::string words = paragraph >= 1 && paragraph <= 7
                          ? kSchedule12A[paragraph - 1]
                          : "exempt information";
  return "This report is not for publication because it contains exempt "
         "information as defined in paragraph " +
         std::to_string(paragraph) +
         " of Part 1 of Schedule 12A to the Local Government Act 1972: " +
         words + ". It is in the members' pack.";
}

bool BuildPackPdf(const FileSystem& fs, const MeetingPapers& m, bool members,
                  const PackOptions& opts, Diagnostics* diags, Status* status,
                  std::string* pdf, std::vector<ItemPages>* pages) {
  const Meeting& mt = m.meeting;
  int before = diags->error_count();
  render::PdfPack pack(mt.page_label);
  std::deque<model::Document> docs;  // the parts as laid out (stable)
  std::deque<model::Style> drafted;  // styles with the draft mark
  std::vector<int> counts(mt.items.size(), 0);
  std::vector<size_t> order;
  // The front sheet's style is the notices' style too: merge it once first.
  model::Style front_style;
  auto front_doc = [&](const std::vector<ItemPages>& p) {
    return MergeGenerated(fs, mt.agenda_template, mt.agenda_style, opts.mode,
                          "agenda", mt.file + " (agenda)",
                          AgendaXml(m, members, p), &front_style, diags);
  };
  pages->assign(mt.items.size(), ItemPages{});
  if (mt.agenda_template.empty()) {
    diags->Error(SourceLoc{mt.file, 1, 1},
                 "the meeting names no front sheet: add <agenda "
                 "template=\"…/templates/agenda-front-sheet.xml\"/>");
    return false;
  }
  if (!front_doc(*pages)) return false;
  for (size_t i = 0; i < mt.items.size(); ++i) {
    const MeetingItem& it = mt.items[i];
    if (!InPack(it, members)) continue;
    std::string title = ItemTitle(m, i);
    const model::Style* style = &m.papers[i]->style;
    if (it.exempt && !members) {
      docs.push_back(NoticeDocument(mt, it, title));
      style = &front_style;
    } else {
      docs.push_back(m.papers[i]->doc);
      if (docs.back().draft) {
        drafted.push_back(WithDraftMark(*style));
        style = &drafted.back();
      }
    }
    PrefixIds(&docs.back(), it.id + "-");
    render::PdfPackPart part{&docs.back(), style,
                             std::to_string(it.number) + ". " + title,
                             "pack-" + it.id};
    auto n = pack.Add(part, diags);
    if (!n.ok()) {
      *status = n.status();
      return false;
    }
    counts[i] = *n;
    order.push_back(order.size());
  }
  if (diags->error_count() > before) return false;
  // The front sheet's length settles: each round lays it out with the
  // ranges its previous length gives, until its length no longer changes.
  int front_pages = 1;
  std::optional<model::Document> front;
  for (int round = 0;; ++round) {
    int next = front_pages + 1;
    for (size_t i = 0; i < mt.items.size(); ++i) {
      if (counts[i] == 0) {
        (*pages)[i] = ItemPages{};
        continue;
      }
      (*pages)[i] = ItemPages{next, next + counts[i] - 1};
      next += counts[i];
    }
    front = front_doc(*pages);
    if (!front) return false;
    render::PdfLayout layout;
    *status = render::LayoutPdf(*front, front_style, diags, &layout);
    if (!status->ok() || diags->error_count() > before) return false;
    const int* n = &layout.page_count;
    if (*n == front_pages || *n == 0) break;
    if (round == 5) {
      diags->Error(SourceLoc{mt.agenda_template, 0, 0},
                   "the front sheet's length does not settle (" +
                       std::to_string(front_pages) + " then " +
                       std::to_string(*n) + " pages)");
      return false;
    }
    front_pages = *n;
  }
  std::map<std::string, std::string> targets;
  for (const MeetingItem& it : mt.items) {
    if (InPack(it, members)) targets[it.id] = "pack-" + it.id;
  }
  LinkAgenda(&*front, targets, true);
  docs.push_back(std::move(*front));
  auto n = pack.Add(render::PdfPackPart{&docs.back(), &front_style, "Agenda",
                                        "pack-agenda"},
                    diags);
  if (!n.ok()) {
    *status = n.status();
    return false;
  }
  order.insert(order.begin(), order.size());
  *status = pack.Write(order, docs.back().meta, opts.render, diags, pdf);
  return status->ok() && diags->error_count() == before && !pdf->empty();
}

bool BuildPack(const FileSystem& fs, const MeetingPapers& m,
               const PackOptions& opts, Diagnostics* diags, Status* status,
               std::vector<OutputFile>* files) {
  files->clear();
  const Meeting& mt = m.meeting;
  bool any_exempt = false;
  for (const MeetingItem& it : mt.items) any_exempt = any_exempt || it.exempt;
  for (Format f : opts.formats) {
    if (f == Format::kPdf) {
      std::vector<ItemPages> pages;
      OutputFile out{opts.stem + "-pack.pdf", ""};
      if (!BuildPackPdf(fs, m, false, opts, diags, status, &out.bytes,
                        &pages)) {
        files->clear();
        return false;
      }
      files->push_back(std::move(out));
      if (any_exempt) {
        OutputFile ex{opts.stem + "-exempt-pack.pdf", ""};
        if (!BuildPackPdf(fs, m, true, opts, diags, status, &ex.bytes,
                          &pages)) {
          files->clear();
          return false;
        }
        files->push_back(std::move(ex));
      }
    } else if (f == Format::kHtml) {
      model::Style style;
      std::vector<ItemPages> none(mt.items.size());
      auto front = MergeGenerated(fs, mt.agenda_template, mt.agenda_style,
                                  opts.mode, "agenda", mt.file + " (agenda)",
                                  AgendaXml(m, false, none), &style, diags);
      if (!front) {
        files->clear();
        return false;
      }
      std::map<std::string, std::string> targets;
      for (size_t i = 0; i < mt.items.size(); ++i) {
        const MeetingItem& it = mt.items[i];
        if (it.paper.empty() || it.exempt) continue;
        std::string name = opts.stem + "-" + it.id + ".html";
        targets[it.id] = name;
        OutputFile out{name, ""};
        *status = RenderFormat(m.papers[i]->doc, m.papers[i]->style,
                               Format::kHtml, opts.render, diags, &out.bytes);
        if (!status->ok() || out.bytes.empty()) {
          files->clear();
          return false;
        }
        files->push_back(std::move(out));
      }
      LinkAgenda(&*front, targets, false);
      OutputFile agenda{opts.stem + "-agenda.html", ""};
      *status = RenderFormat(*front, style, Format::kHtml, opts.render, diags,
                             &agenda.bytes);
      if (!status->ok() || agenda.bytes.empty()) {
        files->clear();
        return false;
      }
      files->push_back(std::move(agenda));
    } else {
      diags->Error(SourceLoc{}, std::string("clerk pack writes pdf and html, "
                                            "not ") +
                                    FormatName(f));
      return false;
    }
  }
  return true;
}

}  // namespace clerk
