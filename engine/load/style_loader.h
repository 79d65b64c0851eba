// Loads a house style file (styles/*.xml, docs/house-style.md) on top of
// model::DefaultStyle().
#ifndef CLERK_LOAD_STYLE_LOADER_H_
#define CLERK_LOAD_STYLE_LOADER_H_

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "model/style.h"

namespace clerk {

// Every problem goes to diags (all are reported, not just the first); the
// result is nullopt if there was any error. `from` is where the style was
// named (job file, template or command line).
std::optional<model::Style> LoadStyle(const FileSystem& fs,
                                      const std::string& path,
                                      const SourceLoc& from,
                                      Diagnostics* diags);

// Parses style XML already read (for tests).
std::optional<model::Style> ParseStyle(const FileSystem& fs,
                                       const std::string& path,
                                       std::string text, Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_LOAD_STYLE_LOADER_H_
