#include "load/typed_data.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "base/utf8.h"

namespace clerk {

namespace {

bool IsCsv(const DataSource& src) {
  const std::string& p = src.file->path;
  return p.size() >= 4 && (p.compare(p.size() - 4, 4, ".csv") == 0 ||
                           p.compare(p.size() - 4, 4, ".CSV") == 0);
}

// One value in the tree: an element's text or an attribute.
struct Slot {
  pugi::xml_node el;
  pugi::xml_attribute attr;
  int csv_line = 0;   // CSV: the record's line
  size_t csv_col = 0;  // CSV: the column's index

  std::string Value() const {
    return attr ? std::string(attr.value()) : std::string(el.text().get());
  }
  void Set(const std::string& v) {
    if (attr) {
      attr.set_value(v.c_str());
    } else {
      el.text().set(v.c_str());
    }
  }
  const void* Id() const {
    return attr ? static_cast<const void*>(attr.internal_object())
                : static_cast<const void*>(el.internal_object());
  }
  SourceLoc Loc(const SourceFile& f) const {
    if (csv_line > 0) return CsvFieldLoc(f, csv_line, csv_col);
    if (attr) return f.LocOf(el, attr);
    for (pugi::xml_node c : el.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        return f.LocOf(c);
      }
    }
    return f.LocOf(el);
  }
};

// Whether an element holds only text (so its value can be replaced).
bool TextOnly(pugi::xml_node el) {
  for (pugi::xml_node c : el.children()) {
    if (c.type() == pugi::node_element) return false;
  }
  return true;
}

// The slots `path` addresses in an XML source.
std::vector<Slot> XmlSlots(const DataSource& src, const std::string& path,
                           std::string* error) {
  std::string xpath = path;
  bool bare = path.find_first_of("/[(") == std::string::npos;
  if (bare) xpath = "//" + path;
  std::vector<Slot> slots;
  try {
    pugi::xpath_query q(xpath.c_str());
    if (q.return_type() != pugi::xpath_type_node_set) {
      *error = "'" + path + "' is not a path to elements or attributes";
      return slots;
    }
    pugi::xpath_node_set ns = q.evaluate_node_set(bare ? src.file->doc.root()
                                                       : src.root());
    for (const pugi::xpath_node& n : ns) {
      Slot s;
      if (n.attribute()) {
        s.el = n.parent();
        s.attr = n.attribute();
      } else if (n.node().type() == pugi::node_element) {
        if (!TextOnly(n.node())) {
          *error = "'" + path + "' selects <" + n.node().name() +
                   "> elements that contain elements; a typed field holds "
                   "text only";
          return {};
        }
        s.el = n.node();
      } else {
        continue;
      }
      slots.push_back(s);
    }
  } catch (const pugi::xpath_exception& e) {
    *error = "'" + path + "' is not a valid path: " + e.result().description();
  }
  return slots;
}

std::vector<std::string> CsvColumns(const DataSource& src) {
  std::vector<std::string> cols;
  pugi::xml_node row = src.root().child("row");
  for (pugi::xml_node c : row.children()) {
    if (c.type() == pugi::node_element) cols.push_back(c.name());
  }
  return cols;
}

// Every CSV column's slots, in one walk over the rows (a row's fields are
// its children in column order).
std::vector<std::vector<Slot>> CsvSlots(const DataSource& src, size_t columns) {
  std::vector<std::vector<Slot>> slots(columns);
  for (pugi::xml_node row : src.root().children("row")) {
    int line = row.attribute("line").as_int();
    size_t c = 0;
    for (pugi::xml_node f = row.first_child(); f && c < columns;
         f = f.next_sibling()) {
      if (f.type() != pugi::node_element) continue;
      Slot s;
      s.el = f;
      s.csv_line = line;
      s.csv_col = c;
      slots[c++].push_back(s);
    }
  }
  return slots;
}

Detection Detect(const std::vector<Slot>& slots, const std::string& name,
                 const RagVocabulary& vocab) {
  std::vector<std::string> values;
  for (const Slot& s : slots) values.push_back(s.Value());
  return DetectType(values, name, vocab);
}

std::string FormatNames(const std::vector<DateFormat>& fs) {
  std::string out;
  for (DateFormat f : fs) {
    if (!out.empty()) out += ' ';
    out += DateFormatName(f);
  }
  return out;
}

// Types one field's slots. Returns false when a value was an error.
bool TypeSlots(DataSource* src, const std::vector<Slot>& slots,
               const std::string& name, FieldType type,
               const std::vector<DateFormat>& formats,
               const std::string& why_typed,
               const TypingOptions& opts, Diagnostics* diags) {
  bool ok = true;
  for (Slot s : slots) {
    std::string raw = s.Value();
    TypedValue t = ReadTyped(type, raw, opts.rag);
    if (t.ok && type == FieldType::kDate && !formats.empty() &&
        !Trim(raw).empty() &&
        std::find(formats.begin(), formats.end(), t.format) == formats.end()) {
      t.ok = false;
      t.why = std::string("'").append(Trim(raw)) + "' is written " +
              DateFormatName(t.format) +
              ", which is not among the formats declared for '" + name +
              "' (" + FormatNames(formats) + ")";
    }
    if (t.ok) {
      if (type != FieldType::kText && t.canonical != raw) s.Set(t.canonical);
      continue;
    }
    std::string msg = why_typed + ": " + t.why;
    if (opts.draft) {
      diags->Warning(s.Loc(*src->file),
                     msg + " (shown as a placeholder in draft mode)");
      s.Set(std::string("[").append(Trim(raw)).append("?]"));
      src->invalid_values.insert(s.Id());
    } else {
      diags->Error(s.Loc(*src->file), msg);
      ok = false;
    }
  }
  return ok;
}

std::string Article(FieldType t) {
  return t == FieldType::kInteger ? "an" : "a";
}

}  // namespace

Detection DetectType(const std::vector<std::string>& all,
                     const std::string& name, const RagVocabulary& vocab) {
  Detection d;
  std::map<DateFormat, int> formats;
  int dates = 0, rags = 0, ints = 0, money = 0, pounds = 0, pcts = 0,
      pct_signs = 0, decimals = 0;
  for (const std::string& raw : all) {
    std::string v(Trim(raw));
    if (v.empty()) {
      ++d.empty;
      continue;
    }
    ++d.values;
    TypedValue t = ReadTyped(FieldType::kDate, v, vocab);
    if (t.ok) {
      ++dates;
      ++formats[t.format];
    }
    if (ReadTyped(FieldType::kRag, v, vocab).ok) ++rags;
    if (ReadTyped(FieldType::kInteger, v, vocab).ok) ++ints;
    if (ReadTyped(FieldType::kDecimal, v, vocab).ok) ++decimals;
    if (ReadTyped(FieldType::kMoney, v, vocab).ok) {
      ++money;
      if (v.find("\xC2\xA3") != std::string::npos) ++pounds;
    }
    if (ReadTyped(FieldType::kPercent, v, vocab).ok) {
      ++pcts;
      if (v.back() == '%') ++pct_signs;
    }
  }
  auto most = [&](int n) { return n > 0 && 2 * n > d.values; };
  bool rag_name = name.find("rag") != std::string::npos ||
                  name.find("status") != std::string::npos;
  if (most(dates)) {
    d.type = FieldType::kDate;
    d.fitting = dates;
    int best = 0;
    for (const auto& [f, n] : formats) {
      if (n > best) best = n, d.format = f;
    }
  } else if (rag_name && most(rags)) {
    d.type = FieldType::kRag, d.fitting = rags;
  } else if (most(ints) && ints >= decimals) {
    d.type = FieldType::kInteger, d.fitting = ints;
  } else if (pounds > 0 && most(money)) {
    d.type = FieldType::kMoney, d.fitting = money;
  } else if (pct_signs > 0 && most(pcts)) {
    d.type = FieldType::kPercent, d.fitting = pcts;
  } else if (most(decimals)) {
    d.type = FieldType::kDecimal, d.fitting = decimals;
  } else {
    d.fitting = d.values;
  }
  return d;
}

SourceLoc CsvFieldLoc(const SourceFile& file, int line, size_t column) {
  // The index's text, not file.text: a --group-by record's file shares
  // the whole CSV's index and text (group_by.cpp) without a copy.
  std::string_view t = file.lines->text();
  std::string_view l = file.lines->Line(line);
  // Line() is a view into the text, or empty (no data) past its end.
  auto begin = reinterpret_cast<std::uintptr_t>(t.data());
  auto at = reinterpret_cast<std::uintptr_t>(l.data());
  if (l.data() == nullptr || at < begin || at > begin + t.size()) {
    return SourceLoc{file.path, line, 1};
  }
  size_t i = static_cast<size_t>(at - begin);
  for (size_t k = 0; k < column && i < t.size(); ++k) {
    if (t[i] == '"') {
      for (++i; i < t.size(); ++i) {
        if (t[i] == '"') {
          if (i + 1 < t.size() && t[i + 1] == '"') {
            ++i;
            continue;
          }
          ++i;
          break;
        }
      }
    }
    while (i < t.size() && t[i] != ',' && t[i] != '\n') ++i;
    if (i < t.size() && t[i] == ',') ++i;
  }
  return file.LocOfOffset(i);
}

namespace {

bool ApplyTypes(DataSource* src, const TypingOptions& opts, Diagnostics* diags,
                std::vector<FieldReport>* report);

}  // namespace

bool ApplyFieldTypes(DataSource* src, const TypingOptions& opts,
                     Diagnostics* diags, std::vector<FieldReport>* report) {
  // Problems in the data file come out in file order (a row's fields left
  // to right), whichever field found them.
  Diagnostics found;
  bool ok = ApplyTypes(src, opts, &found, report);
  std::vector<Diagnostic> all = found.all();
  std::stable_sort(all.begin(), all.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     bool ad = a.loc.file == src->file->path;
                     bool bd = b.loc.file == src->file->path;
                     if (ad != bd) return bd;  // declarations first
                     if (!ad) return false;
                     return std::pair(a.loc.line, a.loc.col) <
                            std::pair(b.loc.line, b.loc.col);
                   });
  for (Diagnostic& d : all) diags->Add(std::move(d));
  return ok;
}

namespace {

bool ApplyTypes(DataSource* src, const TypingOptions& opts, Diagnostics* diags,
                std::vector<FieldReport>* report) {
  bool ok = true;
  bool csv = IsCsv(*src);
  std::vector<std::string> columns = csv ? CsvColumns(*src) : std::vector<std::string>{};
  std::vector<bool> declared(columns.size(), false);
  std::vector<std::vector<Slot>> csv_slots =
      csv ? CsvSlots(*src, columns.size()) : std::vector<std::vector<Slot>>{};
  for (const FieldDecl& f : opts.fields) {
    if (f.source != src->name) continue;
    std::vector<Slot> slots;
    std::string name = f.path;
    if (csv) {
      name = CsvColumnName(f.path);
      auto it = std::find(columns.begin(), columns.end(), name);
      if (it == columns.end()) {
        if (columns.empty()) continue;  // no rows: nothing to type
        std::vector<std::string_view> cands(columns.begin(), columns.end());
        std::string sug = Suggest(name, cands);
        std::string list;
        for (const std::string& c : columns) list += (list.empty() ? "" : ", ") + c;
        diags->Error(f.loc, "no column '" + f.path + "' in " + src->file->path +
                                (sug.empty() ? " (its columns: " + list + ")"
                                             : "; did you mean '" + sug + "'?"));
        ok = false;
        continue;
      }
      size_t index = static_cast<size_t>(it - columns.begin());
      declared[index] = true;
      slots = csv_slots[index];
    } else {
      std::string error;
      slots = XmlSlots(*src, f.path, &error);
      if (!error.empty()) {
        diags->Error(f.loc, error);
        ok = false;
        continue;
      }
      if (slots.empty()) {
        diags->Error(f.loc, "'" + f.path + "' selects nothing in " +
                                src->file->path +
                                " (a name like 'due' types every <due>; "
                                "'@ref' every ref attribute)");
        ok = false;
        continue;
      }
    }
    Detection d = Detect(slots, name, opts.rag);
    std::string why = "'" + name + "' is " + Article(f.type) + " " +
                      FieldTypeName(f.type) + " field";
    ok = TypeSlots(src, slots, name, f.type, f.formats, why, opts, diags) && ok;
    if (report) {
      FieldReport r;
      r.path = name;
      r.type = f.type;
      r.declared = true;
      if (f.type == FieldType::kDate) {
        r.format = f.formats.empty() ? d.format : f.formats[0];
      }
      r.values = d.values;
      r.empty = d.empty;
      r.fitting = f.type == d.type ? d.fitting : 0;
      report->push_back(r);
    }
  }
  if (!csv) return ok;
  for (size_t c = 0; c < columns.size(); ++c) {
    if (declared[c]) continue;
    const std::vector<Slot>& slots = csv_slots[c];
    Detection d = Detect(slots, columns[c], opts.rag);
    bool applies = opts.detect &&
                   (d.type == FieldType::kDate || d.type == FieldType::kRag);
    if (applies) {
      std::string why = "'" + columns[c] + "' is a " +
                        FieldTypeName(d.type) + " column (" +
                        std::to_string(d.fitting) + " of its " +
                        std::to_string(d.values) + " values are " +
                        (d.type == FieldType::kDate ? "dates" : "RAG statuses") +
                        ")";
      ok = TypeSlots(src, slots, columns[c], d.type, {}, why, opts, diags) && ok;
    }
    if (report) {
      FieldReport r;
      r.path = columns[c];
      r.type = d.type;
      r.format = d.format;
      r.values = d.values;
      r.empty = d.empty;
      r.fitting = d.fitting;
      report->push_back(r);
    }
  }
  return ok;
}

}  // namespace

std::optional<std::vector<DateFormat>> ParseDateFormats(const std::string& s,
                                                        std::string* error) {
  std::vector<DateFormat> out;
  std::string word;
  auto flush = [&]() -> bool {
    if (word.empty()) return true;
    auto f = DateFormatByName(word);
    if (!f) {
      *error = "unknown date format '" + word + "' (" + DateFormatList() + ")";
      return false;
    }
    out.push_back(*f);
    word.clear();
    return true;
  };
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!flush()) return std::nullopt;
    } else {
      word.push_back(c);
    }
  }
  if (!flush()) return std::nullopt;
  return out;
}

std::optional<FieldDecl> ParseTypeOption(const std::string& text,
                                         std::string* error) {
  size_t colon = text.find(':');
  size_t eq = text.find('=', colon == std::string::npos ? 0 : colon);
  if (colon == std::string::npos || eq == std::string::npos || colon == 0 ||
      eq == colon + 1) {
    *error = "--type takes SOURCE:FIELD=TYPE (e.g. plan:due-date=date), not '" +
             text + "'";
    return std::nullopt;
  }
  FieldDecl d;
  d.source = text.substr(0, colon);
  d.path = text.substr(colon + 1, eq - colon - 1);
  std::string type = text.substr(eq + 1);
  std::string formats;
  size_t c2 = type.find(':');
  if (c2 != std::string::npos) {
    formats = type.substr(c2 + 1);
    type = type.substr(0, c2);
  }
  auto t = FieldTypeByName(type);
  if (!t) {
    std::vector<std::string_view> names = {"text", "date", "money", "integer",
                                           "decimal", "percent", "rag"};
    std::string sug = Suggest(type, names);
    *error = "unknown type '" + type + "' in --type " + text +
             (sug.empty() ? " (" + std::string(FieldTypeList()) + ")"
                          : "; did you mean '" + sug + "'?");
    return std::nullopt;
  }
  d.type = *t;
  if (!formats.empty()) {
    if (d.type != FieldType::kDate) {
      *error = "only date fields take formats, not '" + type + "' (--type " +
               text + ")";
      return std::nullopt;
    }
    auto f = ParseDateFormats(formats, error);
    if (!f) return std::nullopt;
    d.formats = *f;
  }
  return d;
}

}  // namespace clerk
