#include "merge/missing_hint.h"

#include "base/diagnostic.h"
#include "base/utf8.h"
#include "load/data_profile.h"

namespace clerk {

namespace {

bool NameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// "a/b/@c" -> {"a", "b", "@c"}; empty when not a plain path.
std::vector<std::string> Steps(std::string_view s) {
  std::vector<std::string> steps;
  size_t start = 0;
  for (;;) {
    size_t slash = s.find('/', start);
    std::string_view st = s.substr(start, slash == std::string_view::npos
                                              ? std::string_view::npos
                                              : slash - start);
    std::string_view name = st.substr(0, 1) == "@" ? st.substr(1) : st;
    if (name.empty()) return {};
    for (char c : name) {
      if (!NameChar(c)) return {};
    }
    steps.emplace_back(st);
    if (slash == std::string_view::npos) return steps;
    start = slash + 1;
  }
}

std::vector<pugi::xml_node> Step(const std::vector<pugi::xml_node>& from,
                                 const std::string& step) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node n : from) {
    if (step[0] == '@') {
      if (n.attribute(step.c_str() + 1)) out.push_back(n);  // the owner
      continue;
    }
    for (pugi::xml_node c : n.children(step.c_str())) out.push_back(c);
  }
  return out;
}

}  // namespace

std::string MissingValueHint(
    const std::string& expr, pugi::xpath_node ctx,
    const std::vector<std::shared_ptr<DataSource>>& data) {
  if (data.empty()) {
    return " (no data source was given: name one with --data NAME=FILE, or "
           "<data> in a job)";
  }
  std::string_view s = Trim(expr);
  std::vector<pugi::xml_node> nodes;
  std::string prefix;
  if (!s.empty() && s[0] == '$') {
    size_t slash = s.find('/');
    std::string var(s.substr(1, slash == std::string_view::npos ? slash : slash - 1));
    for (const auto& src : data) {
      if (src && src->name == var) nodes.push_back(src->root());
    }
    if (nodes.empty() || slash == std::string_view::npos) return "";
    prefix = std::string(s.substr(0, slash + 1));
    s = s.substr(slash + 1);
  } else {
    pugi::xml_node n = ctx.node() ? ctx.node() : ctx.parent();
    if (!n) return "";
    nodes.push_back(n);
  }
  std::vector<std::string> steps = Steps(s);
  if (steps.empty()) return "";
  for (size_t i = 0; i < steps.size(); ++i) {
    std::vector<pugi::xml_node> next = Step(nodes, steps[i]);
    if (!next.empty()) {
      prefix += steps[i] + "/";
      nodes = std::move(next);
      continue;
    }
    std::vector<std::string> names = NamesUnder(nodes);
    if (names.empty()) return "";
    std::vector<std::string_view> cands(names.begin(), names.end());
    std::string sug = Suggest(steps[i], cands);
    if (!sug.empty()) {
      std::string rest;
      for (size_t k = i + 1; k < steps.size(); ++k) rest += "/" + steps[k];
      return "; did you mean '" + prefix + sug + rest + "'?";
    }
    std::string list;
    for (size_t k = 0; k < names.size() && k < 8; ++k) {
      list += (k ? ", " : "") + names[k];
    }
    if (names.size() > 8) list += ", …";
    std::string where = prefix.empty()
                            ? std::string("<").append(nodes[0].name()).append(">")
                            : prefix.substr(0, prefix.size() - 1);
    return " (" + where + " has: " + list + ")";
  }
  return "";  // the path exists but its node has no value
}

}  // namespace clerk
