#include "pipeline/group_by.h"

#include <algorithm>
#include <map>

#include "base/utf8.h"

namespace clerk {

namespace {

bool IsCsvPath(const std::string& p) {
  return p.size() >= 4 && (p.compare(p.size() - 4, 4, ".csv") == 0 ||
                           p.compare(p.size() - 4, 4, ".CSV") == 0);
}

std::string Stem(const std::string& value) {
  std::string out;
  for (char c : std::string(Trim(CollapseSpace(value)))) {
    bool bad = c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' ||
               c == '"' || c == '<' || c == '>' || c == '|' || c == ' ' ||
               static_cast<unsigned char>(c) < 0x20;
    out.push_back(bad ? '-' : c);
  }
  while (!out.empty() && out[0] == '.') out.erase(0, 1);
  return out;
}

}  // namespace

std::shared_ptr<DataSource> LoadGroupSource(const FileSystem& fs,
                                            const std::vector<NamedPath>& data,
                                            const std::string& source,
                                            const std::string& column,
                                            Diagnostics* diags,
                                            std::string* error) {
  const NamedPath* named = nullptr;
  for (const NamedPath& d : data) {
    if (d.name == source && !d.path.empty()) named = &d;
  }
  if (!named) {
    *error = "--group-by needs the data source '" + source +
             "' (name it in the job or with --data " + source + "=FILE.csv)";
    return nullptr;
  }
  if (!IsCsvPath(named->path)) {
    *error = "--group-by splits a CSV file, and '" + source + "' is " +
             named->path;
    return nullptr;
  }
  auto src = LoadDataSource(fs, source, named->path, named->loc, diags);
  if (!src) return nullptr;
  std::string col = CsvColumnName(column);
  pugi::xml_node first = src->root().child("row");
  if (!first) {
    *error = src->file->path + " has no rows to group";
    return nullptr;
  }
  if (!first.child(col.c_str())) {
    std::vector<std::string> names;
    for (pugi::xml_node c : first.children()) names.push_back(c.name());
    std::vector<std::string_view> cands(names.begin(), names.end());
    std::string sug = Suggest(col, cands);
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    *error = "no column '" + column + "' in " + src->file->path +
             (sug.empty() ? " (its columns: " + list + ")"
                          : "; did you mean '" + sug + "'?");
    return nullptr;
  }
  return src;
}

Groups TypeAndGroup(const ReportPlan& plan,
                    const std::shared_ptr<DataSource>& src,
                    const std::string& column) {
  Diagnostics typing;
  TypeDataSource(plan, src.get(), &typing);
  return GroupRows(src, column, typing);
}

std::vector<NamedPath> RequestedData(const FileSystem& fs,
                                     const ReportRequest& req,
                                     Diagnostics* diags) {
  std::vector<NamedPath> data;
  Result<std::string> text = fs.Read(req.input);
  if (text.ok() && LooksLikeJob(*text)) {
    auto job = LoadJob(fs, req.input, diags);
    if (job) data = job->data;
  }
  for (const NamedPath& o : req.data) {
    bool replaced = false;
    for (NamedPath& d : data) {
      if (d.name == o.name) d = o, replaced = true;
    }
    if (!replaced) data.push_back(o);
  }
  return data;
}

std::string GroupSource(const std::vector<NamedPath>& data,
                        const std::string& record_data) {
  if (!record_data.empty()) return record_data;
  for (const NamedPath& d : data) {
    if (IsCsvPath(d.path)) return d.name;
  }
  return "";
}

Groups GroupRows(const std::shared_ptr<DataSource>& src,
                 const std::string& column, const Diagnostics& typing) {
  Groups out;
  std::string col = CsvColumnName(column);
  pugi::xml_node rows = src->root();
  // Rows by line, to find the record a typing problem belongs to.
  std::vector<std::pair<int, size_t>> row_group;  // (line, record index)
  std::map<std::string, size_t> index;
  for (pugi::xml_node row : rows.children("row")) {
    std::string value(Trim(row.child(col.c_str()).text().get()));
    int line = row.attribute("line").as_int();
    if (value.empty()) {
      out.ungrouped_lines.push_back(line);
      continue;
    }
    auto [it, fresh] = index.try_emplace(value, out.records.size());
    if (fresh) {
      BatchRecord r;
      r.label = col + "=" + value;
      r.stem = Stem(value);
      r.params = {{col, value}};
      auto file = std::make_shared<SourceFile>();
      file->path = src->file->path;
      // Locations (and `clerk data`-style hints) read the whole file's
      // lines; the text stays with `src`, which outlives the batch.
      file->lines = std::make_unique<LineIndex>(src->file->text);
      file->doc.append_child("rows");
      auto data = std::make_shared<DataSource>();
      data->name = src->name;
      data->file = std::move(file);
      r.data = std::move(data);
      r.inputs = {src->file->path};
      out.records.push_back(std::move(r));
    }
    BatchRecord& r = out.records[it->second];
    pugi::xml_node copy = r.data->file->doc.document_element().append_copy(row);
    if (!src->invalid_values.empty()) {
      // Draft placeholders: the copies are new nodes; mark them again.
      pugi::xml_node c = copy.first_child();
      for (pugi::xml_node o = row.first_child(); o && c;
           o = o.next_sibling(), c = c.next_sibling()) {
        if (src->invalid_values.count(o.internal_object())) {
          r.data->invalid_values.insert(c.internal_object());
        }
      }
    }
    row_group.push_back({line, it->second});
  }
  // Typing problems to their records, by the row's line.
  std::vector<int> problems(out.records.size(), 0);
  for (const Diagnostic& d : typing.all()) {
    if (d.loc.file != src->file->path) continue;
    auto it = std::upper_bound(
        row_group.begin(), row_group.end(), d.loc.line,
        [](int line, const std::pair<int, size_t>& e) { return line < e.first; });
    if (it == row_group.begin()) continue;
    BatchRecord& r = out.records[std::prev(it)->second];
    if (d.severity == Severity::kWarning) {
      ++r.warnings;
    } else if (r.failure.empty()) {
      r.failure = FormatShort(d);
      ++problems[std::prev(it)->second];
    } else {
      ++problems[std::prev(it)->second];
    }
  }
  for (size_t i = 0; i < out.records.size(); ++i) {
    if (problems[i] > 1) {
      out.records[i].failure += " (and " + std::to_string(problems[i] - 1) +
                                " more problem" + (problems[i] > 2 ? "s" : "") +
                                " in its rows)";
    }
  }
  return out;
}

}  // namespace clerk
