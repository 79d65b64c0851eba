// What `clerk pack` and `clerk minutes` share: their options and the
// all-or-nothing write of the files they made.
#ifndef CLERK_CLI_MEETING_COMMAND_H_
#define CLERK_CLI_MEETING_COMMAND_H_

#include <functional>
#include <string>
#include <vector>

#include "pack/pack.h"

namespace clerk::cli {

// Makes the files of one meeting command: false with diags/status on error.
using MeetingBuild = std::function<bool(
    const FileSystem& fs, const MeetingPapers& m, const PackOptions& opts,
    Diagnostics* diags, Status* status, std::vector<OutputFile>* files)>;

// Parses args, prepares the meeting, runs `build` and writes its files
// atomically (all or nothing). `formats` is the default --format;
// `allowed` the formats the command writes (empty: all), any other a usage
// error before any file is read.
int RunMeetingCommand(const std::string& cmd, const char* usage,
                      const std::string& formats,
                      const std::vector<Format>& allowed,
                      const std::vector<std::string>& args,
                      const MeetingBuild& build);

}  // namespace clerk::cli

#endif  // CLERK_CLI_MEETING_COMMAND_H_
