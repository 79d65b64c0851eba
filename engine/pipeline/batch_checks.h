// Checks a batch makes before any record is rendered, and what it counts
// per record afterwards.
#ifndef CLERK_PIPELINE_BATCH_CHECKS_H_
#define CLERK_PIPELINE_BATCH_CHECKS_H_

#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/batch.h"

namespace clerk {

// Every data source the template needs must be given by the job (or
// --data) or by every record. Returns "" when so, else one actionable
// message ("the data source 'report' is given by no record: …") instead of
// one "no data" failure per record.
std::string CheckRecordSources(const ReportPlan& plan,
                               const std::vector<BatchRecord>& records,
                               const std::string& record_source);

// Draft placeholders (RunKind::kPlaceholder) in a document.
int CountPlaceholders(const model::Document& doc);

}  // namespace clerk

#endif  // CLERK_PIPELINE_BATCH_CHECKS_H_
