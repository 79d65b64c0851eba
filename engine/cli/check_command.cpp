// clerk check: load, merge and number a report, print every problem,
// render nothing.
#include <iostream>

#include "cli/commands.h"
#include "cli/request_options.h"

namespace clerk::cli {

int CheckCommand(const std::vector<std::string>& args) {
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help");
  AddRequestOptions(&desc);
  po::variables_map vm;
  if (!ParseArgs("check", args, desc, &vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << "Usage: clerk check INPUT [options]\n\n"
                 "Checks a job or template and its data and style: prints "
                 "every problem found,\nrenders nothing. Exit 0 when there "
                 "is no error.\n\n"
              << desc;
    return kExitOk;
  }
  ReportRequest req;
  std::string error;
  if (!ReadRequest(vm, &req, &error)) {
    std::cerr << "clerk check: " << error << "\nTry 'clerk check --help'.\n";
    return kExitUsage;
  }
  req.check_all = true;  // an error in the template does not hide the rest
  auto fs = NewRealFileSystem();
  Diagnostics diags;
  auto report = PrepareReport(*fs, req, &diags);
  PrintDiagnostics(*fs, diags);
  if (!report || diags.has_errors()) {
    std::cerr << diags.error_count() << " error"
              << (diags.error_count() == 1 ? "" : "s") << " in " << req.input
              << "\n";
    return kExitInput;
  }
  int warnings = static_cast<int>(diags.all().size());
  std::cout << req.input << ": ok";
  if (warnings) std::cout << " (" << warnings << " warning" << (warnings == 1 ? "" : "s") << ")";
  std::cout << "\n";
  return kExitOk;
}

}  // namespace clerk::cli
