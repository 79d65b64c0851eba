#include "load/open_elements.h"

#include <vector>

namespace clerk {

std::optional<OpenElement> InnermostOpenElement(std::string_view t,
                                                size_t offset) {
  std::vector<OpenElement> open;
  size_t end = std::min(offset, t.size());
  size_t i = 0;
  auto skip_to = [&](std::string_view close) {
    size_t e = t.find(close, i);
    i = e == std::string_view::npos ? t.size() : e + close.size();
  };
  while (i < end) {
    if (t[i] != '<') {
      ++i;
      continue;
    }
    std::string_view rest = t.substr(i);
    if (rest.substr(0, 4) == "<!--") {
      skip_to("-->");
    } else if (rest.substr(0, 9) == "<![CDATA[") {
      skip_to("]]>");
    } else if (rest.substr(0, 2) == "<?" || rest.substr(0, 2) == "<!") {
      skip_to(">");
    } else if (rest.substr(0, 2) == "</") {
      if (!open.empty()) open.pop_back();
      skip_to(">");
    } else {
      size_t start = i;
      size_t n = i + 1;
      while (n < t.size() && t[n] != ' ' && t[n] != '>' && t[n] != '/' &&
             t[n] != '\t' && t[n] != '\n' && t[n] != '\r') {
        ++n;
      }
      std::string name(t.substr(i + 1, n - i - 1));
      // To the end of the start tag, past quoted attribute values.
      char quote = 0;
      for (i = n; i < t.size(); ++i) {
        if (quote) {
          if (t[i] == quote) quote = 0;
        } else if (t[i] == '"' || t[i] == '\'') {
          quote = t[i];
        } else if (t[i] == '>') {
          break;
        }
      }
      bool empty = i > 0 && i < t.size() && t[i - 1] == '/';
      ++i;
      if (!empty && start < end) open.push_back({name, start});
    }
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

}  // namespace clerk
