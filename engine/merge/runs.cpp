#include "merge/runs.h"

#include "base/utf8.h"

namespace clerk {

using model::Run;
using model::RunKind;

namespace {

bool Joinable(const Run& a, const Run& b) {
  return a.kind == b.kind &&
         (a.kind == RunKind::kText ||
          (a.kind == RunKind::kLink && a.target == b.target)) &&
         a.bold == b.bold && a.italic == b.italic && a.lang == b.lang;
}

bool HasText(const Run& r) {
  return r.kind == RunKind::kText || r.kind == RunKind::kLink;
}

}  // namespace

void NormalizeRuns(model::Runs* runs) {
  model::Runs out;
  bool at_space = true;  // start of paragraph or after a space/line break
  for (Run& r : *runs) {
    if (HasText(r)) {
      std::string t = CollapseSpace(r.text);
      if (at_space && !t.empty() && t[0] == ' ') t.erase(0, 1);
      if (t.empty()) continue;
      at_space = t.back() == ' ';
      r.text = std::move(t);
    } else if (r.kind == RunKind::kLineBreak) {
      // Drop the space before a line break.
      if (!out.empty() && HasText(out.back()) && !out.back().text.empty() &&
          out.back().text.back() == ' ') {
        out.back().text.pop_back();
        if (out.back().text.empty()) out.pop_back();
      }
      at_space = true;
    } else {
      at_space = false;
    }
    if (!out.empty() && Joinable(out.back(), r)) {
      out.back().text += r.text;
    } else {
      out.push_back(std::move(r));
    }
  }
  // Trim the end.
  while (!out.empty()) {
    Run& last = out.back();
    if (HasText(last) && !last.text.empty() && last.text.back() == ' ') {
      last.text.pop_back();
    }
    if ((HasText(last) && last.text.empty()) ||
        last.kind == RunKind::kLineBreak) {
      out.pop_back();
      continue;
    }
    break;
  }
  *runs = std::move(out);
}

}  // namespace clerk
