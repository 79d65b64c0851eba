#include "render_docx/docx_reader.h"

#include <zip.h>

#include <cstring>
#include <regex>

namespace clerk::testing {

namespace {

std::string Decode(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : kEntities) {
    size_t at = 0;
    while ((at = s.find(from, at)) != std::string::npos) {
      s.replace(at, std::strlen(from), to);
      at += std::strlen(to);
    }
  }
  return s;
}

}  // namespace

Package Unzip(const std::string& docx) {
  Package p;
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(docx.data(), docx.size(), 0, &err);
  zip_t* za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : nullptr;
  if (za == nullptr) {
    p.error = zip_error_strerror(&err);
    if (src) zip_source_free(src);
    zip_error_fini(&err);
    return p;
  }
  zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st);
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    std::string data(st.size, '\0');
    zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    p.order.push_back(st.name);
    p.parts[st.name] = std::move(data);
  }
  zip_close(za);
  return p;
}

Package SplitFlat(const std::string& flat) {
  // Plain string search: std::regex recurses per character and overflows
  // the stack on whole parts.
  Package p;
  const std::string kName = "<pkg:part pkg:name=\"/";
  size_t at = 0;
  while ((at = flat.find(kName, at)) != std::string::npos) {
    size_t name_end = flat.find('"', at + kName.size());
    std::string name = flat.substr(at + kName.size(), name_end - at - kName.size());
    size_t open = flat.find("Data>", name_end) + 5;  // xmlData or binaryData
    size_t close = flat.find("</pkg:part>", open);
    close = flat.rfind("</pkg:", close - 1);
    p.order.push_back(name);
    p.parts[name] = flat.substr(open, close - open);
    at = close;
  }
  return p;
}

std::vector<Paragraph> Paragraphs(const std::string& xml) {
  static const std::regex kStyle("<w:pStyle w:val=\"([^\"]*)\"/>");
  static const std::regex kNum(
      "<w:numPr><w:ilvl w:val=\"(\\d+)\"/><w:numId w:val=\"(\\d+)\"/></w:numPr>");
  static const std::regex kText("<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab/>");
  static const std::regex kInstr("<w:instrText[^>]*>([^<]*)</w:instrText>");
  static const std::regex kBookmark("<w:bookmarkStart w:id=\"\\d+\" w:name=\"([^\"]+)\"/>");
  std::vector<Paragraph> out;
  size_t at = 0;
  while ((at = xml.find("<w:p>", at)) != std::string::npos) {
    size_t end = xml.find("</w:p>", at);
    Paragraph p;
    p.xml = xml.substr(at, end + 6 - at);
    size_t tbl_open = xml.rfind("<w:tbl>", at);
    size_t tbl_close = xml.rfind("</w:tbl>", at);
    p.in_table = tbl_open != std::string::npos &&
                 (tbl_close == std::string::npos || tbl_close < tbl_open);
    std::smatch m;
    if (std::regex_search(p.xml, m, kStyle)) p.style = m[1];
    if (std::regex_search(p.xml, m, kNum)) {
      p.has_num = true;
      p.ilvl = std::stoi(m[1]);
      p.num_id = std::stoi(m[2]);
    }
    for (std::sregex_iterator it(p.xml.begin(), p.xml.end(), kText), e; it != e; ++it) {
      p.raw_text += (*it)[0].str() == "<w:tab/>" ? "\t" : Decode((*it)[1]);
    }
    for (size_t i = 0; i < p.raw_text.size(); ++i) {
      if (p.raw_text.compare(i, 2, "\xC2\xA0") == 0) {
        p.text += ' ';
        i += 1;
      } else if (p.raw_text.compare(i, 3, "\xE2\x81\xA0") == 0) {
        i += 2;
      } else {
        p.text += p.raw_text[i];
      }
    }
    for (std::sregex_iterator it(p.xml.begin(), p.xml.end(), kInstr), e; it != e; ++it) {
      p.instr.push_back((*it)[1]);
    }
    for (std::sregex_iterator it(p.xml.begin(), p.xml.end(), kBookmark), e; it != e; ++it) {
      p.bookmarks.push_back((*it)[1]);
    }
    out.push_back(std::move(p));
    at = end;
  }
  return out;
}

const Paragraph* Find(const std::vector<Paragraph>& ps, const std::string& needle) {
  for (const Paragraph& p : ps) {
    if (p.text.rfind(needle, 0) == 0) return &p;
  }
  return nullptr;
}

const Paragraph* FindContaining(const std::vector<Paragraph>& ps, const std::string& needle) {
  for (const Paragraph& p : ps) {
    if (p.text.find(needle) != std::string::npos) return &p;
  }
  return nullptr;
}

int Count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace clerk::testing
