#include "load/job_types.h"

#include <algorithm>

#include "base/utf8.h"
#include "load/xml_check.h"

namespace clerk {

namespace {

std::vector<std::string> CommaList(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t c = s.find(',', start);
    if (c == std::string_view::npos) c = s.size();
    std::string_view w = Trim(s.substr(start, c - start));
    if (!w.empty()) out.emplace_back(w);
    start = c + 1;
  }
  return out;
}

}  // namespace

void LoadFieldDecls(const SourceFile& file, pugi::xml_node data,
                    const std::string& source, Job* job, Diagnostics* diags) {
  pugi::xml_attribute detect = data.attribute("detect");
  if (detect) {
    std::string v = detect.value();
    if (v == "false") {
      job->no_detect.push_back(source);
    } else if (v != "true") {
      diags->Error(file.LocOf(data, detect),
                   "detect takes true or false, not '" + v + "'");
    }
  }
  for (pugi::xml_node el : data.children()) {
    if (el.type() != pugi::node_element) continue;
    if (LocalName(el) != "field") {
      UnknownElement(file, el, {"field"}, "inside <data>", diags);
      continue;
    }
    CheckAttributes(file, el, {"path", "type", "formats"}, diags);
    FieldDecl d;
    d.source = source;
    d.loc = file.LocOf(el);
    d.path = el.attribute("path").value();
    if (d.path.empty()) {
      diags->Error(d.loc, "<field> needs a path attribute (a CSV column such "
                          "as due-date, or an XML path such as action/due)");
      continue;
    }
    pugi::xml_attribute type = el.attribute("type");
    auto t = FieldTypeByName(type.value());
    if (!t) {
      std::vector<std::string_view> names = {"text",    "date",    "money",
                                             "integer", "decimal", "percent",
                                             "rag"};
      std::string sug = Suggest(type.value(), names);
      diags->Error(type ? file.LocOf(el, type) : d.loc,
                   !type ? "<field> needs a type attribute (" +
                               std::string(FieldTypeList()) + ")"
                   : sug.empty()
                       ? "unknown type '" + std::string(type.value()) +
                             "' (" + FieldTypeList() + ")"
                       : "unknown type '" + std::string(type.value()) +
                             "'; did you mean '" + sug + "'?");
      continue;
    }
    d.type = *t;
    pugi::xml_attribute formats = el.attribute("formats");
    if (formats) {
      std::string error;
      auto f = ParseDateFormats(formats.value(), &error);
      if (d.type != FieldType::kDate) {
        diags->Error(file.LocOf(el, formats), "only date fields take formats");
        continue;
      }
      if (!f) {
        diags->Error(file.LocOf(el, formats), error);
        continue;
      }
      d.formats = *f;
    }
    job->fields.push_back(std::move(d));
  }
}

std::optional<RagVocabulary> LoadRagVocabulary(const SourceFile& file,
                                               pugi::xml_node rag,
                                               Diagnostics* diags) {
  std::vector<RagWord> words;
  const std::vector<std::string_view> colours = {
      "red", "amber", "green", "complete", "not-started", "none"};
  for (pugi::xml_node el : rag.children()) {
    if (el.type() != pugi::node_element) continue;
    if (LocalName(el) != "status") {
      UnknownElement(file, el, {"status"}, "inside <rag>", diags);
      continue;
    }
    CheckAttributes(file, el, {"word", "also", "colour", "done"}, diags);
    RagWord w;
    w.word = std::string(Trim(el.attribute("word").value()));
    if (w.word.empty()) {
      diags->Error(file.LocOf(el), "<status> needs a word attribute (the "
                                   "canonical status, e.g. word=\"Amber\")");
      continue;
    }
    w.also = CommaList(el.attribute("also").value());
    pugi::xml_attribute colour = el.attribute("colour");
    w.colour = colour ? colour.value() : "none";
    if (std::find(colours.begin(), colours.end(), w.colour) == colours.end()) {
      diags->Error(file.LocOf(el, colour),
                   "unknown colour '" + w.colour +
                       "' (red, amber, green, complete, not-started or none)");
    }
    std::string done = el.attribute("done").value();
    w.done = done == "true";
    if (!done.empty() && done != "true" && done != "false") {
      diags->Error(file.LocOf(el, el.attribute("done")),
                   "done takes true or false, not '" + done + "'");
    }
    for (const RagWord& prev : words) {
      RagVocabulary v({prev});
      std::vector<std::string> mine = w.also;
      mine.push_back(w.word);
      for (const std::string& m : mine) {
        if (v.Canonical(m)) {
          diags->Error(file.LocOf(el), "'" + m + "' already means '" +
                                           prev.word + "' in this vocabulary");
        }
      }
    }
    words.push_back(std::move(w));
  }
  if (words.empty()) {
    diags->Error(file.LocOf(rag), "<rag> names no <status word=\"…\"/>");
    return std::nullopt;
  }
  return RagVocabulary(std::move(words));
}

}  // namespace clerk
