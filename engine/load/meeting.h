// A meeting file (root <meeting>): one meeting of a committee, its agenda
// items and, for each item with a paper, the clerk job that renders it.
// `clerk pack` lays the agenda front sheet and every paper out as one pack;
// `clerk minutes` drafts the minutes from the same file (docs/meetings.md).
#ifndef CLERK_LOAD_MEETING_H_
#define CLERK_LOAD_MEETING_H_

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/source_loc.h"

namespace clerk {

struct MeetingItem {
  int number = 0;        // agenda item number: 1, 2, … in file order
  std::string id;        // unique; "item-N" when the file gives none
  std::string title;     // a standing item's title, or a paper's override
  std::string paper;     // the job file (normalised path), "" = no paper
  std::string decision;  // decision reference ("24/00108"), or ""
  bool exempt = false;   // Part 2: kept out of the public pack
  int paragraph = 0;     // Schedule 12A paragraph (1–7) when exempt
  SourceLoc loc;         // the <item> element
  SourceLoc paper_loc;   // its paper attribute
};

struct Meeting {
  std::string file;       // the meeting file as named
  std::string council;
  std::string committee;
  std::string date;       // ISO 8601 (yyyy-mm-dd)
  std::string time;       // as printed ("10.00 am")
  std::string venue;
  std::string contact_name, contact_phone, contact_email;
  std::vector<std::string> members;
  int first_minute = 1;   // the first minute number of this meeting
  // Front sheet and minutes: template and style (normalised paths) from
  // <agenda template style> and <minutes template style>; "" when not
  // named (the pack needs the agenda's template, the minutes theirs; a
  // style "" is the template's own). The shipped ones are
  // templates/agenda-front-sheet.xml and templates/draft-minutes.xml.
  std::string agenda_template, agenda_style;
  std::string minutes_template, minutes_style;
  // What the pack prints at the foot of every page, beside each paper's
  // own footer: <agenda page-label>, {page} and {pages} filled in.
  std::string page_label = "Pack page {page}";
  std::vector<MeetingItem> items;
};

// Reads a meeting file. Every mistake is an error at its file:line:col in
// `diags` (all of them, not only the first); nullopt when there was any.
// Papers must be files inside the meeting file's directory tree (no ".."
// or symlink out of it), like a manifest's data.
std::optional<Meeting> LoadMeeting(const FileSystem& fs,
                                   const std::string& path,
                                   Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_LOAD_MEETING_H_
