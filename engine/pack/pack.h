// `clerk pack`: a meeting's agenda pack. The front sheet (a template and
// style named by the meeting file, merged against the agenda as data) and
// every item's report laid out as ONE PDF, with "(Pages N - M)" taken from
// that layout (the front sheet's own length settles by iteration), the
// pack's page number on every page, a bookmark per item and links from the
// agenda to each report. The public pack replaces each exempt item by a
// notice citing its Schedule 12A paragraph; the members' pack holds the
// exempt items. HTML: an agenda page linking one page per public report.
#ifndef CLERK_PACK_PACK_H_
#define CLERK_PACK_PACK_H_

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/status.h"
#include "model/render_options.h"
#include "pack/meeting_papers.h"
#include "pipeline/report.h"

namespace clerk {

struct PackOptions {
  std::string stem;              // output names start with it
  std::vector<Format> formats;   // pdf and/or html (others are refused)
  std::string mode;              // "draft", "final" or "" (each job's)
  model::RenderOptions render;
};

// One output file, in memory.
struct OutputFile {
  std::string name;  // a plain file name
  std::string bytes;
};

// Where each item lies in a pack (1-based pages; 0 = not in that pack).
struct ItemPages {
  int first = 0, last = 0;
};

// Builds every file of the pack: STEM-pack.pdf (public), and when the
// meeting has exempt items STEM-exempt-pack.pdf (members); STEM-agenda.html
// with STEM-ID.html per public report. User problems go to diags (false is
// returned, *files empty); a system failure is *status.
bool BuildPack(const FileSystem& fs, const MeetingPapers& m,
               const PackOptions& opts, Diagnostics* diags, Status* status,
               std::vector<OutputFile>* files);

// The public pack's PDF alone, with each item's pages (for tests).
bool BuildPackPdf(const FileSystem& fs, const MeetingPapers& m, bool members,
                  const PackOptions& opts, Diagnostics* diags, Status* status,
                  std::string* pdf, std::vector<ItemPages>* pages);

// The notice that stands in the public pack for an exempt item: "not for
// publication" and the paragraph of Schedule 12A with its words.
std::string ExemptNotice(int paragraph);

}  // namespace clerk

#endif  // CLERK_PACK_PACK_H_
