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
#include "load/typed_data.h"
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
  bool check_all = false;            // clerk check: merge even when the
                                     // template has errors, to report the
                                     // merge's problems too (still fails)
  std::vector<FieldDecl> types;      // --type SOURCE:FIELD=TYPE (added to
                                     // the job's <field>s; a later one for
                                     // the same field wins)
  std::string group_by;              // batch --group-by COLUMN (its XPath
                                     // name): snapshots compare per value
};

struct ComparisonPlan;

// What every report of a run shares: the resolved job, the loaded style,
// the data sources named by the job, and the names the template compiles
// with. Read-only once made, so batch workers share one.
struct ReportPlan {
  Job job;
  model::Style style;
  Mode mode = Mode::kFinal;
  CompileOptions compile;  // data and param names ($name)
  std::vector<std::shared_ptr<DataSource>> data;  // in job order; a source
                                                  // not loaded is null
  std::vector<std::string> inputs;  // every file read
  TypingOptions typing;  // field types and RAG vocabulary (draft = mode)
  // The job's <compare> with its snapshots loaded (comparison.h), or null;
  // without one, `compare_empty` (an empty <compare/>) is $compare unless
  // the job has a data source of that name.
  std::shared_ptr<const ComparisonPlan> compare;
  std::shared_ptr<DataSource> compare_empty;
};

// Types a data source loaded for `plan` (typed_data.h): the declared
// fields of its name, and CSV columns detected unless the job said
// detect="false". False (with diags) when a value does not fit in final
// mode.
bool TypeDataSource(const ReportPlan& plan, DataSource* src,
                    Diagnostics* diags);

// Resolves the job and its overrides, loads the data (except the sources
// named in `skip_data`, left null: a batch supplies them per record),
// compiles the template and loads the style. Problems go to diags; nullopt
// on error. *compiled receives the compiled template when not null.
std::optional<ReportPlan> PlanReport(
    const FileSystem& fs, const ReportRequest& req,
    const std::vector<std::string>& skip_data, Diagnostics* diags,
    std::unique_ptr<CompiledTemplate>* compiled = nullptr);

// Merges and numbers one document. `data` replaces the plan's data (same
// order and names); `context`, when set, is the top-level context node;
// `params` override the job's parameters of the same name (all must be
// among the names the template was compiled with).
std::optional<model::Document> BuildDocument(
    CompiledTemplate& tmpl, const ReportPlan& plan,
    const std::vector<std::shared_ptr<DataSource>>& data,
    pugi::xml_node context,
    const std::vector<std::pair<std::string, std::string>>& params,
    Diagnostics* diags);

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

enum class Format { kText, kPdf, kDocx, kFlat, kHtml };

// "text,pdf" -> formats; on an unknown name, nullopt and *error says so
// ("unknown format 'pfd'; did you mean 'pdf'?").
std::optional<std::vector<Format>> ParseFormats(const std::string& list,
                                                std::string* error);
// ".txt", ".pdf", ".docx", ".flat.xml", ".html"
const char* FormatExtension(Format f);
const char* FormatName(Format f);

// Renders `r` to `f`. Renderer diagnostics (a missing glyph) go to diags;
// system failures are the Status.
Status RenderFormat(const PreparedReport& r, Format f,
                    const model::RenderOptions& opts, Diagnostics* diags,
                    std::string* out);
Status RenderFormat(const model::Document& doc, const model::Style& style,
                    Format f, const model::RenderOptions& opts,
                    Diagnostics* diags, std::string* out);

}  // namespace clerk

#endif  // CLERK_PIPELINE_REPORT_H_
