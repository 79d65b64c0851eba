// A meeting with every paper prepared: the meeting file loaded and each
// item's job merged and numbered through the ordinary pipeline. The pack
// (pack.h) and the draft minutes (minutes.h) both start from here.
#ifndef CLERK_PACK_MEETING_PAPERS_H_
#define CLERK_PACK_MEETING_PAPERS_H_

#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "load/meeting.h"
#include "pipeline/report.h"

namespace clerk {

struct MeetingPapers {
  Meeting meeting;
  // One per item, same order: the prepared report, or nullopt for a
  // standing item.
  std::vector<std::optional<PreparedReport>> papers;
  std::vector<std::string> inputs;  // every file read
};

// Loads the meeting file and prepares every paper (in `mode`, "" = each
// job's own). Every problem goes to diags, a paper's with a note naming
// the item; nullopt when there was any error.
std::optional<MeetingPapers> PrepareMeeting(const FileSystem& fs,
                                            const std::string& path,
                                            const std::string& mode,
                                            Diagnostics* diags);

// The item's title as the agenda prints it: the meeting file's title, else
// the report's, else its first title line.
std::string ItemTitle(const MeetingPapers& m, size_t i);

// The text of each recommendation of the report's first recommendations
// list (its nested items as further sentences), else of the cover's
// recommendations field (a single recommendation is a plain paragraph
// there), in order; empty for a standing item or a report without any.
std::vector<std::string> ItemRecommendations(const MeetingPapers& m, size_t i);

// Merges `template_path` (style `style_path`, "" = the template's own)
// against `data` given to it as the data source `name`, and numbers it.
// Problems go to diags; nullopt on error. *style receives the style.
std::optional<model::Document> MergeGenerated(
    const FileSystem& fs, const std::string& template_path,
    const std::string& style_path, const std::string& mode,
    const std::string& name, const std::string& data_label,
    const std::string& data, model::Style* style, Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_PACK_MEETING_PAPERS_H_
