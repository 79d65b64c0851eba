// Command-line options shared by render, check and batch: the input and
// its data, parameters, style and mode.
#ifndef CLERK_CLI_REQUEST_OPTIONS_H_
#define CLERK_CLI_REQUEST_OPTIONS_H_

#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "pipeline/report.h"

namespace clerk::cli {

namespace po = boost::program_options;

// Adds --data, --param, --style, --mode to `desc`.
void AddRequestOptions(po::options_description* desc);

// Reads them (and the positional input) into *req. On a malformed value
// ("--data plan" without '='), false with *error set.
bool ReadRequest(const po::variables_map& vm, ReportRequest* req,
                 std::string* error);

// Prints diagnostics to stderr, each with its source line and a caret.
void PrintDiagnostics(const FileSystem& fs, const Diagnostics& diags);

// Parses args against desc (+ one positional "input"); on failure prints
// "clerk CMD: MESSAGE" and a hint to stderr and returns false.
bool ParseArgs(const std::string& cmd, const std::vector<std::string>& args,
               const po::options_description& desc, po::variables_map* vm);

}  // namespace clerk::cli

#endif  // CLERK_CLI_REQUEST_OPTIONS_H_
