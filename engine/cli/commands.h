// clerk's subcommands. Each takes its arguments after the subcommand name
// and returns the process exit code (docs/cli.md):
//   0 success, 1 problems in the input (reported as diagnostics),
//   2 bad command line, 3 output could not be rendered or written.
#ifndef CLERK_CLI_COMMANDS_H_
#define CLERK_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace clerk::cli {

constexpr int kExitOk = 0;
constexpr int kExitInput = 1;
constexpr int kExitUsage = 2;
constexpr int kExitOutput = 3;

int RenderCommand(const std::vector<std::string>& args);
int CheckCommand(const std::vector<std::string>& args);
int BatchCommand(const std::vector<std::string>& args);
int DataCommand(const std::vector<std::string>& args);
int PackCommand(const std::vector<std::string>& args);
int MinutesCommand(const std::vector<std::string>& args);

// "clerk 0.1.0 (commit abc123)" and one line per library compiled in.
std::string VersionText();

}  // namespace clerk::cli

#endif  // CLERK_CLI_COMMANDS_H_
