#include "cli/meeting_command.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "base/output_name.h"
#include "cli/colour.h"
#include "cli/commands.h"
#include "cli/request_options.h"

namespace clerk::cli {

int RunMeetingCommand(const std::string& cmd, const char* usage,
                      const std::string& formats,
                      const std::vector<Format>& allowed,
                      const std::vector<std::string>& args,
                      const MeetingBuild& build) {
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")
      ("format,f", po::value<std::string>()->default_value(formats),
       "comma-separated output formats")
      ("out,o", po::value<std::string>()->default_value("."),
       "output directory (created if missing)")
      ("name", po::value<std::string>(),
       "output file name stem (default: the meeting file's name)")
      ("mode", po::value<std::string>(),
       "draft or final (default: each paper's job; minutes: draft)")
      ("color", po::value<std::string>(),
       "auto (default: colour when stderr is a terminal and NO_COLOR is not "
       "set), always or never")
      ("sync", "flush each file to disk (fsync) before renaming it into place")
      ("quiet,q", "print nothing but problems");
  po::variables_map vm;
  if (!ParseArgs(cmd, args, desc, &vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << usage << "\n" << desc;
    return kExitOk;
  }
  const std::string prefix = "clerk " + cmd + ": ";
  if (!vm.count("input")) {
    std::cerr << prefix << "no meeting file given\nTry 'clerk " << cmd
              << " --help'.\n";
    return kExitUsage;
  }
  ColourMode colour = ColourMode::kAuto;
  if (vm.count("color")) {
    auto cm = ParseColourMode(vm["color"].as<std::string>());
    if (!cm) {
      std::cerr << prefix << "--color takes auto, always or never, not '"
                << vm["color"].as<std::string>() << "'\n";
      return kExitUsage;
    }
    colour = *cm;
  }
  SetColour(colour);
  std::string error;
  auto fmts = ParseFormats(vm["format"].as<std::string>(), &error);
  if (!fmts) {
    std::cerr << prefix << error << "\n";
    return kExitUsage;
  }
  for (Format f : *fmts) {
    if (!allowed.empty() &&
        std::find(allowed.begin(), allowed.end(), f) == allowed.end()) {
      std::string names;
      for (Format a : allowed) names += (names.empty() ? "" : ", ") + std::string(FormatName(a));
      std::cerr << prefix << "writes " << names << ", not "
                << FormatName(f) << "\n";
      return kExitUsage;
    }
  }
  PackOptions opts;
  opts.formats = *fmts;
  if (vm.count("mode")) {
    opts.mode = vm["mode"].as<std::string>();
    if (opts.mode != "draft" && opts.mode != "final") {
      std::cerr << prefix << "unknown mode '" << opts.mode
                << "' (draft or final)\n";
      return kExitUsage;
    }
  }
  std::string input = vm["input"].as<std::string>();
  opts.stem = vm.count("name") ? vm["name"].as<std::string>()
                               : std::filesystem::path(input).stem().string();
  if (std::string why = CheckOutputName(opts.stem); !why.empty()) {
    std::cerr << prefix << why << "\n";
    return kExitUsage;
  }
  auto fs = NewRealFileSystem();
  Diagnostics diags;
  auto m = PrepareMeeting(*fs, input, opts.mode, &diags);
  if (!m) {
    PrintDiagnostics(*fs, diags);
    return kExitInput;
  }
  Status status;
  std::vector<OutputFile> files;
  bool ok = build(*fs, *m, opts, &diags, &status, &files);
  PrintDiagnostics(*fs, diags);
  if (!status.ok()) {
    std::cerr << prefix << status.message() << "\n";
    return kExitOutput;
  }
  if (!ok || diags.has_errors()) return kExitInput;

  std::string out_dir = vm["out"].as<std::string>();
  std::vector<std::pair<std::string, std::string_view>> writes;
  for (const OutputFile& f : files) {
    std::string path = JoinPath(out_dir, f.name);
    std::string canon = fs->Canonical(path);
    for (const std::string& in : m->inputs) {
      if (fs->Canonical(in) == canon) {
        std::cerr << prefix << "refusing to overwrite the input file " << path
                  << " (choose another --out or --name)\n";
        return kExitOutput;
      }
    }
    writes.push_back({path, f.bytes});
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    std::cerr << prefix << "cannot create output directory " << out_dir
              << ": " << ec.message() << "\n";
    return kExitOutput;
  }
  Status s = fs->WriteAllAtomic(writes, vm.count("sync") > 0);
  if (!s.ok()) {
    std::cerr << prefix << s.message() << "\n";
    return kExitOutput;
  }
  if (!vm.count("quiet")) {
    for (const auto& w : writes) std::cout << "wrote " << w.first << "\n";
  }
  return kExitOk;
}

}  // namespace clerk::cli
