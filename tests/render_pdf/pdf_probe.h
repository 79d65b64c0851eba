// Reading produced PDFs back in tests, through poppler-utils and qpdf.
#ifndef CLERK_TESTS_RENDER_PDF_PDF_PROBE_H_
#define CLERK_TESTS_RENDER_PDF_PDF_PROBE_H_

#include <string>
#include <vector>

namespace clerk::testing {

// Runs a shell command; returns its stdout (stderr appended when
// merge_stderr) and sets *status to the exit status.
std::string RunCommand(const std::string& cmd, int* status = nullptr,
                       bool merge_stderr = false);

// Writes bytes to a fresh file under the build tree; returns the path.
std::string WriteTemp(const std::string& name, const std::string& bytes);

// A w×h RGB PNG (stored, uncompressed zlib blocks), a blue square;
// `corrupt` gives garbage image data.
std::string MakePng(int w, int h, bool corrupt = false);

struct Word {
  int page = 0;  // 1-based
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, y from the top
  std::string text;
};

struct PdfProbe {
  explicit PdfProbe(std::string path);
  std::string path;
  std::vector<std::string> pages_layout;  // pdftotext -layout, per page
  std::vector<std::string> pages_raw;     // pdftotext (reading order)
  std::string info;                       // pdfinfo
  std::vector<Word> words;                // pdftotext -bbox
  double page_width(int page) const;
  int page_count() const { return static_cast<int>(pages_layout.size()); }
  std::string InfoField(const std::string& key) const;  // "Title"
};

}  // namespace clerk::testing

#endif  // CLERK_TESTS_RENDER_PDF_PDF_PROBE_H_
