// Snapshot comparison (issue 15): this quarter's action plan read against
// earlier snapshots of it, matched by a key, and exposed to the template as
// one more data source, $compare (docs/template-language.md, "Comparing
// snapshots"):
//
//   <compare key="ref" label="Q3 2023/24" as-of="2023-12-31"
//            previous="Q2 2023/24" previous-as-of="2023-09-30">
//     <quarter>label, as-of, total, red, amber, green, complete,
//              not-started, overdue, percent-complete [, current]</quarter>…
//     <action>key, change (new | removed | unchanged), title, rag-from,
//             rag-to, direction (improved | worse | same | changed | ""),
//             due-from, due-to, due-moved (days), flags present only when
//             true (overdue, newly-red, newly-complete, newly-overdue,
//             slipped, renamed, commentary-changed), now and was (copies of
//             the action's row in each snapshot)</action>…
//   </compare>
//
// Snapshots are loaded and typed once (LoadComparison); the comparison is
// built per report, so a --group-by batch compares each area with its own
// rows of every snapshot.
#ifndef CLERK_PIPELINE_COMPARISON_H_
#define CLERK_PIPELINE_COMPARISON_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "load/compare_spec.h"
#include "load/data_source.h"
#include "load/field_types.h"

namespace clerk {

struct ReportPlan;

struct Snapshot {
  std::string label;
  std::string as_of;  // ISO
  std::shared_ptr<DataSource> src;
  // Its actions by the group column's value ("" when not grouped), in
  // file order; keys checked unique within a group.
  std::map<std::string, std::vector<pugi::xml_node>> groups;
};

struct ComparisonPlan {
  CompareSpec spec;
  std::string group_column;         // --group-by: compare per value
  std::vector<Snapshot> snapshots;  // oldest first; the last is "previous"
};

// Loads the snapshots `spec` names (files, or history folders read in name
// order), types each like the current source (the job's <field>s for
// spec.data apply), and checks their keys: a key that appears twice in one
// snapshot (within a group, when `group_column` is set) or an action with
// no key is an error at the data file's line and column. Every file read
// is added to *inputs. Null (with diags) on error.
std::shared_ptr<const ComparisonPlan> LoadComparison(
    const FileSystem& fs, const ReportPlan& plan, const CompareSpec& spec,
    const std::string& group_column, std::vector<std::string>* inputs,
    Diagnostics* diags);

// Builds the $compare data source for one report: `current` (the current
// plan's rows, for a group-by record only its own) against the snapshots'
// rows of `group_value`. `as_of` is the current as-of (ISO or ""). Keys of
// `current` are checked like the snapshots'. Null (with diags) on error.
std::shared_ptr<DataSource> BuildComparison(const ComparisonPlan& cp,
                                            const DataSource& current,
                                            const std::string& group_value,
                                            const std::string& as_of,
                                            const RagVocabulary& vocab,
                                            Diagnostics* diags);

// An empty comparison (<compare/>), the $compare of a job without one, so
// a template that shows changes when there are any renders without them.
std::shared_ptr<DataSource> EmptyComparison(const std::string& name);

}  // namespace clerk

#endif  // CLERK_PIPELINE_COMPARISON_H_
