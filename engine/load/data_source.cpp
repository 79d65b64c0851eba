#include "load/data_source.h"

#include <cstdio>
#include <functional>
#include <set>

#include "base/limits.h"
#include "base/utf8.h"

namespace clerk {

std::string CsvColumnName(const std::string& header) {
  std::string h(Trim(header));
  std::string out;
  bool dash = false;
  for (unsigned char c : h) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_' || c == '.' || c >= 0x80;
    if (ok) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      dash = false;
    } else if (!dash && !out.empty()) {
      out.push_back('-');
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty() || (out[0] >= '0' && out[0] <= '9') || out[0] == '.') {
    out = "_" + out;
  }
  return out;
}

namespace {

struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;
};

// Splits CSV text into records, handing each to `emit` as it is read (the
// records are never all held at once: issue 9, a 64 MiB CSV took 12 GB).
// Returns false (with an error) on an unterminated quoted field or a stray
// quote, or when `emit` returns false.
bool SplitCsv(const std::string& path, std::string_view t,
              const std::function<bool(CsvRecord&)>& emit,
              Diagnostics* diags) {
  size_t i = 0;
  int line = 1;
  if (t.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < t.size()) {
    CsvRecord rec;
    rec.line = line;
    std::string field;
    bool done = false;
    while (!done) {
      if (i < t.size() && t[i] == '"') {
        int qline = line;
        size_t qcol_off = i;
        ++i;
        for (;;) {
          if (i >= t.size()) {
            size_t ls = t.rfind('\n', qcol_off);
            ls = ls == std::string_view::npos ? 0 : ls + 1;
            diags->Error(SourceLoc{path, qline,
                                   1 + static_cast<int>(Utf8Length(
                                           t.substr(ls, qcol_off - ls)))},
                         "malformed CSV: quoted field is never closed");
            return false;
          }
          char c = t[i];
          if (c == '"') {
            if (i + 1 < t.size() && t[i + 1] == '"') {
              field.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\n') ++line;
          if (c != '\r') field.push_back(c);
          ++i;
        }
        if (i < t.size() && t[i] != ',' && t[i] != '\n' && t[i] != '\r') {
          size_t ls = t.rfind('\n', i);
          ls = ls == std::string_view::npos ? 0 : ls + 1;
          diags->Error(
              SourceLoc{path, line,
                        1 + static_cast<int>(Utf8Length(t.substr(ls, i - ls)))},
              "malformed CSV: text after a closing quote (write \"\" for a "
              "quote inside a quoted field)");
          return false;
        }
      } else {
        while (i < t.size() && t[i] != ',' && t[i] != '\n' && t[i] != '\r') {
          field.push_back(t[i]);
          ++i;
        }
      }
      rec.fields.push_back(std::move(field));
      field.clear();
      if (i < t.size() && t[i] == ',') {
        ++i;
        continue;
      }
      if (i < t.size() && t[i] == '\r') ++i;
      if (i < t.size() && t[i] == '\n') {
        ++i;
        ++line;
      }
      done = true;
    }
    bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
    if (!blank && !emit(rec)) return false;
  }
  return true;
}

}  // namespace

bool ParseCsv(const std::string& path, const std::string& text,
              pugi::xml_document* out, Diagnostics* diags) {
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad)) {
    LineIndex li(text);
    diags->Error(li.Loc(path, bad), "invalid UTF-8 in data (save the CSV as UTF-8)");
    return false;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      LineIndex li(text);
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", c);
      diags->Error(li.Loc(path, i), std::string("malformed CSV: control "
                                                "character U+") +
                                        hex + " in data");
      return false;
    }
  }
  std::vector<std::string> names;
  pugi::xml_node rows = out->append_child("rows");
  bool ok = true;
  long built = 0;  // elements: one per row and one per field
  auto emit = [&](CsvRecord& rec) {
    if (names.empty()) {  // the header
      std::set<std::string> seen;
      for (const std::string& h : rec.fields) {
        std::string n = CsvColumnName(h);
        if (!seen.insert(n).second) {
          diags->Error(SourceLoc{path, rec.line, 1},
                       "malformed CSV: two columns are both named '" + n + "'");
          return false;
        }
        names.push_back(n);
      }
      return true;
    }
    if (rec.fields.size() != names.size()) {
      diags->Error(SourceLoc{path, rec.line, 1},
                   "malformed CSV: row has " +
                       std::to_string(rec.fields.size()) +
                       " fields but the header has " +
                       std::to_string(names.size()));
      ok = false;
      return true;
    }
    built += 1 + static_cast<long>(names.size());
    if (built > limits::kMaxCsvElements) {
      diags->Error(SourceLoc{path, rec.line, 1},
                   "the CSV has more than " +
                       GroupThousands(limits::kMaxCsvElements) +
                       " rows and fields together (the limit)");
      return false;
    }
    pugi::xml_node row = rows.append_child("row");
    row.append_attribute("line").set_value(rec.line);
    for (size_t c = 0; c < names.size(); ++c) {
      row.append_child(names[c].c_str())
          .append_child(pugi::node_pcdata)
          .set_value(rec.fields[c].c_str());
    }
    return true;
  };
  if (!SplitCsv(path, text, emit, diags)) return false;
  if (names.empty()) {
    diags->Error(SourceLoc{path, 1, 1},
                 "malformed CSV: the file is empty (the first row must name "
                 "the columns)");
    return false;
  }
  return ok;
}

std::shared_ptr<DataSource> LoadDataSource(const FileSystem& fs,
                                           const std::string& name,
                                           const std::string& path,
                                           const SourceLoc& from,
                                           Diagnostics* diags) {
  bool csv = path.size() >= 4 && (path.substr(path.size() - 4) == ".csv" ||
                                  path.substr(path.size() - 4) == ".CSV");
  auto src = std::make_shared<DataSource>();
  src->name = name;
  if (!csv) {
    src->file = LoadXmlFile(fs, path, "data", from, diags);
    if (!src->file) return nullptr;
    return src;
  }
  Result<std::string> text = fs.Read(path);
  if (!text.ok()) {
    diags->Error(from, text.status().message());
    return nullptr;
  }
  auto file = std::make_shared<SourceFile>();
  file->path = path;
  if (!ParseCsv(path, *text, &file->doc, diags)) return nullptr;
  // The text stays (its size again, not a multiple): a typed value that
  // does not fit is located at its field's column (load/typed_data.cpp).
  file->text = std::move(*text);
  file->lines = std::make_unique<LineIndex>(file->text);
  src->file = std::move(file);
  return src;
}

}  // namespace clerk
