#include "render_pdf/pdf_probe.h"

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdint>
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

uint32_t Crc32(const std::string& s) {
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : s) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return ~c;
}

std::string Be32(uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
          static_cast<char>(v)};
}

std::string Chunk(const std::string& type, const std::string& data) {
  return Be32(static_cast<uint32_t>(data.size())) + type + data + Be32(Crc32(type + data));
}

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

// A w×h RGB PNG (stored, uncompressed zlib blocks), a blue square.
std::string MakePng(int w, int h, bool corrupt) {
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw += '\0';
    for (int x = 0; x < w; ++x) raw += std::string("\x1F\x4E\x9A", 3);
  }
  std::string z = "\x78\x01";
  uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  for (size_t i = 0; i < raw.size(); i += 65535) {
    size_t n = std::min<size_t>(65535, raw.size() - i);
    z += static_cast<char>(i + n == raw.size() ? 1 : 0);
    z += static_cast<char>(n & 0xFF);
    z += static_cast<char>(n >> 8);
    z += static_cast<char>(~n & 0xFF);
    z += static_cast<char>((~n >> 8) & 0xFF);
    z += raw.substr(i, n);
  }
  z += Be32((b << 16) | a);
  if (corrupt) z = "garbage";
  std::string ihdr = Be32(static_cast<uint32_t>(w)) + Be32(static_cast<uint32_t>(h)) +
                     std::string("\x08\x02\x00\x00\x00", 5);
  return std::string("\x89PNG\r\n\x1A\n", 8) + Chunk("IHDR", ihdr) + Chunk("IDAT", z) +
         Chunk("IEND", "");
}

}  // namespace clerk::testing
