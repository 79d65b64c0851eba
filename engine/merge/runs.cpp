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

std::string MarksToSpaces(std::string_view s) {
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict, bug 105329)
  // about std::string::replace here.
  std::string out;
  size_t at = 0;
  for (size_t m = s.find(kParagraphMark); m != std::string_view::npos;
       m = s.find(kParagraphMark, at)) {
    out.append(s.substr(at, m - at));
    out.push_back(' ');
    at = m + kParagraphMark.size();
  }
  out.append(s.substr(at));
  return out;
}

std::string ValueWithParagraphs(std::string_view raw) {
  std::string out;
  size_t at = 0;
  while (at <= raw.size()) {
    // The next blank line: '\n', then only spaces, tabs or '\r', then '\n'.
    size_t end = raw.size();
    size_t next = raw.size() + 1;
    for (size_t i = raw.find('\n', at); i != std::string_view::npos;
         i = raw.find('\n', i + 1)) {
      size_t j = i + 1;
      while (j < raw.size() && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '\r')) ++j;
      if (j < raw.size() && raw[j] == '\n') {
        end = i;
        next = j + 1;
        break;
      }
    }
    std::string piece(Trim(CollapseSpace(raw.substr(at, end - at))));
    if (!piece.empty()) {
      if (!out.empty()) out.append(kParagraphMark);
      out += piece;
    }
    at = next;
  }
  return out;
}

std::vector<model::Runs> SplitParagraphs(const model::Runs& runs) {
  std::vector<model::Runs> out(1);
  for (const Run& r : runs) {
    if (!HasText(r) || r.text.find(kParagraphMark) == std::string::npos) {
      out.back().push_back(r);
      continue;
    }
    size_t at = 0;
    for (;;) {
      size_t mark = r.text.find(kParagraphMark, at);
      Run piece = r;
      piece.text = r.text.substr(at, mark == std::string::npos ? std::string::npos
                                                               : mark - at);
      if (!piece.text.empty()) out.back().push_back(std::move(piece));
      if (mark == std::string::npos) break;
      out.emplace_back();
      at = mark + kParagraphMark.size();
    }
  }
  std::vector<model::Runs> kept;
  for (model::Runs& p : out) {
    if (!p.empty()) kept.push_back(std::move(p));
  }
  if (kept.empty()) kept.emplace_back();
  return kept;
}

void NormalizeRuns(model::Runs* runs) {
  model::Runs out;
  bool at_space = true;  // start of paragraph or after a space/line break
  for (Run& r : *runs) {
    if (HasText(r)) {
      std::string t = CollapseSpace(MarksToSpaces(r.text));
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
