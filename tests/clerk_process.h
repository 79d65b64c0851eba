// Running the clerk binary from a test: the exit code and what it printed.
// Shared by the end-to-end tests (tests/cli, tests/bad_input).
#ifndef CLERK_TESTS_CLERK_PROCESS_H_
#define CLERK_TESTS_CLERK_PROCESS_H_

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace clerk::testing_support {

struct Outcome {
  int code = -1;  // exit status, -1 if killed by a signal
  std::string out;
  std::string err;
};

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `clerk ARGS` through the shell, capturing stdout and stderr in
// files under `scratch` (removed afterwards). A non-empty `prefix` (ulimit,
// trap) runs first in the same bash.
inline Outcome RunClerk(const std::string& args,
                        const std::filesystem::path& scratch,
                        const std::string& prefix = "") {
  std::string cmd = prefix + std::string(CLERK_BINARY_DIR) +
                    "/engine/cli/clerk " + args + " >" +
                    (scratch / "stdout").string() + " 2>" +
                    (scratch / "stderr").string();
  if (!prefix.empty()) cmd = "/bin/bash -c '" + cmd + "'";
  int status = std::system(cmd.c_str());
  Outcome r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(scratch / "stdout");
  r.err = Slurp(scratch / "stderr");
  std::filesystem::remove(scratch / "stdout");
  std::filesystem::remove(scratch / "stderr");
  return r;
}

}  // namespace clerk::testing_support

#endif  // CLERK_TESTS_CLERK_PROCESS_H_
