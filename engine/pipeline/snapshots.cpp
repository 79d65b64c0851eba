// Loading the earlier snapshots of a <compare> and checking their keys.
#include <algorithm>
#include <filesystem>
#include <map>

#include "base/utf8.h"
#include "load/typed_data.h"
#include "pipeline/comparison.h"
#include "pipeline/comparison_rows.h"
#include "pipeline/report.h"

namespace clerk {

namespace {

std::vector<std::string> Or(const std::string& given,
                            std::vector<std::string> defaults) {
  if (!given.empty()) return {given};
  return defaults;
}

bool IsCsvRow(const DataSource& src, pugi::xml_node row) {
  return row.attribute("line") && std::string_view(src.root().name()) == "rows";
}

// Where a row's field (element or attribute) `name` is, or the row's.
SourceLoc FieldLoc(const DataSource& src, pugi::xml_node row,
                   const std::vector<std::string>& names) {
  bool csv = IsCsvRow(src, row);
  for (const std::string& n : names) {
    size_t col = 0;
    for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling(), ++col) {
      if (c.type() == pugi::node_element && n == c.name()) {
        return csv ? CsvFieldLoc(*src.file, row.attribute("line").as_int(), col)
                   : src.file->LocOf(c);
      }
    }
    if (pugi::xml_attribute a = row.attribute(n.c_str()); a && !csv) {
      return src.file->LocOf(row, a);
    }
  }
  if (csv) return SourceLoc{src.file->path, row.attribute("line").as_int(), 1};
  return src.file->LocOf(row);
}

int LineOf(const DataSource& src, pugi::xml_node row) {
  return IsCsvRow(src, row) ? row.attribute("line").as_int()
                            : src.file->LocOf(row).line;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// history/2023-09-30 Q2 2023-24.csv -> as-of 2023-09-30, label "Q2 2023-24".
bool FromFileName(const std::string& path, std::string* as_of,
                  std::string* label) {
  std::string stem = std::filesystem::path(path).stem().string();
  if (stem.size() < 10 || !ReadIsoDate(stem.substr(0, 10))) return false;
  *as_of = stem.substr(0, 10);
  std::string rest = stem.substr(10);
  size_t i = rest.find_first_not_of(" -_");
  *label = i == std::string::npos ? *as_of : rest.substr(i);
  return true;
}

}  // namespace

FieldNames NamesOf(const CompareSpec& spec) {
  FieldNames f;
  f.key = Or(spec.key, {"ref"});
  f.rag = Or(spec.rag, {"rag-status", "rag"});
  f.due = Or(spec.due, {"due-date", "due"});
  f.title = Or(spec.title, {"action", "text"});
  f.commentary = Or(spec.commentary, {"progress", "commentary"});
  return f;
}

std::vector<pugi::xml_node> ActionRows(const CompareSpec& spec,
                                       const DataSource& src) {
  std::vector<pugi::xml_node> level{src.root()};
  std::string path = spec.rows.empty() ? "row" : spec.rows;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string step = path.substr(start, slash - start);
    start = slash + 1;
    if (step.empty()) continue;
    std::vector<pugi::xml_node> next;
    for (pugi::xml_node n : level) {
      for (pugi::xml_node c : n.children(step.c_str())) next.push_back(c);
    }
    level = std::move(next);
  }
  return level;
}

std::optional<std::string> FieldOf(pugi::xml_node row,
                                   const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    if (pugi::xml_node c = row.child(n.c_str())) {
      return std::string(Trim(CollapseSpace(c.text().get())));
    }
    if (pugi::xml_attribute a = row.attribute(n.c_str())) {
      return std::string(Trim(CollapseSpace(a.value())));
    }
  }
  return std::nullopt;
}

bool CheckKeys(const CompareSpec& spec, const DataSource& src,
               const std::vector<pugi::xml_node>& rows,
               std::vector<std::string>* keys, Diagnostics* diags) {
  FieldNames names = NamesOf(spec);
  std::string key_name = names.key.front();
  bool any = false;
  for (pugi::xml_node row : rows) any = any || FieldOf(row, names.key);
  if (!rows.empty() && !any) {
    std::vector<std::string> cols;
    for (pugi::xml_node c : rows.front().children()) cols.push_back(c.name());
    for (pugi::xml_attribute a : rows.front().attributes()) {
      if (std::string_view(a.name()) != "line") cols.push_back(a.name());
    }
    std::vector<std::string_view> cands(cols.begin(), cols.end());
    std::string sug = Suggest(key_name, cands);
    diags->Error(spec.key_loc,
                 "the actions of " + src.file->path + " have no '" + key_name +
                     "' to match snapshots by" +
                     (sug.empty() ? " (name the key with <compare key=\"…\">)"
                                  : "; did you mean '" + sug + "'?"));
    return false;
  }
  bool ok = true;
  std::map<std::string, pugi::xml_node> seen;
  for (pugi::xml_node row : rows) {
    std::string key = FieldOf(row, names.key).value_or("");
    keys->push_back(key);
    if (key.empty()) {
      diags->Error(FieldLoc(src, row, names.key),
                   "this action has no '" + key_name +
                       "' (the key clerk matches snapshots by)");
      ok = false;
      continue;
    }
    auto [it, fresh] = seen.try_emplace(key, row);
    if (!fresh) {
      diags->Error(FieldLoc(src, row, names.key),
                   "the key '" + key + "' appears twice in " +
                       BaseName(src.file->path) + " (also on line " +
                       std::to_string(LineOf(src, it->second)) +
                       "): each action needs its own '" + key_name + "'");
      ok = false;
    }
  }
  return ok;
}

std::shared_ptr<const ComparisonPlan> LoadComparison(
    const FileSystem& fs, const ReportPlan& plan, const CompareSpec& spec,
    const std::string& group_column, std::vector<std::string>* inputs,
    Diagnostics* diags) {
  int before = diags->error_count();
  auto cp = std::make_shared<ComparisonPlan>();
  cp->spec = spec;
  cp->group_column = group_column;
  // The files, oldest first: a folder's in name order (by its dates).
  std::vector<SnapshotRef> files;
  for (const SnapshotRef& ref : spec.snapshots) {
    if (!ref.folder) {
      files.push_back(ref);
      continue;
    }
    std::error_code ec;
    std::vector<std::string> names;
    std::filesystem::directory_iterator it(ref.path, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const auto& e = *it;
      std::error_code type_ec;
      std::string ext = e.path().extension().string();
      if (e.is_regular_file(type_ec) && (ext == ".csv" || ext == ".xml")) {
        names.push_back(e.path().filename().string());
      }
    }
    if (ec) {
      diags->Error(ref.loc, "cannot read the history folder " + ref.path +
                                ": " + ec.message());
      continue;
    }
    std::sort(names.begin(), names.end());
    if (names.empty()) {
      diags->Error(ref.loc, "the history folder " + ref.path +
                                " holds no .csv or .xml snapshot");
    }
    for (const std::string& n : names) {
      SnapshotRef f = ref;
      f.folder = false;
      f.path = JoinPath(ref.path, n);
      if (!FromFileName(n, &f.as_of, &f.label)) {
        diags->Error(ref.loc, "history file '" + n +
                                  "' does not start with its as-of date "
                                  "(name it like '2023-09-30 Q2.csv')");
        continue;
      }
      files.push_back(std::move(f));
    }
  }
  for (const SnapshotRef& f : files) {
    auto src = LoadDataSource(fs, spec.data, f.path, f.loc, diags);
    inputs->push_back(f.path);
    if (!src || !TypeDataSource(plan, src.get(), diags)) continue;
    Snapshot snap;
    snap.label = !f.label.empty()
                     ? f.label
                     : std::filesystem::path(f.path).stem().string();
    snap.as_of = f.as_of;
    std::vector<pugi::xml_node> rows = ActionRows(spec, *src);
    if (!group_column.empty() && !rows.empty() &&
        !FieldOf(rows.front(), {group_column})) {
      diags->Error(f.loc, "snapshot " + f.path + " has no '" + group_column +
                              "' column to group by");
      continue;
    }
    for (pugi::xml_node row : rows) {
      std::string g =
          group_column.empty() ? "" : FieldOf(row, {group_column}).value_or("");
      if (!group_column.empty() && g.empty()) continue;
      snap.groups[g].push_back(row);
    }
    for (const auto& [g, group_rows] : snap.groups) {
      std::vector<std::string> keys;
      CheckKeys(spec, *src, group_rows, &keys, diags);
    }
    snap.src = std::move(src);
    cp->snapshots.push_back(std::move(snap));
  }
  if (diags->error_count() > before) return nullptr;
  return cp;
}

}  // namespace clerk
