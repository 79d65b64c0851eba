// Batch: one template, many records, each rendered to its own files.
// Records come from a directory of data files, a manifest CSV, or the nodes
// an XPath selects in one shared data file. The plan (job, style, shared
// data) is made once and shared read-only; each worker thread compiles its
// own template (pugixml binds XPath variables per compiled query).
#ifndef CLERK_PIPELINE_BATCH_H_
#define CLERK_PIPELINE_BATCH_H_

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/report.h"

namespace clerk {

struct BatchRecord {
  std::string label;      // how messages name it: a file, "manifest.csv:12"
  std::string stem;       // output file name without extension
  std::string data_path;  // the record's own data file ("" when selected)
  std::vector<NamedPath> extra_data;  // manifest: further per-record sources
  std::vector<std::pair<std::string, std::string>> params;  // manifest
  pugi::xml_node context;  // select mode: the record's node
  std::vector<std::string> inputs;  // files it depends on (for --resume)
  // --group-by (group_by.h): the record's own rows, as its data source.
  std::shared_ptr<DataSource> data;
  std::string failure;  // known before rendering: a located data problem
  int warnings = 0;     // found while loading its data (draft mode)
};

struct RecordOutcome {
  enum Kind { kOk, kFailed, kSkipped, kInterrupted } kind = kOk;
  std::vector<std::string> outputs;  // paths written (or that would be)
  std::string message;               // kFailed: the first problem, located
  double ms = 0;
  int warnings = 0;      // diagnostics of warning severity for the record
  int placeholders = 0;  // draft placeholders in its document
};

const char* OutcomeName(RecordOutcome::Kind k);

// Where records come from and where they go.
struct BatchSpec {
  std::string record_source;  // the data source each record supplies
  std::vector<Format> formats;
  std::string out_dir;
  model::RenderOptions render;
};

// Renders records. One Worker per thread; Render is called for any number
// of records in turn.
class BatchWorker {
 public:
  BatchWorker(const FileSystem& fs, const ReportPlan& plan,
              const BatchSpec& spec, FileSystem* out_fs);
  // Compiles this worker's template. False (with diags) on failure.
  bool Init(Diagnostics* diags);
  // Renders one record and writes its files atomically, unless *stop
  // becomes true first (then nothing of it is written: kInterrupted).
  RecordOutcome Render(const BatchRecord& rec, const std::atomic<bool>& stop);

 private:
  const FileSystem& fs_;
  const ReportPlan& plan_;
  const BatchSpec& spec_;
  FileSystem* out_fs_;
  std::unique_ptr<CompiledTemplate> tmpl_;
  size_t record_index_ = 0;  // index of spec.record_source in plan.data
};

// Output paths of a record for the spec's formats.
std::vector<std::string> OutputPaths(const BatchSpec& spec,
                                     const BatchRecord& rec);

// Records: every .xml and .csv file in `dir`, sorted by name. Errors (an
// unreadable directory, no files) go to *error.
std::vector<BatchRecord> RecordsFromDirectory(const std::string& dir,
                                              std::string* error);

// Records from a manifest CSV: a "name" column (output stem), columns named
// like data sources (file paths, relative to the manifest), every other
// column a string parameter. Problems go to diags.
std::vector<BatchRecord> RecordsFromManifest(
    const FileSystem& fs, const std::string& path,
    const std::vector<std::string>& data_names, Diagnostics* diags);

// Records: the nodes `xpath` selects in `source` (kept alive by the
// caller). Problems go to *error.
std::vector<BatchRecord> RecordsFromSelect(const DataSource& source,
                                           const std::string& xpath,
                                           std::string* error);

// Sets each record's stem from `pattern`: {file} (the record's file name
// without extension), {n} (its 1-based index, zero-padded to the count's
// width) and {XPATH} evaluated on the record's data (its root element, or
// its selected node). Characters unsafe in file names become '-'. An
// empty pattern keeps the stems as they are ({file} for directories).
// Records whose data cannot be read for the pattern are reported in
// *errors ("label: message") and keep their index as stem.
void NameRecords(const FileSystem& fs, const std::string& pattern,
                 const std::string& record_source,
                 std::vector<BatchRecord>* records,
                 std::vector<std::string>* errors);

// Two records writing the same file: one message per clash, naming both.
std::vector<std::string> FindCollisions(const BatchSpec& spec,
                                        const std::vector<BatchRecord>& records);

// Keeps records i with i % n == k - 1 (1 <= k <= n), in order.
std::vector<BatchRecord> Shard(std::vector<BatchRecord> records, int k, int n);

// True when every output of `rec` exists and is newer than each of its
// inputs and `shared_inputs` (template, style, job, shared data).
bool OutputsUpToDate(const BatchSpec& spec, const BatchRecord& rec,
                     const std::vector<std::string>& shared_inputs);

}  // namespace clerk

#endif  // CLERK_PIPELINE_BATCH_H_
