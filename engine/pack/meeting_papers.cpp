#include "pack/meeting_papers.h"

#include "load/source_file.h"
#include "model/walk.h"

namespace clerk {

std::optional<MeetingPapers> PrepareMeeting(const FileSystem& fs,
                                            const std::string& path,
                                            const std::string& mode,
                                            Diagnostics* diags) {
  int before = diags->error_count();
  auto meeting = LoadMeeting(fs, path, diags);
  if (!meeting) return std::nullopt;
  MeetingPapers m;
  m.meeting = std::move(*meeting);
  m.inputs.push_back(path);
  for (const MeetingItem& it : m.meeting.items) {
    if (it.paper.empty()) {
      m.papers.emplace_back();
      continue;
    }
    ReportRequest req;
    req.input = it.paper;
    req.mode = mode;
    diags->PushTrace(TraceEntry{it.paper_loc, "while preparing item " +
                                                  std::to_string(it.number) +
                                                  " of the meeting"});
    auto r = PrepareReport(fs, req, diags);
    diags->PopTrace();
    if (r) {
      m.inputs.insert(m.inputs.end(), r->inputs.begin(), r->inputs.end());
    }
    m.papers.push_back(std::move(r));
  }
  if (diags->error_count() > before) return std::nullopt;
  return m;
}

std::string ItemTitle(const MeetingPapers& m, size_t i) {
  const MeetingItem& it = m.meeting.items[i];
  if (!it.title.empty() || !m.papers[i]) return it.title;
  const model::Document& doc = m.papers[i]->doc;
  if (!doc.meta.title.empty()) return doc.meta.title;
  for (const model::Node& n : doc.root.children) {
    if (n.kind == model::NodeKind::kTitle && n.level == 0) {
      return model::PlainText(n.runs);
    }
  }
  return "Item " + std::to_string(it.number);
}

std::vector<std::string> ItemRecommendations(const MeetingPapers& m,
                                             size_t i) {
  std::vector<std::string> out;
  if (!m.papers[i]) return out;
  const model::Node* list = nullptr;
  model::Walk(m.papers[i]->doc.root,
              [&](const model::Node& n, model::Event e) {
                if (e == model::Event::kEnter && list == nullptr &&
                    n.kind == model::NodeKind::kList &&
                    n.list.kind == model::ListKind::kRecommendations) {
                  list = &n;
                }
                return list == nullptr;
              });
  if (list == nullptr) {
    // One recommendation is often a plain paragraph of the cover's
    // "Recommendation(s)" field: its paragraphs and list items then.
    model::Walk(m.papers[i]->doc.root,
                [&](const model::Node& n, model::Event e) {
                  if (e == model::Event::kEnter && list == nullptr &&
                      n.kind == model::NodeKind::kCoverField &&
                      n.key == "recommendations") {
                    list = &n;
                  }
                  return list == nullptr;
                });
    if (list == nullptr) return out;
  }
  for (const model::Node& item : list->children) {
    if (item.kind == model::NodeKind::kList) {
      for (const model::Node& li : item.children) {
        out.push_back(model::PlainText(li.runs));
      }
      continue;
    }
    if (item.kind != model::NodeKind::kListItem &&
        item.kind != model::NodeKind::kParagraph) {
      continue;
    }
    std::string text = model::PlainText(item.runs);
    model::Walk(item, [&](const model::Node& n, model::Event e) {
      if (e == model::Event::kEnter && &n != &item && !n.runs.empty()) {
        std::string more = model::PlainText(n.runs);
        text += (n.number.label.empty() ? " " : " " + n.number.label + " ") +
                more;
      }
      return true;
    });
    out.push_back(std::move(text));
  }
  return out;
}

std::optional<model::Document> MergeGenerated(
    const FileSystem& fs, const std::string& template_path,
    const std::string& style_path, const std::string& mode,
    const std::string& name, const std::string& data_label,
    const std::string& data, model::Style* style, Diagnostics* diags) {
  ReportRequest req;
  req.input = template_path;
  req.style = style_path;
  req.mode = mode;
  std::unique_ptr<CompiledTemplate> tmpl;
  auto plan = PlanReport(fs, req, {name}, diags, &tmpl);
  if (!plan) return std::nullopt;
  auto file = ParseXmlText(data_label, data, "data", diags);
  if (!file) return std::nullopt;
  auto src = std::make_shared<DataSource>();
  src->name = name;
  src->file = std::move(file);
  std::vector<std::shared_ptr<DataSource>> sources = plan->data;
  for (auto& s : sources) {
    if (!s) s = src;
  }
  auto doc = BuildDocument(*tmpl, *plan, sources, src->root(), {}, diags);
  if (doc) *style = plan->style;
  return doc;
}

}  // namespace clerk
