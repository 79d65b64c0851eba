#include "pipeline/report.h"

#include <algorithm>

#include "base/shipped_dir.h"
#include "number/numberer.h"
#include "pipeline/draft_mark.h"
#include "pipeline/page_refs.h"
#include "render/docx/docx_renderer.h"
#include "render/html/html_renderer.h"
#include "render/pdf/pdf_renderer.h"
#include "render/text/text_renderer.h"
#include "load/style_loader.h"

namespace clerk {

namespace {

void Override(std::vector<NamedPath>* list, const NamedPath& np) {
  for (NamedPath& e : *list) {
    if (e.name == np.name) {
      e = np;
      return;
    }
  }
  list->push_back(np);
}

}  // namespace

std::optional<ReportPlan> PlanReport(
    const FileSystem& fs, const ReportRequest& req,
    const std::vector<std::string>& skip_data, Diagnostics* diags,
    std::unique_ptr<CompiledTemplate>* compiled) {
  int before = diags->error_count();
  ReportPlan r;
  Result<std::string> text = fs.Read(req.input);
  if (!text.ok()) {
    diags->Error(SourceLoc{}, text.status().message());
    return std::nullopt;
  }
  r.inputs.push_back(req.input);
  if (LooksLikeJob(*text)) {
    auto job = LoadJob(fs, req.input, diags);
    if (!job) return std::nullopt;
    r.job = std::move(*job);
    r.inputs.push_back(r.job.template_path.path);
  } else {
    r.job.template_path.path = req.input;
  }
  for (const NamedPath& d : req.data) Override(&r.job.data, d);
  for (const NamedPath& p : req.params) Override(&r.job.params, p);
  if (!req.style.empty()) r.job.style_path = NamedPath{"", req.style, {}};
  std::string mode = !req.mode.empty() ? req.mode : r.job.mode;
  r.mode = mode == "draft" ? Mode::kDraft : Mode::kFinal;
  r.typing.fields = r.job.fields;
  for (const FieldDecl& f : req.types) {
    auto same = [&](const FieldDecl& g) {
      return g.source == f.source && g.path == f.path;
    };
    std::erase_if(r.typing.fields, same);
    r.typing.fields.push_back(f);
  }
  r.typing.draft = r.mode == Mode::kDraft;

  // Data first: its names are XPath variables the template compiles with.
  bool data_ok = true;
  for (const NamedPath& d : r.job.data) {
    r.compile.data_names.push_back(d.name);
    bool skip = std::find(skip_data.begin(), skip_data.end(), d.name) !=
                skip_data.end();
    if (skip) {
      r.data.push_back(nullptr);
      continue;
    }
    auto src = LoadDataSource(fs, d.name, d.path, d.loc, diags);
    r.inputs.push_back(d.path);
    data_ok = data_ok && src != nullptr;
    r.data.push_back(std::move(src));
  }
  for (const std::string& name : skip_data) {
    bool known = false;
    for (const NamedPath& d : r.job.data) known = known || d.name == name;
    if (!known) {
      r.compile.data_names.push_back(name);
      r.job.data.push_back(NamedPath{name, "", {}});
      r.data.push_back(nullptr);
    }
  }
  for (const NamedPath& p : r.job.params) {
    r.compile.param_names.push_back(p.name);
  }
  r.compile.keep_going = req.check_all;
  r.compile.shipped_templates_dir = ShippedDir("templates");
  auto tmpl = CompileTemplate(fs, r.job.template_path.path, r.compile, diags);

  // Style: command line, then job, then the template's own, then built-in.
  NamedPath style = r.job.style_path;
  if (style.path.empty() && tmpl && !tmpl->style_href.empty()) {
    style = NamedPath{"", tmpl->style_href, tmpl->style_loc};
  }
  if (!style.path.empty()) {
    auto s = LoadStyle(fs, style.path, style.loc, diags);
    r.inputs.push_back(style.path);
    if (s) r.style = std::move(*s);
  } else {
    r.style = model::DefaultStyle();
  }

  // Typed data, now that the RAG vocabulary (the job's, else the style's,
  // else the default) is known.
  if (r.job.rag) {
    r.typing.rag = *r.job.rag;
  } else if (!r.style.rag.empty()) {
    r.typing.rag = RagVocabulary(r.style.rag);
  }
  for (auto& src : r.data) {
    if (src && !TypeDataSource(r, src.get(), diags)) {
      src = nullptr;
      data_ok = false;
    }
  }
  bool failed = !tmpl || !data_ok || diags->error_count() > before;
  if (failed && !(req.check_all && tmpl && data_ok)) return std::nullopt;
  if (compiled) *compiled = std::move(tmpl);
  return r;
}

bool TypeDataSource(const ReportPlan& plan, DataSource* src,
                    Diagnostics* diags) {
  TypingOptions opts = plan.typing;
  opts.detect = std::find(plan.job.no_detect.begin(), plan.job.no_detect.end(),
                          src->name) == plan.job.no_detect.end();
  return ApplyFieldTypes(src, opts, diags);
}

std::optional<model::Document> BuildDocument(
    CompiledTemplate& tmpl, const ReportPlan& plan,
    const std::vector<std::shared_ptr<DataSource>>& data,
    pugi::xml_node context,
    const std::vector<std::pair<std::string, std::string>>& params,
    Diagnostics* diags) {
  int before = diags->error_count();
  MergeInput in;
  in.mode = plan.mode;
  in.data = data;
  in.context = context;
  in.rag = &plan.typing.rag;
  for (const NamedPath& p : plan.job.params) in.params.push_back({p.name, p.path});
  for (const auto& [name, value] : params) {
    bool replaced = false;
    for (auto& existing : in.params) {
      if (existing.first == name) existing.second = value, replaced = true;
    }
    if (!replaced) in.params.push_back({name, value});
  }
  model::Document doc = Merge(tmpl, in, plan.style, diags);
  if (diags->error_count() > before) return std::nullopt;
  NumberDocument(&doc, plan.style, diags);
  if (diags->error_count() > before) return std::nullopt;
  if (doc.meta.language.empty()) doc.meta.language = plan.style.language;
  if (!SettlePageRefs(&doc, plan.style, diags)) return std::nullopt;
  return doc;
}

std::optional<PreparedReport> PrepareReport(const FileSystem& fs,
                                            const ReportRequest& req,
                                            Diagnostics* diags) {
  std::unique_ptr<CompiledTemplate> tmpl;
  int before = diags->error_count();
  auto plan = PlanReport(fs, req, {}, diags, &tmpl);
  if (!plan) return std::nullopt;
  auto doc = BuildDocument(*tmpl, *plan, plan->data, pugi::xml_node(), {}, diags);
  if (!doc || diags->error_count() > before) return std::nullopt;
  PreparedReport r;
  r.job = plan->job;
  r.style = std::move(plan->style);
  r.mode = plan->mode;
  r.inputs = std::move(plan->inputs);
  r.doc = std::move(*doc);
  return r;
}

std::optional<std::vector<Format>> ParseFormats(const std::string& list,
                                                std::string* error) {
  std::vector<Format> out;
  size_t start = 0;
  const std::vector<std::string_view> names = {"text", "pdf", "docx", "flat", "html"};
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string name = list.substr(start, comma - start);
    for (char& c : name) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    start = comma + 1;
    if (name.empty()) continue;
    Format f;
    if (name == "text" || name == "txt") f = Format::kText;
    else if (name == "pdf") f = Format::kPdf;
    else if (name == "docx") f = Format::kDocx;
    else if (name == "flat") f = Format::kFlat;
    else if (name == "html") f = Format::kHtml;
    else {
      *error = "unknown format '" + name + "'";
      std::string s = Suggest(name, names);
      *error += s.empty() ? " (text, pdf, docx, flat or html)"
                          : "; did you mean '" + s + "'?";
      return std::nullopt;
    }
    bool dup = false;
    for (Format g : out) dup = dup || g == f;
    if (!dup) out.push_back(f);
  }
  if (out.empty()) {
    *error = "no output format given (text, pdf, docx, flat or html)";
    return std::nullopt;
  }
  return out;
}

const char* FormatExtension(Format f) {
  switch (f) {
    case Format::kText: return ".txt";
    case Format::kPdf: return ".pdf";
    case Format::kDocx: return ".docx";
    case Format::kFlat: return ".flat.xml";
    case Format::kHtml: return ".html";
  }
  return "";
}

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kPdf: return "pdf";
    case Format::kDocx: return "docx";
    case Format::kFlat: return "flat";
    case Format::kHtml: return "html";
  }
  return "";
}

Status RenderFormat(const PreparedReport& r, Format f,
                    const model::RenderOptions& opts, Diagnostics* diags,
                    std::string* out) {
  return RenderFormat(r.doc, r.style, f, opts, diags, out);
}

Status RenderFormat(const model::Document& doc, const model::Style& base,
                    Format f, const model::RenderOptions& opts,
                    Diagnostics* diags, std::string* out) {
  model::Style drafted;
  if (doc.draft && f != Format::kText) drafted = WithDraftMark(base);
  const model::Style& style = doc.draft && f != Format::kText ? drafted : base;
  switch (f) {
    case Format::kText:
      *out = render::RenderText(doc, style);
      return Status::Ok();
    case Format::kPdf:
      return render::RenderPdf(doc, style, opts, diags, out);
    case Format::kDocx:
      return render::RenderDocx(doc, style, opts, diags, out);
    case Format::kFlat:
      return render::RenderFlatOpc(doc, style, opts, diags, out);
    case Format::kHtml:
      return render::RenderHtml(doc, style, opts, diags, out);
  }
  return Status::Error("unknown format");
}

}  // namespace clerk
