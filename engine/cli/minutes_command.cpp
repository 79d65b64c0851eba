// clerk minutes: a meeting's draft minutes (docs/meetings.md).
#include "cli/commands.h"
#include "cli/meeting_command.h"
#include "pack/minutes.h"

namespace clerk::cli {

namespace {

const char kUsage[] =
    "Usage: clerk minutes MEETING.xml [options]\n"
    "\n"
    "Drafts the minutes of a meeting from its meeting file: every item a\n"
    "minute numbered on from first-minute, \"(Item N)\", a placeholder for\n"
    "the discussion and each report's recommendations as resolutions.\n"
    "Writes NAME-minutes.docx (to edit in Word) by default.\n"
    "\n"
    "Example:\n"
    "  clerk minutes samples/cabinet-meeting/meeting.xml --format "
    "docx,pdf,html\n";

}  // namespace

int MinutesCommand(const std::vector<std::string>& args) {
  return RunMeetingCommand("minutes", kUsage, "docx", {}, args, BuildMinutes);
}

}  // namespace clerk::cli
