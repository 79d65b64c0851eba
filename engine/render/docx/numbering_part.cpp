#include "render/docx/numbering_part.h"

#include <cstdio>

#include "render/docx/style_ids.h"
#include "render/docx/units.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

namespace {

using model::NumFormat;

bool IsCounted(NumFormat f) {
  return f != NumFormat::kBullet && f != NumFormat::kNone;
}

// A stable w:nsid (8 hex digits) from the scheme name, so that output does
// not change between runs.
std::string Nsid(std::string_view name) {
  unsigned h = 2166136261u;
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08X", h);
  return buf;
}

void WriteLevel(XmlWriter& w, std::string_view scheme, int i,
                const model::NumLevel& lvl) {
  w.Start("w:lvl");
  w.Attr("w:ilvl", i);
  w.EndStart();
  w.Val("w:start", lvl.start);
  w.Val("w:numFmt", NumFmtName(lvl.format));
  if (i > 0 && lvl.restart == model::Restart::kNever) w.Val("w:lvlRestart", 0);
  std::string_view linked = sid::LinkedStyle(scheme, i);
  if (!linked.empty()) w.Val("w:pStyle", linked);
  if (lvl.hanging_pt <= 0) w.Val("w:suff", "space");
  w.Val("w:lvlText", lvl.format == NumFormat::kNone ? "" : lvl.text);
  w.Val("w:lvlJc", lvl.right_align_number ? "right" : "left");
  w.Raw("<w:pPr>");
  w.Start("w:ind");
  w.Attr("w:left", Twips(lvl.indent_pt + lvl.hanging_pt));
  double hanging = lvl.hanging_pt;
  // A right-aligned number ends a small gap before the text.
  if (lvl.right_align_number && hanging > 6) hanging = 6;
  w.Attr("w:hanging", Twips(hanging));
  w.EndEmpty();
  w.Raw("</w:pPr>");
  if (lvl.bold) w.Raw("<w:rPr><w:b/><w:bCs/></w:rPr>");
  w.Close("w:lvl");
}

}  // namespace

std::string_view NumFmtName(NumFormat f) {
  switch (f) {
    case NumFormat::kDecimal: return "decimal";
    case NumFormat::kLowerAlpha: return "lowerLetter";
    case NumFormat::kUpperAlpha: return "upperLetter";
    case NumFormat::kLowerRoman: return "lowerRoman";
    case NumFormat::kUpperRoman: return "upperRoman";
    case NumFormat::kBullet: return "bullet";
    case NumFormat::kNone: return "none";
  }
  return "decimal";
}

Numbering::Numbering(const model::Style& style, Diagnostics* diags)
    : diags_(diags) {
  if (style.schemes.count("body")) order_.push_back("body");
  for (const auto& [name, def] : style.schemes) {
    if (name != "body" && !def.levels.empty()) order_.push_back(name);
  }
  for (size_t i = 0; i < order_.size(); ++i) {
    Scheme& s = schemes_[order_[i]];
    s.def = &style.schemes.at(order_[i]);
    s.abstract_id = static_cast<int>(i);
    s.base_num = NewNum(&s, {})->num_id;
  }
}

Numbering::Num* Numbering::NewNum(Scheme* s, std::map<int, int> overrides) {
  Num n;
  n.num_id = static_cast<int>(nums_.size()) + 1;
  n.scheme = s;
  n.start_overrides = std::move(overrides);
  nums_.push_back(std::move(n));
  return &nums_.back();
}

int Numbering::BaseNumId(std::string_view scheme, int level) const {
  auto it = schemes_.find(scheme);
  if (it == schemes_.end() || level < 0 || level >= 9 ||
      level >= static_cast<int>(it->second.def->levels.size())) {
    return 0;
  }
  return it->second.base_num;
}

std::string Numbering::Count(const Num& num, Sim* sim, int level) {
  const auto& levels = num.scheme->def->levels;
  auto start = [&](int l) {
    auto it = num.start_overrides.find(l);
    return it != num.start_overrides.end() ? it->second : levels[l].start;
  };
  const int n = static_cast<int>(levels.size());
  if (sim->used[level]) {
    ++sim->counters[level];
  } else {
    // A level restarted after use under an override: Word and LibreOffice
    // may disagree on the value; treat as unknown so a fresh w:num is used.
    if (sim->counters[level] != 0 && start(level) != levels[level].start) {
      return {};
    }
    sim->counters[level] = start(level);
  }
  sim->used[level] = true;
  for (int l = level + 1; l < n; ++l) {
    if (levels[l].restart == model::Restart::kParent) sim->used[l] = false;
  }
  std::vector<int> values(static_cast<size_t>(n));
  for (int l = 0; l < n; ++l) {
    values[l] = sim->used[l] ? sim->counters[l] : start(l);
  }
  return model::ExpandLevelText(levels[level].text, values, levels);
}

void Numbering::Warn(const model::Node& node, std::string message) {
  if (diags_ != nullptr) diags_->Warning(node.loc, std::move(message));
}

NumRef Numbering::Assign(const model::Node& node) {
  const model::Number& num = node.number;
  if (num.label.empty() && num.value > 0 && num.level >= 0 && num.level < 9) {
    // A counted, unprinted number (<section counts="true">): what follows
    // starts from its value.
    auto counted = schemes_.find(num.scheme);
    if (counted != schemes_.end()) {
      auto& values = counted->second.model_values;
      if (values.size() <= static_cast<size_t>(num.level)) {
        values.resize(static_cast<size_t>(num.level) + 1, 0);
      }
      values[static_cast<size_t>(num.level)] = num.value;
    }
  }
  if (!node.numbered || num.label.empty()) return {};
  NumRef literal;
  literal.literal = num.label;
  auto it = schemes_.find(num.scheme);
  const int level = num.level;
  if (it == schemes_.end()) {
    literal.tab_after = false;  // no number column known: "Appendix 1 Title"
    if (!warned_[num.scheme]) {
      warned_[num.scheme] = true;
      Warn(node, "numbering scheme \"" + num.scheme +
                     "\" is not in the style; the DOCX shows its numbers as "
                     "plain text");
    }
    return literal;
  }
  Scheme& s = it->second;
  const auto& levels = s.def->levels;
  if (level < 0 || level >= static_cast<int>(levels.size()) || level >= 9 ||
      !IsCounted(levels[level].format)) {
    if (level >= 0 && level < static_cast<int>(levels.size())) {
      literal.tab_after = levels[level].hanging_pt > 0;
      literal.indent_pt = levels[level].indent_pt;
      literal.hanging_pt = levels[level].hanging_pt;
    }
    return literal;
  }
  literal.tab_after = levels[level].hanging_pt > 0;
  literal.indent_pt = levels[level].indent_pt;
  literal.hanging_pt = levels[level].hanging_pt;
  s.model_values.resize(levels.size(), 0);

  // Start values for a fresh w:num: this level's value, and with `all` the
  // current values of the levels above it too.
  auto overrides = [&](bool all) {
    std::map<int, int> o;
    if (all) {
      for (int l = 0; l < level; ++l) {
        if (s.model_values[l] > 0) o[l] = s.model_values[l];
      }
    }
    o[level] = num.value;
    return o;
  };

  const bool fresh = s.num_id == 0 || num.instance != s.instance || num.restart;
  if (fresh) {
    if (s.num_id == 0 && level == 0 && num.value == levels[0].start) {
      s.num_id = s.base_num;
    } else {
      s.num_id = NewNum(&s, overrides(level > 0))->num_id;
    }
    s.instance = num.instance;
  }
  Num* current = &nums_[static_cast<size_t>(s.num_id - 1)];
  Sim trial = current->sim;
  if (Count(*current, &trial, level) == num.label) {
    current->sim = trial;
  } else {
    Num* again = NewNum(&s, overrides(true));
    trial = again->sim;
    if (Count(*again, &trial, level) != num.label) {
      nums_.pop_back();
      Warn(node, "Word cannot number \"" + num.label + "\" with the \"" +
                     num.scheme + "\" list; the DOCX shows it as plain text");
      return literal;
    }
    again->sim = trial;
    s.num_id = again->num_id;
  }
  s.model_values[static_cast<size_t>(level)] = num.value;
  NumRef ref;
  ref.num_id = s.num_id;
  ref.ilvl = level;
  return ref;
}

NumRef Numbering::Bullet(const model::Node&, std::string_view scheme,
                         int level) {
  auto it = schemes_.find(scheme);
  if (it == schemes_.end()) it = schemes_.find("bullet");
  NumRef ref;
  if (it == schemes_.end()) {
    ref.literal = "\xE2\x80\xA2";
    return ref;
  }
  const int max_level = static_cast<int>(it->second.def->levels.size()) - 1;
  ref.num_id = it->second.base_num;
  ref.ilvl = level > max_level ? max_level : level;
  return ref;
}

std::string Numbering::Xml() const {
  std::string s(kXmlDecl);
  s.reserve(4096);
  XmlWriter w(&s);
  w.Raw("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
  for (const std::string& name : order_) {
    const Scheme& sc = schemes_.find(name)->second;
    w.Start("w:abstractNum");
    w.Attr("w:abstractNumId", sc.abstract_id);
    w.EndStart();
    w.Val("w:nsid", Nsid(name));
    w.Val("w:multiLevelType",
          sc.def->levels.size() > 1 ? "multilevel" : "singleLevel");
    w.Val("w:name", name);
    for (size_t i = 0; i < sc.def->levels.size() && i < 9; ++i) {
      WriteLevel(w, name, static_cast<int>(i), sc.def->levels[i]);
    }
    w.Close("w:abstractNum");
  }
  for (const Num& n : nums_) {
    w.Start("w:num");
    w.Attr("w:numId", n.num_id);
    w.EndStart();
    w.Val("w:abstractNumId", n.scheme->abstract_id);
    for (const auto& [lvl, value] : n.start_overrides) {
      w.Start("w:lvlOverride");
      w.Attr("w:ilvl", lvl);
      w.EndStart();
      w.Val("w:startOverride", value);
      w.Close("w:lvlOverride");
    }
    w.Close("w:num");
  }
  w.Close("w:numbering");
  return s;
}

}  // namespace clerk::render::docx
