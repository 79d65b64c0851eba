#include "pipeline/comparison.h"

#include <cstdio>
#include <map>

#include "pipeline/comparison_rows.h"

namespace clerk {

namespace {

// One action's state in one snapshot.
struct State {
  pugi::xml_node row;
  std::string rag;     // canonical word, or as written when not one
  std::string colour;  // red, amber, green, complete, not-started, ""
  bool done = false;
  std::string due;     // ISO, or "" (none, or not a date)
  bool overdue = false;
  std::string title, commentary;
};

struct Reader {
  const FieldNames& names;
  const RagVocabulary& vocab;
  std::vector<std::string> done_words;

  State Read(pugi::xml_node row, const std::string& as_of) const {
    State s;
    s.row = row;
    std::string rag = FieldOf(row, names.rag).value_or("");
    s.rag = vocab.Canonical(rag).value_or(rag);
    s.colour = vocab.ColourOf(s.rag);
    for (const std::string& w : done_words) s.done = s.done || w == s.rag;
    std::string due = FieldOf(row, names.due).value_or("");
    DateFormat f;
    std::string why;
    if (auto d = ReadDate(due, &f, &why)) s.due = IsoDate(*d);
    s.overdue = !s.due.empty() && !as_of.empty() && s.due < as_of && !s.done;
    s.title = FieldOf(row, names.title).value_or("");
    s.commentary = FieldOf(row, names.commentary).value_or("");
    return s;
  }
};

int Rank(const std::string& colour) {
  if (colour == "red") return 1;
  if (colour == "amber") return 2;
  if (colour == "green") return 3;
  if (colour == "complete") return 4;
  return 0;  // not started, none: not ranked
}

void Add(pugi::xml_node parent, const char* name, const std::string& text) {
  parent.append_child(name).text().set(text.c_str());
}

void Flag(pugi::xml_node parent, const char* name, bool on) {
  if (on) parent.append_child(name).text().set("true");
}

void CopyRow(pugi::xml_node parent, const char* name, pugi::xml_node row) {
  pugi::xml_node out = parent.append_child(name);
  for (pugi::xml_attribute a : row.attributes()) out.append_copy(a);
  for (pugi::xml_node c : row.children()) out.append_copy(c);
}

// 16 of 47 -> "0.3404": enough for percent(x, 1), the same on every machine.
std::string Ratio(int part, int whole) {
  if (whole == 0) return "0";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", static_cast<double>(part) / whole);
  std::string s(buf);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

void AddQuarter(pugi::xml_node root, const Reader& reader,
                const std::string& label, const std::string& as_of,
                const std::vector<pugi::xml_node>& rows, bool current) {
  int red = 0, amber = 0, green = 0, complete = 0, not_started = 0, overdue = 0;
  for (pugi::xml_node row : rows) {
    State s = reader.Read(row, as_of);
    if (s.done) ++complete;
    else if (s.colour == "red") ++red;
    else if (s.colour == "amber") ++amber;
    else if (s.colour == "green") ++green;
    else if (s.colour == "not-started") ++not_started;
    if (s.overdue) ++overdue;
  }
  pugi::xml_node q = root.append_child("quarter");
  Add(q, "label", label);
  Add(q, "as-of", as_of);
  int total = static_cast<int>(rows.size());
  Add(q, "total", std::to_string(total));
  Add(q, "red", std::to_string(red));
  Add(q, "amber", std::to_string(amber));
  Add(q, "green", std::to_string(green));
  Add(q, "complete", std::to_string(complete));
  Add(q, "not-started", std::to_string(not_started));
  Add(q, "overdue", std::to_string(overdue));
  Add(q, "percent-complete", Ratio(complete, total));
  Flag(q, "current", current);
}

void AddAction(pugi::xml_node root, const std::string& key, const State* was,
               const State* now) {
  pugi::xml_node a = root.append_child("action");
  Add(a, "key", key);
  Add(a, "change", !was ? "new" : !now ? "removed" : "unchanged");
  Add(a, "title", now ? now->title : was->title);
  Add(a, "rag-from", was ? was->rag : "");
  Add(a, "rag-to", now ? now->rag : "");
  std::string direction;
  if (was && now) {
    int from = Rank(was->colour), to = Rank(now->colour);
    if (was->rag == now->rag) direction = "same";
    else if (from == 0 || to == 0) direction = "changed";
    else if (to > from) direction = "improved";
    else if (to < from) direction = "worse";
    else direction = "same";
  }
  Add(a, "direction", direction);
  Add(a, "due-from", was ? was->due : "");
  Add(a, "due-to", now ? now->due : "");
  long moved = 0;
  bool dated = was && now && !was->due.empty() && !now->due.empty();
  if (dated) {
    moved = DaysFromCivil(*ReadIsoDate(now->due)) -
            DaysFromCivil(*ReadIsoDate(was->due));
  }
  Add(a, "due-moved", dated ? std::to_string(moved) : "");
  Flag(a, "overdue", now && now->overdue);
  if (was && now) {
    Flag(a, "newly-red", now->colour == "red" && was->colour != "red");
    Flag(a, "newly-complete", now->done && !was->done);
    Flag(a, "newly-overdue", now->overdue && !was->overdue);
    Flag(a, "slipped", moved > 0);
    Flag(a, "renamed", now->title != was->title);
    Flag(a, "commentary-changed", now->commentary != was->commentary);
  }
  if (now) CopyRow(a, "now", now->row);
  if (was) CopyRow(a, "was", was->row);
}

std::shared_ptr<DataSource> NewSource(const std::string& name,
                                      const std::string& path) {
  auto src = std::make_shared<DataSource>();
  src->name = name;
  auto file = std::make_shared<SourceFile>();
  file->path = path;
  file->lines = std::make_unique<LineIndex>(file->text);
  src->file = std::move(file);
  return src;
}

}  // namespace

std::shared_ptr<DataSource> EmptyComparison(const std::string& name) {
  auto src = NewSource(name, "(no comparison)");
  src->file->doc.append_child("compare");
  return src;
}

std::shared_ptr<DataSource> BuildComparison(const ComparisonPlan& cp,
                                            const DataSource& current,
                                            const std::string& group_value,
                                            const std::string& as_of,
                                            const RagVocabulary& vocab,
                                            Diagnostics* diags) {
  const CompareSpec& spec = cp.spec;
  std::vector<pugi::xml_node> rows = ActionRows(spec, current);
  std::vector<std::string> keys;
  if (!CheckKeys(spec, current, rows, &keys, diags)) return nullptr;
  FieldNames names = NamesOf(spec);
  Reader reader{names, vocab, vocab.DoneWords()};

  auto src = NewSource(spec.name, "comparison with " + current.file->path);
  pugi::xml_node root = src->file->doc.append_child("compare");
  root.append_attribute("key").set_value(names.key.front().c_str());
  std::string label = spec.label.empty() ? as_of : spec.label;
  root.append_attribute("label").set_value(label.c_str());
  root.append_attribute("as-of").set_value(as_of.c_str());

  static const std::vector<pugi::xml_node> kNone;
  auto rows_of = [&](const Snapshot& s) -> const std::vector<pugi::xml_node>& {
    auto it = s.groups.find(group_value);
    return it == s.groups.end() ? kNone : it->second;
  };
  for (const Snapshot& s : cp.snapshots) {
    AddQuarter(root, reader, s.label, s.as_of, rows_of(s), false);
  }
  AddQuarter(root, reader, label, as_of, rows, true);
  if (cp.snapshots.empty()) return src;

  const Snapshot& prev = cp.snapshots.back();
  root.append_attribute("previous").set_value(prev.label.c_str());
  root.append_attribute("previous-as-of").set_value(prev.as_of.c_str());
  const std::vector<pugi::xml_node>& prev_rows = rows_of(prev);
  std::map<std::string, size_t> prev_index;
  for (size_t i = 0; i < prev_rows.size(); ++i) {
    prev_index.try_emplace(FieldOf(prev_rows[i], names.key).value_or(""), i);
  }
  std::vector<bool> matched(prev_rows.size(), false);
  for (size_t i = 0; i < rows.size(); ++i) {
    State now = reader.Read(rows[i], as_of);
    auto it = prev_index.find(keys[i]);
    if (it == prev_index.end()) {
      AddAction(root, keys[i], nullptr, &now);
      continue;
    }
    matched[it->second] = true;
    State was = reader.Read(prev_rows[it->second], prev.as_of);
    AddAction(root, keys[i], &was, &now);
  }
  for (size_t i = 0; i < prev_rows.size(); ++i) {
    if (matched[i]) continue;
    State was = reader.Read(prev_rows[i], prev.as_of);
    AddAction(root, FieldOf(prev_rows[i], names.key).value_or(""), &was,
              nullptr);
  }
  return src;
}

}  // namespace clerk
