// Batch records from one spreadsheet: `clerk batch --group-by COLUMN` makes
// one record per distinct value of a column of a CSV data source, each
// record seeing only its own rows (docs/batch.md).
#ifndef CLERK_PIPELINE_GROUP_BY_H_
#define CLERK_PIPELINE_GROUP_BY_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "pipeline/batch.h"
#include "pipeline/report.h"

namespace clerk {

struct Groups {
  std::vector<BatchRecord> records;  // in order of first appearance
  std::vector<int> ungrouped_lines;  // rows whose column is empty
};

// Splits `src` (a CSV source named as the record data, already typed) by
// `column` (a column name or its header text). `typing` are the problems
// typing the whole file found: a record whose rows have an error fails
// before rendering (BatchRecord::failure, the first problem located at the
// data file's line and column); warnings are counted on their record.
// Each record's param `column` is its value.
// REQUIRES: the column exists (LoadGroupSource checked it).
Groups GroupRows(const std::shared_ptr<DataSource>& src,
                 const std::string& column, const Diagnostics& typing);

// Loads the CSV that --group-by splits: the data source `source` named in
// `data` (the job's sources after --data overrides). Untyped: typing needs
// the plan. On failure null with diags or *error set (not a CSV, no such
// source, no such column, with "did you mean").
std::shared_ptr<DataSource> LoadGroupSource(const FileSystem& fs,
                                            const std::vector<NamedPath>& data,
                                            const std::string& source,
                                            const std::string& column,
                                            Diagnostics* diags,
                                            std::string* error);

// Types `src` whole for `plan` (so detection sees every row; problems are
// kept per record rather than failing the batch) and groups it by
// `column`. `src` must outlive the records.
Groups TypeAndGroup(const ReportPlan& plan,
                    const std::shared_ptr<DataSource>& src,
                    const std::string& column);

// The data source a --group-by batch splits: `record_data` when given,
// else the first of `data` whose file is a CSV. "" when there is none.
std::string GroupSource(const std::vector<NamedPath>& data,
                        const std::string& record_data);

// The job's data sources with the request's --data overrides applied, in
// the job's order (problems loading the job go to diags).
std::vector<NamedPath> RequestedData(const FileSystem& fs,
                                     const ReportRequest& req,
                                     Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_PIPELINE_GROUP_BY_H_
