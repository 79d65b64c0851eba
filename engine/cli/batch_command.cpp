// clerk batch: one template, many records; worker threads, a progress bar,
// failure isolation, --shard, --resume and a JSON report.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "base/output_name.h"
#include "cli/commands.h"
#include "cli/request_options.h"
#include "pipeline/batch.h"
#include "pipeline/batch_checks.h"
#include "pipeline/batch_report.h"
#include "pipeline/group_by.h"

namespace clerk::cli {

namespace {

const char kUsage[] =
    "Usage: clerk batch INPUT (--records DIR | --manifest FILE.csv | --select "
    "XPATH) [options]\n"
    "\n"
    "Renders one report per record with the template (or job) INPUT.\n"
    "  --records DIR       every .xml/.csv file in DIR is one record's data\n"
    "  --manifest FILE     a CSV: a 'name' column (output name), columns named\n"
    "                      like data sources (file paths), others parameters\n"
    "  --select XPATH      the nodes XPATH selects in the record data source\n"
    "                      (given with --data or by the job) are the records\n"
    "  --group-by COLUMN   one record per distinct value of COLUMN of a CSV\n"
    "                      data source, each seeing only its own rows\n"
    "\n"
    "Example:\n"
    "  clerk batch templates/quarterly-update.xml --records plans/ "
    "--name-pattern '{council}-{quarter}' --format pdf,docx --out out/ --jobs "
    "4\n";

std::atomic<bool> g_stop{false};
std::atomic<int> g_signal{0};

extern "C" void OnSignal(int sig) {
  g_stop = true;
  g_signal = sig;
}

class Progress {
 public:
  Progress(size_t total, bool enabled)
      : total_(total), enabled_(enabled),
        start_(std::chrono::steady_clock::now()) {}

  void Done(size_t done) {
    if (!enabled_) return;
    double s = Seconds();
    double rate = s > 0 ? done / s : 0;
    double eta = rate > 0 ? (total_ - done) / rate : 0;
    int width = 30;
    int filled = total_ ? static_cast<int>(width * done / total_) : width;
    std::fprintf(stderr, "\r[%s%s] %zu/%zu  %.1f reports/s  ETA %ds ",
                 std::string(static_cast<size_t>(filled), '=').c_str(),
                 std::string(static_cast<size_t>(width - filled), ' ').c_str(),
                 done, total_, rate, static_cast<int>(eta + 0.5));
    std::fflush(stderr);
  }
  // A line that must not be overwritten by the bar.
  void Line(const std::string& s) {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
    std::fprintf(stderr, "%s\n", s.c_str());
  }
  void Finish() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start_)
        .count();
  }

 private:
  size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
};

std::string UngroupedNote(const Groups& g, const std::string& path,
                          const std::string& column) {
  std::string lines;
  for (size_t i = 0; i < g.ungrouped_lines.size() && i < 5; ++i) {
    lines += (i ? ", " : "") + std::to_string(g.ungrouped_lines[i]);
  }
  if (g.ungrouped_lines.size() > 5) lines += ", …";
  size_t n = g.ungrouped_lines.size();
  return std::to_string(n) + " row" + (n == 1 ? "" : "s") + " of " + path +
         " ha" + (n == 1 ? "s" : "ve") + " no " + column + " (line" +
         (n == 1 ? " " : "s ") + lines + ") and " + (n == 1 ? "is" : "are") +
         " in no report";
}

bool ParseShard(const std::string& s, int* k, int* n) {
  size_t slash = s.find('/');
  if (slash == std::string::npos) return false;
  try {
    *k = std::stoi(s.substr(0, slash));
    *n = std::stoi(s.substr(slash + 1));
  } catch (...) {
    return false;
  }
  return *n >= 1 && *k >= 1 && *k <= *n;
}

}  // namespace

int BatchCommand(const std::vector<std::string>& args) {
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")
      ("records", po::value<std::string>(), "DIR: one record per data file")
      ("manifest", po::value<std::string>(), "FILE.csv: one record per row")
      ("select", po::value<std::string>(),
       "XPATH: one record per selected node of the record data source")
      ("group-by", po::value<std::string>(),
       "COLUMN: one record per distinct value of a column of the CSV record "
       "data source (default: the job's first CSV)")
      ("record-data", po::value<std::string>(),
       "NAME: the data source each record supplies (default: the job's "
       "first, else 'data')")
      ("name-pattern", po::value<std::string>(),
       "output names: {file}, {n} and {XPATH} on the record, where the "
       "record's params are $variables, e.g. '{council}-{quarter}', "
       "'send-{$area}'")
      ("format,f", po::value<std::string>(), "text, pdf, docx, flat, html (default: the job's, else pdf)")
      ("out,o", po::value<std::string>()->default_value("."), "output directory")
      ("jobs,j", po::value<int>(), "worker threads (default: the machine's cores)")
      ("shard", po::value<std::string>(), "K/N: render only the K-th of N deterministic shares")
      ("resume", "skip records whose outputs exist and are newer than their inputs")
      ("report", po::value<std::string>(), "FILE.json: every record's status, outputs, message and ms")
      ("quiet,q", "no progress bar and no summary");
  AddRequestOptions(&desc);
  po::variables_map vm;
  if (!ParseArgs("batch", args, desc, &vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << kUsage << "\n" << desc;
    return kExitOk;
  }
  auto usage = [](const std::string& msg) {
    std::cerr << "clerk batch: " << msg << "\nTry 'clerk batch --help'.\n";
    return kExitUsage;
  };
  int sources = static_cast<int>(vm.count("records") + vm.count("manifest") +
                                 vm.count("select") + vm.count("group-by"));
  if (sources != 1) {
    return usage(
        "give exactly one of --records, --manifest, --select or --group-by");
  }
  ReportRequest req;
  std::string error;
  if (!ReadRequest(vm, &req, &error)) return usage(error);
  int shard_k = 1, shard_n = 1;
  if (vm.count("shard") &&
      !ParseShard(vm["shard"].as<std::string>(), &shard_k, &shard_n)) {
    return usage("--shard takes K/N with 1 <= K <= N, not '" +
                 vm["shard"].as<std::string>() + "'");
  }
  int jobs = vm.count("jobs") ? vm["jobs"].as<int>()
                              : static_cast<int>(std::thread::hardware_concurrency());
  if (jobs < 1 || jobs > 256) return usage("--jobs takes 1 to 256");
  // A bad --format is a usage error found before any file is read.
  if (vm.count("format") && !ParseFormats(vm["format"].as<std::string>(), &error)) {
    return usage(error);
  }
  auto fs = NewRealFileSystem();
  Diagnostics diags;

  // Which data source the records supply.
  std::string record_source;
  std::shared_ptr<DataSource> grouped;  // the rows the group records copy
  if (vm.count("group-by")) {
    std::vector<NamedPath> data = RequestedData(*fs, req, &diags);
    record_source = GroupSource(
        data, vm.count("record-data") ? vm["record-data"].as<std::string>() : "");
    if (record_source.empty()) {
      PrintDiagnostics(*fs, diags);
      std::cerr << "clerk batch: --group-by needs a CSV data source (name it "
                   "in the job or with --data NAME=FILE.csv)\n";
      return kExitInput;
    }
    grouped = LoadGroupSource(*fs, data, record_source,
                              vm["group-by"].as<std::string>(), &diags, &error);
    if (!grouped) {
      PrintDiagnostics(*fs, diags);
      if (!error.empty()) std::cerr << "clerk batch: " << error << "\n";
      return kExitInput;
    }
  } else if (vm.count("record-data")) {
    record_source = vm["record-data"].as<std::string>();
  } else if (!vm.count("select")) {
    Result<std::string> text = fs->Read(req.input);
    if (text.ok() && LooksLikeJob(*text)) {
      auto job = LoadJob(*fs, req.input, &diags);
      if (job && !job->data.empty()) record_source = job->data.front().name;
    }
    if (record_source.empty()) record_source = "data";
  }
  // Manifest columns that are not data become parameters: declare them.
  std::vector<BatchRecord> records;
  std::vector<std::string> skip;
  if (!vm.count("select")) skip.push_back(record_source);
  if (vm.count("manifest")) {
    auto manifest = LoadDataSource(*fs, "manifest",
                                   vm["manifest"].as<std::string>(),
                                   SourceLoc{}, &diags);
    if (!manifest) {
      PrintDiagnostics(*fs, diags);
      return kExitInput;
    }
    pugi::xml_node first = manifest->root().child("row");
    for (pugi::xml_node col : first.children()) {
      std::string name = col.name();
      if (name != "name" && name != record_source) {
        req.params.push_back(NamedPath{name, "", {}});
      }
    }
  }
  if (vm.count("group-by")) {
    // Each record's value of the column is the parameter $COLUMN.
    req.params.push_back(
        NamedPath{CsvColumnName(vm["group-by"].as<std::string>()), "", {}});
    req.group_by = CsvColumnName(vm["group-by"].as<std::string>());
  }
  std::unique_ptr<CompiledTemplate> tmpl;
  auto plan = PlanReport(*fs, req, skip, &diags, &tmpl);
  if (!plan) {
    PrintDiagnostics(*fs, diags);
    return kExitInput;
  }
  if (vm.count("select") && record_source.empty()) {
    record_source = plan->job.data.empty() ? "" : plan->job.data.front().name;
  }
  // Data sources named in the manifest are per-record: not params.
  std::vector<std::string> data_names{record_source};
  for (const NamedPath& d : plan->job.data) {
    if (d.name != record_source) data_names.push_back(d.name);
  }
  if (vm.count("group-by")) {
    auto groups = TypeAndGroup(*plan, grouped, vm["group-by"].as<std::string>());
    records = std::move(groups.records);
    if (!groups.ungrouped_lines.empty()) {
      std::cerr << "clerk batch: warning: " << UngroupedNote(groups, grouped->file->path,
                                                         vm["group-by"].as<std::string>())
                << "\n";
    }
    if (records.empty()) error = "no row has a value in the --group-by column";
  } else if (vm.count("records")) {
    // Outputs (a Flat OPC .xml) written among the records would be read
    // back as records by the next run.
    if (DirectoryInside(vm["out"].as<std::string>(),
                        vm["records"].as<std::string>())) {
      return usage("--out " + vm["out"].as<std::string>() +
                   " is inside --records " + vm["records"].as<std::string>() +
                   "; the outputs would be read as records next time (choose "
                   "an --out outside it)");
    }
    records = RecordsFromDirectory(vm["records"].as<std::string>(), &error);
  } else if (vm.count("manifest")) {
    records = RecordsFromManifest(*fs, vm["manifest"].as<std::string>(),
                                  data_names, &diags);
    if (diags.has_errors()) {
      PrintDiagnostics(*fs, diags);
      return kExitInput;
    }
  } else {
    std::shared_ptr<DataSource> src;
    for (size_t i = 0; i < plan->job.data.size(); ++i) {
      if (plan->job.data[i].name == record_source) src = plan->data[i];
    }
    if (!src) {
      return usage("--select needs the record data source '" + record_source +
                   "' (give it with --data NAME=FILE)");
    }
    records = RecordsFromSelect(*src, vm["select"].as<std::string>(), &error);
  }
  if (records.empty()) {
    std::cerr << "clerk batch: " << error << "\n";
    return kExitInput;
  }
  std::string missing = CheckRecordSources(*plan, records, record_source);
  if (!missing.empty()) {
    std::cerr << "clerk batch: " << missing << "; nothing was rendered\n";
    return kExitInput;
  }

  BatchSpec spec;
  spec.record_source = record_source;
  spec.out_dir = vm["out"].as<std::string>();
  std::string format_list = vm.count("format") ? vm["format"].as<std::string>()
                            : !plan->job.formats.empty() ? plan->job.formats
                                                         : "pdf";
  auto formats = ParseFormats(format_list, &error);
  if (!formats) return usage(error);
  spec.formats = *formats;

  std::vector<std::string> name_errors;
  NameRecords(*fs, vm.count("name-pattern") ? vm["name-pattern"].as<std::string>() : "",
              record_source, &records, &name_errors);
  for (const BatchRecord& r : records) {  // a manifest's names included
    std::string why = r.stem.empty() ? "" : CheckOutputName(r.stem);
    if (!why.empty()) name_errors.push_back(r.label + ": " + why);
  }
  std::vector<std::string> clashes = FindCollisions(spec, records);
  if (!name_errors.empty() || !clashes.empty()) {
    for (const std::string& e : name_errors) std::cerr << "clerk batch: " << e << "\n";
    for (const std::string& c : clashes) std::cerr << "clerk batch: " << c << "\n";
    std::cerr << "clerk batch: nothing was written\n";
    return kExitInput;
  }
  size_t all = records.size();
  records = Shard(std::move(records), shard_k, shard_n);

  std::error_code ec;
  std::filesystem::create_directories(spec.out_dir, ec);
  if (ec) {
    std::cerr << "clerk batch: cannot create output directory " << spec.out_dir
              << ": " << ec.message() << "\n";
    return kExitOutput;
  }

  std::vector<RecordOutcome> outcomes(records.size());
  std::vector<bool> todo(records.size(), true);
  if (vm.count("resume")) {
    // A batch killed with SIGKILL leaves its hidden temporaries behind.
    std::vector<std::string> outputs;
    for (const BatchRecord& r : records) {
      for (std::string& p : OutputPaths(spec, r)) outputs.push_back(std::move(p));
    }
    RemoveStaleTemporaries(spec.out_dir, outputs);
    for (size_t i = 0; i < records.size(); ++i) {
      if (OutputsUpToDate(spec, records[i], plan->inputs)) {
        todo[i] = false;
        outcomes[i].kind = RecordOutcome::kSkipped;
        outcomes[i].outputs = OutputPaths(spec, records[i]);
      }
    }
  }

  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);

  bool quiet = vm.count("quiet") > 0;
  Progress progress(records.size(), !quiet && isatty(STDERR_FILENO));
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::mutex out_mu;
  jobs = std::min<int>(jobs, std::max<int>(1, static_cast<int>(records.size())));
  auto work = [&](int) {
    BatchWorker worker(*fs, *plan, spec, fs.get());
    Diagnostics wd;
    if (!worker.Init(&wd)) return;
    for (;;) {
      size_t i = next++;
      if (i >= records.size()) break;
      if (todo[i]) {
        outcomes[i] = worker.Render(records[i], g_stop);
      }
      std::lock_guard<std::mutex> lock(out_mu);
      size_t d = ++done;  // under the lock: the counter never goes back
      if (outcomes[i].kind == RecordOutcome::kFailed) {
        progress.Line("FAILED " + records[i].label + ": " + outcomes[i].message);
      }
      progress.Done(d);
    }
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work, t);
  work(0);
  for (std::thread& t : threads) t.join();
  // One flush for the whole batch instead of one per file: the file system
  // holding the outputs (syncfs), not every disk of the machine.
  fs->Sync(spec.out_dir);
  progress.Finish();

  size_t ok = 0, failed = 0, skipped = 0, interrupted = 0;
  long warnings = 0, placeholders = 0;
  for (const RecordOutcome& o : outcomes) {
    warnings += o.warnings;
    placeholders += o.placeholders;
    ok += o.kind == RecordOutcome::kOk;
    failed += o.kind == RecordOutcome::kFailed;
    skipped += o.kind == RecordOutcome::kSkipped;
    interrupted += o.kind == RecordOutcome::kInterrupted;
  }
  if (vm.count("report")) {
    Status s = fs->WriteAtomic(vm["report"].as<std::string>(),
                               BatchReportJson(records, outcomes));
    if (!s.ok()) std::cerr << "clerk batch: " << s.message() << "\n";
  }
  if (!quiet) {
    double secs = progress.Seconds();
    std::fprintf(stderr,
                 "clerk batch: %zu rendered, %zu failed, %zu skipped%s of %zu "
                 "records%s in %.2f s (%.1f reports/s, %d worker%s)\n",
                 ok, failed, skipped,
                 interrupted ? (", " + std::to_string(interrupted) + " interrupted").c_str() : "",
                 records.size(),
                 shard_n > 1 ? (" (shard " + std::to_string(shard_k) + "/" +
                                std::to_string(shard_n) + " of " +
                                std::to_string(all) + ")").c_str()
                             : "",
                 secs, secs > 0 ? ok / secs : 0.0, jobs, jobs == 1 ? "" : "s");
    if (warnings || placeholders) {
      std::fprintf(stderr, "clerk batch: %ld warning%s, %ld draft placeholder%s "
                   "(per record in --report)\n",
                   warnings, warnings == 1 ? "" : "s", placeholders,
                   placeholders == 1 ? "" : "s");
    }
  }
  if (g_stop) {
    std::fprintf(stderr,
                 "clerk batch: interrupted; %zu record%s not rendered. Run the "
                 "same command again with --resume to render only those.\n",
                 interrupted, interrupted == 1 ? " was" : "s were");
  }
  if (g_stop) return 128 + g_signal.load();
  return failed ? kExitInput : kExitOk;
}

}  // namespace clerk::cli
