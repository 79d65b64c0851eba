// The batch's JSON report (--report FILE.json) and the housekeeping around
// a batch's output directory (issue 9).
#ifndef CLERK_PIPELINE_BATCH_REPORT_H_
#define CLERK_PIPELINE_BATCH_REPORT_H_

#include <string>
#include <vector>

#include "pipeline/batch.h"

namespace clerk {

// {"records": [{"record", "status", "outputs", "message", "ms", "warnings",
// "placeholders"}, …]},
// written with nlohmann-json, so it is valid JSON whatever the names hold:
// bytes that are not UTF-8 (a record file named in Latin-1) become U+FFFD.
// A record that failed or was interrupted lists no outputs.
std::string BatchReportJson(const std::vector<BatchRecord>& records,
                            const std::vector<RecordOutcome>& outcomes);

// Removes the hidden temporaries ".NAME.EXT.clerk-XXXXXX" that a batch
// killed with SIGKILL leaves beside the outputs it was writing: only those
// whose NAME.EXT is one of `outputs` (paths in `dir`). Returns how many.
int RemoveStaleTemporaries(const std::string& dir,
                           const std::vector<std::string>& outputs);

// True when `inner` is `outer` or lies below it, symbolic links resolved
// (--out inside --records would feed outputs back in as records).
bool DirectoryInside(const std::string& inner, const std::string& outer);

}  // namespace clerk

#endif  // CLERK_PIPELINE_BATCH_REPORT_H_
