// Reading a tagged PDF's structure tree back in tests: the elements with
// their text (poppler's `pdfinfo -struct-text`), their attributes and the
// link annotations (qpdf's JSON), and the Matterhorn checks (check-pdf-ua).
#ifndef CLERK_TESTS_RENDER_PDF_STRUCT_PROBE_H_
#define CLERK_TESTS_RENDER_PDF_STRUCT_PROBE_H_

#include <string>
#include <vector>

namespace clerk::testing {

struct StructElemInfo {
  int depth = 0;      // 0 = Document
  std::string role;   // "H1", "Lbl", …
  std::string text;   // its own marked content, joined
  std::string scope;  // TH: "Row" / "Column"
};

// The structure tree in reading order (pdfinfo -struct-text).
std::vector<StructElemInfo> ReadStructText(const std::string& pdf);

// One line per structure element, depth first: "ROLE|alt|lang|objr-count";
// then one per link annotation: "ANNOT|contents|role of its StructParent
// element|1 if that element's OBJR points back at it". From qpdf --json.
std::vector<std::string> ReadStructAttrs(const std::string& pdf);

// The Matterhorn checkpoints check-pdf-ua reports as failed ("01-005"…),
// or {"missing"} when the tool is not there.
std::vector<std::string> MatterhornFailures(const std::string& pdf);

// MatterhornFailures without the ones another change owns, the font
// encodings of issue 9: 31-022 ("/.notdef" in the CP1252 font's
// Differences array) and, with text outside CP1252, 31-028/31-029 (the
// Identity ToUnicode CMap maps codes to U+0000 and U+FEFF). Drop them from
// kKnownUaFailures when that work is merged.
// Empty when the tool is missing.
std::vector<std::string> UnexpectedMatterhornFailures(const std::string& pdf);

// Where the shared check-pdf-ua lives, "" if it does not.
std::string CheckPdfUaTool();

}  // namespace clerk::testing

#endif  // CLERK_TESTS_RENDER_PDF_STRUCT_PROBE_H_
