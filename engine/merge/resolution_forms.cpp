#include "merge/resolution_forms.h"

#include <utility>

#include "merge/runs.h"

namespace clerk::merge_internal {

using model::Node;
using model::NodeKind;
using model::Run;
using model::RunKind;
using model::Runs;

namespace {

constexpr const char* kNoBreakSpace = "\xC2\xA0";

bool IsText(const Run& r) {
  return r.kind == RunKind::kText || r.kind == RunKind::kPlaceholder;
}

bool AllDigits(const std::string& s) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() &&
         s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

void TrimEndSpaces(std::string* s) {
  while (!s->empty() && s->back() == ' ') s->pop_back();
}

// "the report be noted; and" → "the report be noted".
void DropClosingPunctuation(Runs* runs) {
  while (!runs->empty() && IsText(runs->back())) {
    std::string& t = runs->back().text;
    TrimEndSpaces(&t);
    if (EndsWith(t, " and") || EndsWith(t, " or")) {
      t.erase(t.rfind(' '));
      TrimEndSpaces(&t);
    }
    while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',')) {
      t.pop_back();
    }
    TrimEndSpaces(&t);
    if (!t.empty()) return;
    runs->pop_back();
  }
}

Run Text(std::string text, const Run& like) {
  Run r;
  r.text = std::move(text);
  r.loc = like.loc;
  return r;
}

// The heading and stem as they start a run-in line, ending in the space
// before the resolution's text: the style's own trailing spaces when it
// has them ("Resolved –  ", the first a space, the rest no-break spaces,
// as xml:space="preserve" keeps them), else one space.
Runs RunInHeading(const Runs& heading, const ResolutionForm& f) {
  Runs out = heading;
  size_t spaces = 0;
  if (!out.empty() && IsText(out.back())) {
    std::string& t = out.back().text;
    while (!t.empty() && t.back() == ' ') {
      t.pop_back();
      ++spaces;
    }
  }
  for (Run& r : out) {
    r.bold = r.bold || f.heading_bold;
    r.italic = r.italic || f.heading_italic;
  }
  std::string gap = " ";
  for (size_t i = 1; i < spaces; ++i) gap += kNoBreakSpace;
  if (!out.empty()) out.push_back(Text(gap, out.back()));
  return out;
}

Runs WithStem(const Runs& heading, const ResolutionForm& f, const Node& list) {
  Runs out = heading;
  if (f.stem.empty()) return out;
  Run like;
  like.loc = list.loc;
  if (!out.empty()) {
    TrimEndSpaces(&out.back().text);
    out.push_back(Text(" ", out.back()));
  }
  out.push_back(Text(f.stem, like));
  return out;
}

}  // namespace

void DropThat(Runs* runs) {
  if (runs->empty() || runs->front().kind != RunKind::kText) return;
  std::string& s = runs->front().text;
  size_t at = s.find_first_not_of(' ');
  if (at == std::string::npos) return;
  if (s.compare(at, 5, "That ") == 0 || s.compare(at, 5, "that ") == 0) {
    s.erase(0, at + 5);
  }
}

bool PickItems(const std::vector<Node>& source,
               const std::vector<std::string>& picks,
               const std::string& source_name, std::vector<Node>* out,
               std::string* error) {
  for (const std::string& p : picks) {
    const Node* found = nullptr;
    if (AllDigits(p)) {
      size_t pos = static_cast<size_t>(std::stoi(p));
      if (pos < 1 || pos > source.size()) {
        *error = "items=\"" + p + "\": " + source_name + " has " +
                 std::to_string(source.size()) +
                 (source.size() == 1 ? " item" : " items") + ", not " + p;
        return false;
      }
      found = &source[pos - 1];
    } else {
      for (const Node& n : source) {
        if (n.id == p) found = &n;
      }
      if (!found) {
        *error = "items=\"" + p + "\": no item of " + source_name +
                 " has that id (give a position, 1 to " +
                 std::to_string(source.size()) + ", or an item's id)";
        return false;
      }
    }
    out->push_back(*found);
  }
  return true;
}

void MergeItems(std::vector<Node>* items, const std::string& and_word) {
  if (items->size() < 2) return;
  Node merged = std::move(items->front());
  for (size_t i = 1; i < items->size(); ++i) {
    Node& next = (*items)[i];
    DropClosingPunctuation(&merged.runs);
    DropThat(&next.runs);
    Run like = merged.runs.empty() ? Run{} : merged.runs.back();
    bool last = i + 1 == items->size();
    merged.runs.push_back(Text(last ? " " + and_word + " " : ", ", like));
    for (Run& r : next.runs) merged.runs.push_back(std::move(r));
    for (Node& c : next.children) merged.children.push_back(std::move(c));
  }
  // One sentence: it ends with a full stop, whatever the last item had
  // ("; and" in a list of recommendations).
  DropClosingPunctuation(&merged.runs);
  if (!merged.runs.empty()) merged.runs.push_back(Text(".", merged.runs.back()));
  items->clear();
  items->push_back(std::move(merged));
}

void ShapeResolutions(Node* list, const ResolutionForm& f) {
  if (f.drop_that || !f.stem.empty()) {
    for (Node& item : list->children) DropThat(&item.runs);
  }
  Runs heading = WithStem(list->title, f, *list);
  bool single = list->children.size() == 1 && !f.letter_single;
  int level = f.para_level + 1;
  if (f.as_paragraph && level <= 3) {
    Node p;
    p.kind = NodeKind::kParagraph;
    p.loc = list->loc;
    p.level = level;
    p.numbered = level == 1 ? f.numbered_context : true;
    if (single) {
      Node& item = list->children.front();
      p.id = item.id.empty() ? list->id : item.id;
      p.lang = item.lang;
      p.runs = RunInHeading(heading, f);
      for (Run& r : item.runs) p.runs.push_back(std::move(r));
      p.children = std::move(item.children);
    } else {
      Node inner = std::move(*list);
      p.runs = RunInHeading(heading, f);
      if (!p.runs.empty()) p.runs.pop_back();  // the line ends after it
      inner.title.clear();
      p.children.push_back(std::move(inner));
    }
    NormalizeRuns(&p.runs);  // "RESOLVED that" one run, not three
    *list = std::move(p);
    return;
  }
  if (single && f.run_in) {
    Node p;
    Node& item = list->children.front();
    p.kind = NodeKind::kParagraph;
    p.loc = list->loc;
    p.level = level > 3 ? 3 : level;
    p.numbered = false;
    p.id = item.id;
    p.lang = item.lang;
    p.runs = RunInHeading(heading, f);
    for (Run& r : item.runs) p.runs.push_back(std::move(r));
    p.children = std::move(item.children);
    NormalizeRuns(&p.runs);
    *list = std::move(p);
    return;
  }
  list->title = std::move(heading);
  NormalizeRuns(&list->title);
  if (single) list->list.kind = model::ListKind::kPlain;
}

}  // namespace clerk::merge_internal
