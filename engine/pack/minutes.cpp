#include "pack/minutes.h"

#include <sstream>

#include "model/walk.h"

namespace clerk {

std::string MinutesXml(const MeetingPapers& m) {
  const Meeting& mt = m.meeting;
  pugi::xml_document doc;
  pugi::xml_node a = doc.append_child("minutes");
  a.append_attribute("council") = mt.council.c_str();
  a.append_attribute("committee") = mt.committee.c_str();
  a.append_attribute("date") = mt.date.c_str();
  a.append_attribute("first-minute") = mt.first_minute;
  pugi::xml_node ms = a.append_child("membership");
  for (const std::string& s : mt.members) {
    ms.append_child("member").text() = s.c_str();
  }
  for (size_t i = 0; i < mt.items.size(); ++i) {
    const MeetingItem& it = mt.items[i];
    pugi::xml_node x = a.append_child("item");
    x.append_attribute("number") = it.number;
    x.append_attribute("minute") = mt.first_minute + static_cast<int>(i);
    x.append_attribute("id") = it.id.c_str();
    x.append_attribute("decision") = it.decision.c_str();
    x.append_attribute("exempt") = it.exempt ? "true" : "false";
    if (it.exempt) x.append_attribute("paragraph") = it.paragraph;
    x.append_child("title").text() = ItemTitle(m, i).c_str();
    std::vector<std::string> recs = ItemRecommendations(m, i);
    if (!recs.empty()) {
      pugi::xml_node r = x.append_child("recommendations");
      for (const std::string& s : recs) {
        r.append_child("recommendation").text() = s.c_str();
      }
    }
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default | pugi::format_no_declaration);
  return out.str();
}

std::optional<model::Document> BuildMinutesDocument(const FileSystem& fs,
                                                    const MeetingPapers& m,
                                                    const std::string& mode,
                                                    model::Style* style,
                                                    Diagnostics* diags) {
  const Meeting& mt = m.meeting;
  if (mt.minutes_template.empty()) {
    diags->Error(SourceLoc{mt.file, 1, 1},
                 "the meeting names no minutes template: add <minutes "
                 "template=\"…/templates/draft-minutes.xml\"/>");
    return std::nullopt;
  }
  std::string md = mode.empty() ? "draft" : mode;
  auto doc = MergeGenerated(fs, mt.minutes_template, mt.minutes_style, md,
                            "minutes", mt.file + " (minutes)", MinutesXml(m),
                            style, diags);
  if (!doc) return std::nullopt;
  // "discussion-ID" paragraphs are where the clerk writes what was said: in
  // a draft they are highlighted placeholders, like a missing value.
  bool placeholders = false;
  model::Walk(doc->root, [&](model::Node& n, model::Event e) {
    if (e == model::Event::kEnter && n.id.rfind("discussion-", 0) == 0) {
      for (model::Run& r : n.runs) {
        if (r.kind == model::RunKind::kText) {
          r.kind = model::RunKind::kPlaceholder;
          placeholders = true;
        }
      }
    }
    return true;
  });
  if (placeholders && md == "final") {
    diags->Error(SourceLoc{mt.minutes_template, 0, 0},
                 "final minutes still hold discussion placeholders: write the "
                 "minutes in the DOCX, or render them with --mode draft");
    return std::nullopt;
  }
  doc->draft = doc->draft || md == "draft";
  return doc;
}

bool BuildMinutes(const FileSystem& fs, const MeetingPapers& m,
                  const PackOptions& opts, Diagnostics* diags, Status* status,
                  std::vector<OutputFile>* files) {
  files->clear();
  model::Style style;
  auto doc = BuildMinutesDocument(fs, m, opts.mode, &style, diags);
  if (!doc) return false;
  for (Format f : opts.formats) {
    OutputFile out{opts.stem + "-minutes" + FormatExtension(f), ""};
    *status = RenderFormat(*doc, style, f, opts.render, diags, &out.bytes);
    if (!status->ok() || out.bytes.empty()) {
      files->clear();
      return false;
    }
    files->push_back(std::move(out));
  }
  return true;
}

}  // namespace clerk
