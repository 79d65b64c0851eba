#include "pipeline/batch.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

#include "base/utf8.h"
#include "pipeline/batch_checks.h"

namespace clerk {

namespace sfs = std::filesystem;

const char* OutcomeName(RecordOutcome::Kind k) {
  switch (k) {
    case RecordOutcome::kOk: return "ok";
    case RecordOutcome::kFailed: return "failed";
    case RecordOutcome::kSkipped: return "skipped";
    case RecordOutcome::kInterrupted: return "interrupted";
  }
  return "";
}

BatchWorker::BatchWorker(const FileSystem& fs, const ReportPlan& plan,
                         const BatchSpec& spec, FileSystem* out_fs)
    : fs_(fs), plan_(plan), spec_(spec), out_fs_(out_fs) {
  for (size_t i = 0; i < plan.job.data.size(); ++i) {
    if (plan.job.data[i].name == spec.record_source) record_index_ = i;
  }
}

bool BatchWorker::Init(Diagnostics* diags) {
  tmpl_ = CompileTemplate(fs_, plan_.job.template_path.path, plan_.compile,
                          diags);
  return tmpl_ != nullptr;
}

std::vector<std::string> OutputPaths(const BatchSpec& spec,
                                     const BatchRecord& rec) {
  std::vector<std::string> out;
  for (Format f : spec.formats) {
    out.push_back(JoinPath(spec.out_dir, rec.stem + FormatExtension(f)));
  }
  return out;
}

namespace {

std::string FirstProblem(const Diagnostics& diags) {
  for (const Diagnostic& d : diags.all()) {
    if (d.severity != Severity::kError) continue;
    std::string msg = FormatShort(d);
    size_t nl = msg.find('\n');
    if (nl != std::string::npos) msg.resize(nl);
    if (diags.error_count() > 1) {
      msg += " (and " + std::to_string(diags.error_count() - 1) + " more)";
    }
    return msg;
  }
  return "failed";
}

}  // namespace

RecordOutcome BatchWorker::Render(const BatchRecord& rec,
                                  const std::atomic<bool>& stop) {
  auto start = std::chrono::steady_clock::now();
  RecordOutcome out;
  out.outputs = OutputPaths(spec_, rec);
  auto finish = [&](RecordOutcome::Kind k) {
    out.kind = k;
    if (k != RecordOutcome::kOk) out.outputs.clear();  // nothing written
    out.ms = std::chrono::duration<double, std::milli>(
                 std::chrono::steady_clock::now() - start)
                 .count();
    return out;
  };
  if (stop) return finish(RecordOutcome::kInterrupted);
  out.warnings = rec.warnings;
  if (!rec.failure.empty()) {
    out.message = rec.failure;
    return finish(RecordOutcome::kFailed);
  }
  Diagnostics diags;
  std::vector<std::shared_ptr<DataSource>> data = plan_.data;
  if (rec.data) data[record_index_] = rec.data;
  if (!rec.data_path.empty()) {
    auto src = LoadDataSource(fs_, spec_.record_source, rec.data_path,
                              SourceLoc{}, &diags);
    if (src && !TypeDataSource(plan_, src.get(), &diags)) src = nullptr;
    if (!src) {
      out.message = FirstProblem(diags);
      return finish(RecordOutcome::kFailed);
    }
    data[record_index_] = std::move(src);
  }
  for (const NamedPath& extra : rec.extra_data) {
    for (size_t i = 0; i < plan_.job.data.size(); ++i) {
      if (plan_.job.data[i].name != extra.name) continue;
      auto src = LoadDataSource(fs_, extra.name, extra.path, extra.loc, &diags);
      if (src && !TypeDataSource(plan_, src.get(), &diags)) src = nullptr;
      if (!src) {
        out.message = FirstProblem(diags);
        return finish(RecordOutcome::kFailed);
      }
      data[i] = std::move(src);
    }
  }
  for (size_t i = 0; i < data.size(); ++i) {
    if (!data[i] && !rec.context) {
      out.message = "no data for '" + plan_.job.data[i].name + "'";
      return finish(RecordOutcome::kFailed);
    }
  }
  auto doc = BuildDocument(*tmpl_, plan_, data, rec.context, rec.params, &diags);
  out.warnings += static_cast<int>(diags.all().size()) - diags.error_count();
  if (doc) out.placeholders = CountPlaceholders(*doc);
  if (!doc) {
    out.message = FirstProblem(diags);
    return finish(RecordOutcome::kFailed);
  }
  std::vector<std::string> bytes(spec_.formats.size());
  for (size_t i = 0; i < spec_.formats.size(); ++i) {
    Status s = RenderFormat(*doc, plan_.style, spec_.formats[i], spec_.render,
                            &diags, &bytes[i]);
    if (!s.ok()) {
      out.message = std::string(FormatName(spec_.formats[i])) + ": " + s.message();
      return finish(RecordOutcome::kFailed);
    }
  }
  if (diags.has_errors()) {
    out.message = FirstProblem(diags);
    return finish(RecordOutcome::kFailed);
  }
  if (stop) return finish(RecordOutcome::kInterrupted);
  std::vector<std::pair<std::string, std::string_view>> writes;
  for (size_t i = 0; i < bytes.size(); ++i) writes.push_back({out.outputs[i], bytes[i]});
  Status s = out_fs_->WriteAllAtomic(writes, false);
  if (!s.ok()) {
    out.message = s.message();
    return finish(RecordOutcome::kFailed);
  }
  return finish(RecordOutcome::kOk);
}

std::vector<BatchRecord> RecordsFromDirectory(const std::string& dir,
                                              std::string* error) {
  std::vector<BatchRecord> out;
  std::error_code ec;
  sfs::directory_iterator it(dir, ec);
  if (ec) {
    *error = "cannot read directory " + dir + ": " + ec.message();
    return out;
  }
  std::vector<std::string> files;
  for (const auto& e : it) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".xml" || ext == ".csv")) {
      files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    BatchRecord r;
    r.label = f;
    r.data_path = f;
    r.stem = sfs::path(f).stem().string();
    r.inputs = {f};
    out.push_back(std::move(r));
  }
  if (out.empty()) *error = "no .xml or .csv files in " + dir;
  return out;
}

std::vector<BatchRecord> RecordsFromManifest(
    const FileSystem& fs, const std::string& path,
    const std::vector<std::string>& data_names, Diagnostics* diags) {
  std::vector<BatchRecord> out;
  auto src = LoadDataSource(fs, "manifest", path, SourceLoc{}, diags);
  if (!src) return out;
  std::string dir = DirName(path);
  for (pugi::xml_node row : src->root().children("row")) {
    BatchRecord r;
    r.label = path + ":" + row.attribute("line").value();
    r.inputs = {path};
    for (pugi::xml_node col : row.children()) {
      std::string name = col.name();
      std::string value(Trim(col.text().get()));
      if (name == "name") {
        r.stem = value;
        continue;
      }
      bool is_data = std::find(data_names.begin(), data_names.end(), name) !=
                     data_names.end();
      if (is_data) {
        std::string p = NormalPath(JoinPath(dir, value));
        SourceLoc loc{path, std::atoi(row.attribute("line").value()), 0};
        // Confined like a job's data: the manifest names files beside it.
        if (!ResolvesInside(fs, p, dir.empty() ? "." : dir)) {
          diags->Error(SourceLoc{path, loc.line, 1}, "data file '" + value +
                                "' is outside the manifest's directory " +
                                (dir.empty() ? "." : dir) +
                                " (put the data beside the manifest)");
          continue;
        }
        if (r.data_path.empty() && name == data_names.front()) {
          r.data_path = p;
        } else {
          r.extra_data.push_back(NamedPath{name, p, loc});
        }
        r.inputs.push_back(p);
      } else {
        r.params.push_back({name, value});
      }
    }
    out.push_back(std::move(r));
  }
  if (out.empty() && !diags->has_errors()) {
    diags->Error(SourceLoc{path, 1, 1}, "the manifest has no rows");
  }
  return out;
}

std::vector<BatchRecord> RecordsFromSelect(const DataSource& source,
                                           const std::string& xpath,
                                           std::string* error) {
  std::vector<BatchRecord> out;
  pugi::xpath_node_set ns;
  try {
    pugi::xpath_query q(xpath.c_str());
    if (q.return_type() != pugi::xpath_type_node_set) {
      *error = "--select must select nodes; '" + xpath + "' does not";
      return out;
    }
    ns = q.evaluate_node_set(source.root());
  } catch (const pugi::xpath_exception& e) {
    *error = "invalid XPath '" + xpath + "': " + e.result().description();
    return out;
  }
  ns.sort();
  int n = 0;
  for (const pugi::xpath_node& x : ns) {
    if (!x.node()) continue;
    BatchRecord r;
    ++n;
    r.context = x.node();
    r.label = source.file->LocOf(x.node()).ToString();
    r.stem = std::to_string(n);
    r.inputs = {source.file->path};
    out.push_back(std::move(r));
  }
  if (out.empty()) *error = "--select '" + xpath + "' selects no record";
  return out;
}

namespace {

std::string SafeName(const std::string& s) {
  std::string out;
  for (char c : std::string(Trim(CollapseSpace(s)))) {
    bool bad = c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' ||
               c == '"' || c == '<' || c == '>' || c == '|' ||
               static_cast<unsigned char>(c) < 0x20;
    out.push_back(bad ? '-' : c == ' ' ? '-' : c);
  }
  while (!out.empty() && out[0] == '.') out.erase(0, 1);
  return out;
}

}  // namespace

void NameRecords(const FileSystem& fs, const std::string& pattern,
                 const std::string& record_source,
                 std::vector<BatchRecord>* records,
                 std::vector<std::string>* errors) {
  if (pattern.empty()) return;
  // Split the pattern once: literal text and {…} placeholders.
  struct Part {
    std::string text;
    bool expr = false;
    std::unique_ptr<pugi::xpath_query> query;
  };
  std::vector<Part> parts;
  bool needs_data = false;
  // The records' params are variables: {$area}.
  pugi::xpath_variable_set vars;
  for (const BatchRecord& r : *records) {
    for (const auto& [name, value] : r.params) vars.set(name.c_str(), "");
  }
  for (size_t i = 0; i < pattern.size();) {
    size_t open = pattern.find('{', i);
    if (open == std::string::npos) {
      parts.push_back({pattern.substr(i), false, nullptr});
      break;
    }
    if (open > i) parts.push_back({pattern.substr(i, open - i), false, nullptr});
    size_t close = pattern.find('}', open);
    if (close == std::string::npos) {
      errors->push_back("--name-pattern: unclosed '{' in '" + pattern + "'");
      return;
    }
    Part p{pattern.substr(open + 1, close - open - 1), true, nullptr};
    if (p.text != "file" && p.text != "n") {
      try {
        p.query = std::make_unique<pugi::xpath_query>(p.text.c_str(), &vars);
      } catch (const pugi::xpath_exception& e) {
        errors->push_back("--name-pattern: invalid XPath '" + p.text +
                          "': " + e.result().description());
        return;
      }
      needs_data = true;
    }
    parts.push_back(std::move(p));
    i = close + 1;
  }
  int width = static_cast<int>(std::to_string(records->size()).size());
  for (size_t idx = 0; idx < records->size(); ++idx) {
    BatchRecord& r = (*records)[idx];
    std::shared_ptr<DataSource> src;
    pugi::xml_node ctx = r.context;
    if (r.data) ctx = r.data->root().child("row");
    for (const auto& [pname, value] : r.params) vars.set(pname.c_str(), value.c_str());
    if (needs_data && !ctx) {
      Diagnostics d;
      src = LoadDataSource(fs, record_source, r.data_path, SourceLoc{}, &d);
      if (!src) {
        errors->push_back(r.label + ": " + FirstProblem(d));
        continue;
      }
      ctx = src->root();
    }
    std::string name;
    for (const Part& p : parts) {
      if (!p.expr) {
        name += p.text;
      } else if (p.text == "file") {
        name += sfs::path(r.data_path.empty() ? r.label : r.data_path).stem().string();
      } else if (p.text == "n") {
        std::string n = std::to_string(idx + 1);
        name += std::string(static_cast<size_t>(width) - std::min(n.size(), static_cast<size_t>(width)), '0') + n;
      } else {
        name += SafeName(p.query->evaluate_string(ctx));
      }
    }
    r.stem = SafeName(name);
    if (r.stem.empty()) {
      errors->push_back(r.label + ": --name-pattern '" + pattern +
                        "' gives an empty file name");
    }
  }
}

std::vector<std::string> FindCollisions(const BatchSpec& spec,
                                        const std::vector<BatchRecord>& records) {
  std::vector<std::string> out;
  std::map<std::string, const BatchRecord*> seen;
  for (const BatchRecord& r : records) {
    for (const std::string& p : OutputPaths(spec, r)) {
      auto [it, inserted] = seen.emplace(NormalPath(p), &r);
      if (!inserted) {
        out.push_back("output name collision: " + r.label + " and " +
                      it->second->label + " would both write " + p);
      }
    }
  }
  return out;
}

std::vector<BatchRecord> Shard(std::vector<BatchRecord> records, int k, int n) {
  std::vector<BatchRecord> out;
  for (size_t i = 0; i < records.size(); ++i) {
    if (static_cast<int>(i % static_cast<size_t>(n)) == k - 1) {
      out.push_back(std::move(records[i]));
    }
  }
  return out;
}

bool OutputsUpToDate(const BatchSpec& spec, const BatchRecord& rec,
                     const std::vector<std::string>& shared_inputs) {
  std::error_code ec;
  sfs::file_time_type newest_input = sfs::file_time_type::min();
  auto consider = [&](const std::string& p) {
    auto t = sfs::last_write_time(p, ec);
    if (!ec && t > newest_input) newest_input = t;
  };
  for (const std::string& p : shared_inputs) consider(p);
  for (const std::string& p : rec.inputs) consider(p);
  for (const std::string& out : OutputPaths(spec, rec)) {
    auto t = sfs::last_write_time(out, ec);
    if (ec || t < newest_input) return false;
  }
  return true;
}

}  // namespace clerk
