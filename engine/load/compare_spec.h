// Snapshot comparison, as a job declares it (docs/template-language.md,
// "Comparing snapshots"): this quarter's plan (a data source of the job),
// the earlier snapshots it is read against, and the fields that matter.
//
//   <compare data="plan" key="ref" label="Q3 2023/24">
//     <snapshot href="plan-q1.csv" label="Q1 2023/24" as-of="2023-06-30"/>
//     <snapshot href="plan-q2.csv" label="Q2 2023/24" as-of="2023-09-30"/>
//   </compare>
//   <compare data="plan"><history href="history"/></compare>
//
// The comparison itself is built per report (pipeline/comparison.h).
#ifndef CLERK_LOAD_COMPARE_SPEC_H_
#define CLERK_LOAD_COMPARE_SPEC_H_

#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/source_loc.h"
#include "load/source_file.h"

namespace clerk {

// One earlier snapshot: a file, or a history folder (one file a quarter,
// named YYYY-MM-DD…: the date is its as-of, the rest of the name its label,
// read in name order).
struct SnapshotRef {
  std::string path;
  std::string label;  // "" = from the file name
  std::string as_of;  // ISO date; "" only for a folder (from the names)
  bool folder = false;
  SourceLoc loc;      // the <snapshot> or <history> element's href
};

struct CompareSpec {
  std::string name = "compare";  // the XPath variable: $compare
  std::string data;              // the current plan's data source
  // Field names, each a CSV column or an XML child element or attribute of
  // an action. Empty = the defaults (compare_spec.cpp: key "ref"; rag
  // "rag-status" or "rag"; due "due-date" or "due"; title "action" or
  // "text"; commentary "progress" or "commentary").
  std::string key, rag, due, title, commentary;
  std::string rows;   // XPath from the root element to the actions; "" =
                      // "row" (a CSV's rows)
  std::string label;  // the current quarter's label; "" = its as-of date
  std::string as_of;  // the current as-of; "" = the parameter $as-of
  std::vector<SnapshotRef> snapshots;  // oldest first (as written)
  SourceLoc loc;                       // the <compare> element
  SourceLoc key_loc;                   // its key attribute (or the element)
};

// Reads a job's <compare> element. Paths are joined to `dir` and must lie
// inside it. Problems go to diags; nullopt on error.
std::optional<CompareSpec> LoadCompareSpec(const FileSystem& fs,
                                           const SourceFile& file,
                                           pugi::xml_node el,
                                           const std::string& dir,
                                           Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_LOAD_COMPARE_SPEC_H_
