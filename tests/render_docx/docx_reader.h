// Reading the renderer's output back in tests: unzip a .docx (libzip), split
// a Flat OPC file into parts, and list the paragraphs of document.xml with
// their style, numbering, text, fields and bookmarks.
#ifndef CLERK_TESTS_RENDER_DOCX_DOCX_READER_H_
#define CLERK_TESTS_RENDER_DOCX_DOCX_READER_H_

#include <map>
#include <string>
#include <vector>

namespace clerk::testing {

// Part name ("word/document.xml") -> bytes, in zip order in `order`.
struct Package {
  std::map<std::string, std::string> parts;
  std::vector<std::string> order;
  std::string error;  // non-empty when the zip could not be read
};

Package Unzip(const std::string& docx);
// pkg:part name without the leading '/' -> the pkg:xmlData content.
Package SplitFlat(const std::string& flat);

struct Paragraph {
  std::string xml;    // the whole <w:p>…</w:p>
  std::string style;  // w:pStyle, "" for Normal
  bool has_num = false;
  int num_id = -1, ilvl = -1;
  std::string text;   // w:t text as read (entities decoded, w:tab as '\t',
                      // no-break spaces as spaces, word joiners dropped)
  std::string raw_text;  // the same with U+00A0 and U+2060 kept
  std::vector<std::string> instr;      // field instructions
  std::vector<std::string> bookmarks;  // bookmarkStart names
  bool in_table = false;
};

std::vector<Paragraph> Paragraphs(const std::string& document_xml);

// The first paragraph whose text starts with `needle`; nullptr if none.
const Paragraph* Find(const std::vector<Paragraph>& ps, const std::string& needle);
// The first paragraph whose text contains `needle`; nullptr if none.
const Paragraph* FindContaining(const std::vector<Paragraph>& ps, const std::string& needle);

// Number of occurrences of `needle` in `hay`.
int Count(const std::string& hay, const std::string& needle);

}  // namespace clerk::testing

#endif  // CLERK_TESTS_RENDER_DOCX_DOCX_READER_H_
