// The whole pipeline for one report, from a job or template file to a
// numbered document and then to output bytes. The CLI's render and check
// commands, batch, and the tests all go through here.
#ifndef CLERK_PIPELINE_REPORT_H_
#define CLERK_PIPELINE_REPORT_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "load/data_source.h"
#include "load/job.h"
#include "merge/merger.h"
#include "merge/template.h"
#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"

namespace clerk {

// What the user asked for: a job or template file plus command-line
// overrides.
struct ReportRequest {
  std::string input;                 // job file (<job>) or template (<report>)
  std::vector<NamedPath> data;       // --data NAME=FILE (replace or add)
  std::vector<NamedPath> params;     // --param NAME=VALUE (path = value)
  std::string style;                 // --style FILE ("" = from job/template)
  std::string mode;                  // --mode draft|final ("" = job's/final)
};

// A loaded, merged and numbered report.
struct PreparedReport {
  Job job;                 // the job as resolved (with overrides)
  model::Style style;
  model::Document doc;
  Mode mode = Mode::kFinal;
  std::vector<std::string> inputs;  // every file read (to refuse writing
                                    // over one)
};

// Runs load → merge → number. Every problem found goes to diags; the
// result is nullopt when there was any error.
std::optional<PreparedReport> PrepareReport(const FileSystem& fs,
                                            const ReportRequest& req,
                                            Diagnostics* diags);

enum class Format { kText, kPdf, kDocx, kFlat };

// "text,pdf" -> formats; on an unknown name, nullopt and *error says so
// ("unknown format 'pfd'; did you mean 'pdf'?").
std::optional<std::vector<Format>> ParseFormats(const std::string& list,
                                                std::string* error);
// ".txt", ".pdf", ".docx", ".flat.xml"
const char* FormatExtension(Format f);
const char* FormatName(Format f);

// Renders `r` to `f`. Renderer diagnostics (a missing glyph) go to diags;
// system failures are the Status.
Status RenderFormat(const PreparedReport& r, Format f,
                    const model::RenderOptions& opts, Diagnostics* diags,
                    std::string* out);

}  // namespace clerk

#endif  // CLERK_PIPELINE_REPORT_H_
