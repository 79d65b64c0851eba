#include "render_pdf/pdf_probe.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

namespace clerk::testing {

std::string RunCommand(const std::string& cmd, int* status, bool merge_stderr) {
  std::string full = cmd + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  FILE* p = popen(full.c_str(), "r");
  if (p == nullptr) {
    if (status) *status = -1;
    return "";
  }
  std::string out;
  std::array<char, 8192> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int rc = pclose(p);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string dir = std::string(CLERK_BINARY_DIR) + "/render_pdf_out";
  RunCommand("mkdir -p '" + dir + "'");
  std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

namespace {

std::vector<std::string> SplitPages(const std::string& text) {
  std::vector<std::string> pages;
  std::string cur;
  for (char c : text) {
    if (c == '\f') {
      pages.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty() && cur != "\n") pages.push_back(cur);
  return pages;
}

std::string Unescape(std::string s) {
  auto rep = [&](const std::string& a, const std::string& b) {
    for (size_t i = s.find(a); i != std::string::npos; i = s.find(a, i + b.size())) s.replace(i, a.size(), b);
  };
  rep("&lt;", "<");
  rep("&gt;", ">");
  rep("&quot;", "\"");
  rep("&apos;", "'");
  rep("&#39;", "'");
  rep("&amp;", "&");
  return s;
}

}  // namespace

PdfProbe::PdfProbe(std::string p) : path(std::move(p)) {
  pages_layout = SplitPages(RunCommand("pdftotext -layout '" + path + "' -"));
  pages_raw = SplitPages(RunCommand("pdftotext '" + path + "' -"));
  info = RunCommand("pdfinfo '" + path + "'");
  std::string bbox = RunCommand("pdftotext -bbox '" + path + "' -");
  std::istringstream in(bbox);
  std::string line;
  int page = 0;
  static const std::regex kWord(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">(.*)</word>)re");
  while (std::getline(in, line)) {
    if (line.find("<page ") != std::string::npos) ++page;
    std::smatch m;
    if (std::regex_search(line, m, kWord)) {
      Word w;
      w.page = page;
      w.x0 = std::stod(m[1]);
      w.y0 = std::stod(m[2]);
      w.x1 = std::stod(m[3]);
      w.y1 = std::stod(m[4]);
      w.text = Unescape(m[5]);
      words.push_back(w);
    }
  }
}

std::string PdfProbe::InfoField(const std::string& key) const {
  std::istringstream in(info);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(key + ":", 0) == 0) {
      size_t v = line.find_first_not_of(' ', key.size() + 1);
      return v == std::string::npos ? "" : line.substr(v);
    }
  }
  return "";
}

double PdfProbe::page_width(int page) const {
  std::string out = RunCommand("pdfinfo -f " + std::to_string(page) + " -l " +
                               std::to_string(page) + " '" + path + "'");
  std::smatch m;
  static const std::regex kSize(R"(Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+))");
  if (std::regex_search(out, m, kSize)) return std::stod(m[1]);
  return 0;
}

}  // namespace clerk::testing
