#include "load/data_profile.h"

#include <algorithm>
#include <map>

#include "base/utf8.h"

namespace clerk {

namespace {

// The header row of CSV text, fields unquoted.
std::vector<std::string> CsvHeader(std::string_view t) {
  std::vector<std::string> out;
  size_t i = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string field;
  while (i < t.size()) {
    char c = t[i];
    if (c == '"') {
      for (++i; i < t.size(); ++i) {
        if (t[i] == '"') {
          if (i + 1 < t.size() && t[i + 1] == '"') {
            field.push_back('"');
            ++i;
            continue;
          }
          break;
        }
        field.push_back(t[i]);
      }
      ++i;
      continue;
    }
    if (c == ',' || c == '\n' || c == '\r') {
      out.push_back(std::string(Trim(field)));
      field.clear();
      if (c != ',') return out;
      ++i;
      continue;
    }
    field.push_back(c);
    ++i;
  }
  out.push_back(std::string(Trim(field)));
  return out;
}

struct Acc {
  FieldProfile profile;
  std::vector<std::string> values;
};

void AddSample(FieldProfile* p, const std::string& v) {
  std::string s(Trim(CollapseSpace(v)));
  if (s.empty() || p->samples.size() >= 3) return;
  if (Utf8Length(s) > 30) {
    size_t cut = 28;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  if (std::find(p->samples.begin(), p->samples.end(), s) == p->samples.end()) {
    p->samples.push_back(s);
  }
}

bool HasElementChild(pugi::xml_node n) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element) return true;
  }
  return false;
}

void Walk(pugi::xml_node n, const std::string& path,
          std::vector<std::string>* order, std::map<std::string, Acc>* acc) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string name = a.name();
    if (name == "xmlns" || name.rfind("xmlns:", 0) == 0) continue;
    std::string p = (path.empty() ? "" : path + "/") + "@" + name;
    auto [it, fresh] = acc->try_emplace(p);
    if (fresh) order->push_back(p);
    it->second.profile.path = p;
    ++it->second.profile.count;
    it->second.values.push_back(a.value());
  }
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string p = (path.empty() ? "" : path + "/") + c.name();
    auto [it, fresh] = acc->try_emplace(p);
    if (fresh) order->push_back(p);
    Acc& a = it->second;
    a.profile.path = p;
    ++a.profile.count;
    if (HasElementChild(c)) {
      a.profile.leaf = false;
    } else {
      a.values.push_back(c.text().get());
    }
    Walk(c, p, order, acc);
  }
}

}  // namespace

DataProfile ProfileDataSource(const DataSource& src, const RagVocabulary& vocab) {
  DataProfile out;
  pugi::xml_node root = src.root();
  out.root = root.name();
  const std::string& path = src.file->path;
  out.csv = path.size() >= 4 && (path.compare(path.size() - 4, 4, ".csv") == 0 ||
                                 path.compare(path.size() - 4, 4, ".CSV") == 0);
  std::vector<std::string> order;
  std::map<std::string, Acc> acc;
  if (out.csv) {
    std::vector<std::string> header = CsvHeader(src.file->text);
    for (const std::string& h : header) {
      std::string p = "row/" + CsvColumnName(h);
      order.push_back(p);
      acc[p].profile.path = p;
      acc[p].profile.header = h;
    }
    for (pugi::xml_node row : root.children("row")) {
      ++out.rows;
      for (pugi::xml_node c : row.children()) {
        Acc& a = acc["row/" + std::string(c.name())];
        ++a.profile.count;
        a.values.push_back(c.text().get());
      }
    }
  } else {
    Walk(root, "", &order, &acc);
  }
  for (const std::string& p : order) {
    Acc& a = acc[p];
    if (a.profile.leaf) {
      std::string last = p.substr(p.rfind('/') == std::string::npos ? 0 : p.rfind('/') + 1);
      if (!last.empty() && last[0] == '@') last = last.substr(1);
      a.profile.detection = DetectType(a.values, last, vocab);
      for (const std::string& v : a.values) AddSample(&a.profile, v);
    }
    out.fields.push_back(std::move(a.profile));
  }
  return out;
}

std::vector<std::string> NamesUnder(const std::vector<pugi::xml_node>& nodes) {
  std::vector<std::string> out;
  auto add = [&](std::string n) {
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
  };
  for (pugi::xml_node n : nodes) {
    bool csv_row = std::string_view(n.name()) == "row" &&
                   std::string_view(n.parent().name()) == "rows";
    for (pugi::xml_attribute a : n.attributes()) {
      if (csv_row && std::string_view(a.name()) == "line") continue;
      add(std::string("@").append(a.name()));
    }
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element) add(c.name());
    }
  }
  return out;
}

}  // namespace clerk
