// clerk render: one report to text, PDF, DOCX and/or Flat OPC.
#include <filesystem>
#include <iostream>

#include "base/output_name.h"
#include "cli/commands.h"
#include "cli/request_options.h"

namespace clerk::cli {

namespace {

const char kUsage[] =
    "Usage: clerk render INPUT [options]\n"
    "\n"
    "Renders a report. INPUT is a job file (<job>, naming its template, data\n"
    "and style) or a template (<report>) with --data.\n"
    "\n"
    "Examples:\n"
    "  clerk render samples/wsoa-update-2019/report.xml --format text,pdf\n"
    "  clerk render templates/quarterly-update.xml --data plan=plan.csv "
    "--out out/\n";

std::string Stem(const std::string& path) {
  std::filesystem::path p(path);
  return p.stem().string();
}

}  // namespace

int RenderCommand(const std::vector<std::string>& args) {
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")
      ("format,f", po::value<std::string>(),
       "comma-separated: text, pdf, docx, flat, html (default: the job's, else pdf)")
      ("out,o", po::value<std::string>()->default_value("."),
       "output directory (created if missing)")
      ("name", po::value<std::string>(),
       "output file name stem (default: the job's <output name>, else the "
       "input file's name)")
      ("sync", "flush each file to disk (fsync) before renaming it into place")
      ("quiet,q", "print nothing but problems");
  AddRequestOptions(&desc);
  po::variables_map vm;
  if (!ParseArgs("render", args, desc, &vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << kUsage << "\n" << desc;
    return kExitOk;
  }
  ReportRequest req;
  std::string error;
  if (!ReadRequest(vm, &req, &error)) {
    std::cerr << "clerk render: " << error << "\nTry 'clerk render --help'.\n";
    return kExitUsage;
  }
  // A bad --format is a usage error found before any file is read.
  if (vm.count("format") && !ParseFormats(vm["format"].as<std::string>(), &error)) {
    std::cerr << "clerk render: " << error << "\n";
    return kExitUsage;
  }
  auto fs = NewRealFileSystem();
  Diagnostics diags;
  auto report = PrepareReport(*fs, req, &diags);
  if (!report) {
    PrintDiagnostics(*fs, diags);
    return kExitInput;
  }
  std::string format_list = vm.count("format") ? vm["format"].as<std::string>()
                            : !report->job.formats.empty() ? report->job.formats
                                                           : "pdf";
  auto formats = ParseFormats(format_list, &error);
  if (!formats) {
    std::cerr << "clerk render: " << error << "\n";
    return kExitUsage;
  }
  std::string stem = vm.count("name") ? vm["name"].as<std::string>()
                     : !report->job.output_name.empty()
                         ? report->job.output_name
                         : Stem(req.input);
  if (std::string why = CheckOutputName(stem); !why.empty()) {
    std::cerr << "clerk render: " << why
              << (vm.count("name") ? "\nTry 'clerk render --help'.\n" : "\n");
    return vm.count("name") ? kExitUsage : kExitInput;
  }
  std::string out_dir = vm["out"].as<std::string>();

  // Render everything in memory first: a failure writes nothing.
  model::RenderOptions opts;
  std::vector<std::pair<std::string, std::string>> files;
  for (Format f : *formats) {
    std::string bytes;
    Status s = RenderFormat(*report, f, opts, &diags, &bytes);
    if (!s.ok()) {
      PrintDiagnostics(*fs, diags);
      std::cerr << "clerk render: " << FormatName(f) << ": " << s.message()
                << "\n";
      return kExitOutput;
    }
    files.push_back({JoinPath(out_dir, stem + FormatExtension(f)),
                     std::move(bytes)});
  }
  PrintDiagnostics(*fs, diags);
  if (diags.has_errors()) return kExitInput;

  for (const auto& [path, bytes] : files) {
    std::string canon = fs->Canonical(path);
    for (const std::string& in : report->inputs) {
      if (fs->Canonical(in) == canon) {
        std::cerr << "clerk render: refusing to overwrite the input file "
                  << path << " (choose another --out or --name)\n";
        return kExitOutput;
      }
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    std::cerr << "clerk render: cannot create output directory " << out_dir
              << ": " << ec.message() << "\n";
    return kExitOutput;
  }
  std::vector<std::pair<std::string, std::string_view>> writes;
  for (const auto& [path, bytes] : files) writes.push_back({path, bytes});
  Status s = fs->WriteAllAtomic(writes, vm.count("sync") > 0);
  if (!s.ok()) {
    std::cerr << "clerk render: " << s.message() << "\n";
    return kExitOutput;
  }
  if (!vm.count("quiet")) {
    for (const auto& [path, bytes] : files) std::cout << "wrote " << path << "\n";
  }
  return kExitOk;
}

}  // namespace clerk::cli
