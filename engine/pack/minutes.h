// `clerk minutes`: the draft minutes of a meeting from its meeting file.
// Each item is a minute whose number runs on from the meeting's
// first-minute, titled as on the agenda with "(Item N)"; a highlighted
// placeholder stands for the discussion; a paper's recommendations are
// drafted as resolutions in the house's RESOLVED form (the minutes style's
// resolutions heading and scheme, derived and re-lettered by the template
// language's <resolutions from>). The template and style are the meeting
// file's <minutes template style> (templates/draft-minutes.xml shipped).
#ifndef CLERK_PACK_MINUTES_H_
#define CLERK_PACK_MINUTES_H_

#include <optional>
#include <string>
#include <vector>

#include "pack/meeting_papers.h"
#include "pack/pack.h"

namespace clerk {

// The minutes as data for the template (docs/meetings.md).
std::string MinutesXml(const MeetingPapers& m);

// Merges and numbers the draft minutes (mode "" = draft: the discussion
// placeholders and the draft mark; "final" refuses placeholders).
std::optional<model::Document> BuildMinutesDocument(const FileSystem& fs,
                                                    const MeetingPapers& m,
                                                    const std::string& mode,
                                                    model::Style* style,
                                                    Diagnostics* diags);

// STEM-minutes.EXT for each format. Same contract as BuildPack.
bool BuildMinutes(const FileSystem& fs, const MeetingPapers& m,
                  const PackOptions& opts, Diagnostics* diags, Status* status,
                  std::vector<OutputFile>* files);

}  // namespace clerk

#endif  // CLERK_PACK_MINUTES_H_
