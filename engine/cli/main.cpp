// clerk: committee papers from templates and plan data.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "cli/commands.h"
#include "merge/xpath_budget.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const std::vector<std::string>&);
  const char* summary;
};

const Command kCommands[] = {
    {"render", clerk::cli::RenderCommand,
     "render a report to text, PDF, DOCX or Flat OPC"},
    {"batch", clerk::cli::BatchCommand,
     "render one report per record: a directory, a manifest or an XPath"},
    {"check", clerk::cli::CheckCommand,
     "check a report's template, data and style; render nothing"},
    {"data", clerk::cli::DataCommand,
     "show how a template addresses a CSV or XML file, with types and samples"},
    {"pack", clerk::cli::PackCommand,
     "lay a meeting's agenda front sheet and reports out as one agenda pack"},
    {"minutes", clerk::cli::MinutesCommand,
     "draft the minutes of a meeting from its meeting file"},
};

void Usage(std::ostream& os) {
  os << "Usage: clerk COMMAND [options]\n\nCommands:\n";
  for (const Command& c : kCommands) {
    os << "  " << c.name << std::string(10 - std::strlen(c.name), ' ')
       << c.summary << "\n";
  }
  os << "\n'clerk help COMMAND' (or 'clerk COMMAND --help') shows a "
        "command's options;\n'clerk --version' the version, commit and "
        "libraries.\n";
}

}  // namespace

int main(int argc, char** argv) {
  // Before any thread or pugixml allocation: XPath's memory budget.
  clerk::InstallXPathAllocator();
  if (argc < 2) {
    Usage(std::cerr);
    return clerk::cli::kExitUsage;
  }
  std::string cmd = argv[1];
  if (cmd == "help" && argc >= 3) {
    // clerk help COMMAND is clerk COMMAND --help.
    for (const Command& c : kCommands) {
      if (c.name == std::string(argv[2])) return c.run({"--help"});
    }
    cmd = argv[2];  // not a command: reported as unknown below
  } else if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    Usage(std::cout);
    return clerk::cli::kExitOk;
  }
  if (cmd == "--version" || cmd == "version") {
    std::cout << clerk::cli::VersionText();
    return clerk::cli::kExitOk;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  std::vector<std::string_view> names;
  for (const Command& c : kCommands) {
    if (cmd == c.name) return c.run(args);
    names.push_back(c.name);
  }
  std::cerr << "clerk: unknown command '" << cmd << "'";
  std::string s = clerk::Suggest(cmd, names);
  if (!s.empty()) std::cerr << "; did you mean '" << s << "'?";
  std::cerr << "\n";
  Usage(std::cerr);
  return clerk::cli::kExitUsage;
}
