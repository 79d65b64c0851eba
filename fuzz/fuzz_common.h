// Shared helpers for clerk's libFuzzer targets (see docs/reliability.md).
//
// Every target reads its inputs from memory: a FuzzFileSystem holds the
// fuzzed files and passes reads under /usr/share/fonts/ through to the real
// disk, so the PDF renderer and style loader find the system fonts.
#ifndef CLERK_FUZZ_FUZZ_COMMON_H_
#define CLERK_FUZZ_FUZZ_COMMON_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/file_system.h"

namespace clerk::fuzz {

// In-memory files plus read-only access to the system fonts. Writes go to
// memory (MemoryFileSystem's).
class FuzzFileSystem : public MemoryFileSystem {
 public:
  FuzzFileSystem();
  Result<std::string> Read(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  std::string Canonical(const std::string& path) const override;

 private:
  static bool IsSystemFont(const std::string& path);
  std::unique_ptr<FileSystem> real_;
};

// A bundle of files in one fuzz input, in the form scripts/fuzz-seeds.py
// writes:
//   ==> report.xml <==
//   …content…
//   ==> data.xml <==
//   …
// Text before the first header belongs to "report.xml". Paths are relative
// to /fuzz/. Malformed headers are simply content.
std::vector<std::pair<std::string, std::string>> SplitBundle(
    std::string_view input);

// A small fixed data set the template-only targets merge against: $report
// (XML) and $plan (CSV), with params $as-of.
void AddFixedData(FuzzFileSystem* fs);

}  // namespace clerk::fuzz

#endif  // CLERK_FUZZ_FUZZ_COMMON_H_
