// Resource limits: every bound clerk puts on its input, in one place.
//
// A report that reaches a limit fails with an error naming the limit (and
// the file:line:col that reached it, where there is one), never with a crash,
// a hang or an exhausted disk. The values are far above any real committee
// paper (the benchmark report has ~300 nodes, 40 loop iterations and a
// 41-row table) and low enough that a runaway template stops in about a
// second. docs/reliability.md lists them for users.
#ifndef CLERK_BASE_LIMITS_H_
#define CLERK_BASE_LIMITS_H_

#include <cstddef>
#include <string>

namespace clerk::limits {

// Largest data file (XML or CSV) clerk reads: 64 MiB.
inline constexpr size_t kMaxDataFileBytes = size_t{64} << 20;
// Elements built from one CSV file, one per row and one per field:
// 4,000,000 (about 650 MB of tree at worst; see docs/reliability.md).
inline constexpr long kMaxCsvElements = 4'000'000;
// Largest template, fragment, style or job file: 8 MiB.
inline constexpr size_t kMaxSourceFileBytes = size_t{8} << 20;
// Element nesting in a template, counted across includes: 64 levels.
inline constexpr int kMaxTemplateDepth = 64;
// Includes inside includes: 16 levels.
inline constexpr int kMaxIncludeDepth = 16;
// Styles extending styles (<style extends>): 8 levels.
inline constexpr int kMaxStyleExtendsDepth = 8;
// Template elements after splicing includes, every include counted: 100,000.
inline constexpr long kMaxTemplateElements = 100'000;
// Fragment bytes spliced into one template, every include counted: 16 MiB.
inline constexpr size_t kMaxIncludedBytes = size_t{16} << 20;
// <for-each> iterations in one report, all loops together: 200,000.
inline constexpr long kMaxLoopIterations = 200'000;
// Document nodes (paragraphs, items, rows, cells, …) in one report: 200,000.
inline constexpr long kMaxNodes = 200'000;
// Rows in one table (header rows included): 20,000.
inline constexpr size_t kMaxTableRows = 20'000;
// Memory XPath may hold while one report is merged: 256 MiB.
inline constexpr size_t kMaxXPathBytes = size_t{256} << 20;
// Longest computed value (an expression's string, a <let>): 1 MiB.
inline constexpr size_t kMaxValueBytes = size_t{1} << 20;
// Largest output file clerk writes: 256 MiB.
inline constexpr size_t kMaxOutputBytes = size_t{256} << 20;
// Largest font file a style may name: 32 MiB.
inline constexpr size_t kMaxFontFileBytes = size_t{32} << 20;
// Largest image file (PNG or JPEG): 64 MiB.
inline constexpr size_t kMaxImageFileBytes = size_t{64} << 20;
// Pixels in one decoded image (width x height): 40 megapixels, a 7300 x 5500
// photograph; decoded RGBA it is 160 MB.
inline constexpr unsigned long long kMaxImagePixels = 40'000'000;
// Pages in one PDF: 10,000 (libharu cannot add a page past 32,767).
inline constexpr size_t kMaxPdfPages = 10'000;
// Characters kept of a title in the PDF outline and document information
// (the page shows all of it): 1,000.
inline constexpr size_t kMaxPdfTitleChars = 1'000;
// Longest link target (URL) in PDF and DOCX: 8,000 bytes.
inline constexpr size_t kMaxLinkBytes = 8'000;

// "64 MiB", "8 MiB": a byte count for messages.
std::string FormatBytes(size_t bytes);

}  // namespace clerk::limits

#endif  // CLERK_BASE_LIMITS_H_
