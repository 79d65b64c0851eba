// clerk pack: a meeting's agenda pack (docs/meetings.md).
#include "cli/commands.h"
#include "cli/meeting_command.h"

namespace clerk::cli {

namespace {

const char kUsage[] =
    "Usage: clerk pack MEETING.xml [options]\n"
    "\n"
    "Lays the agenda front sheet and every item's report out as one agenda\n"
    "pack: NAME-pack.pdf (public: each exempt item replaced by a notice),\n"
    "NAME-exempt-pack.pdf (the exempt items, for members), and with html\n"
    "NAME-agenda.html linking NAME-ID.html per public report.\n"
    "\n"
    "Example:\n"
    "  clerk pack samples/cabinet-meeting/meeting.xml --format pdf,html "
    "--out out/\n";

}  // namespace

int PackCommand(const std::vector<std::string>& args) {
  return RunMeetingCommand("pack", kUsage, "pdf", {Format::kPdf, Format::kHtml},
                           args, BuildPack);
}

}  // namespace clerk::cli
