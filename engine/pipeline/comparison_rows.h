// Internal to comparison.cpp and snapshots.cpp: finding a snapshot's
// actions and their fields, and checking their keys.
#ifndef CLERK_PIPELINE_COMPARISON_ROWS_H_
#define CLERK_PIPELINE_COMPARISON_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "load/compare_spec.h"
#include "load/data_source.h"

namespace clerk {

// The names a field may have on an action, in order of preference: the
// spec's own, or the defaults.
struct FieldNames {
  std::vector<std::string> key, rag, due, title, commentary;
};
FieldNames NamesOf(const CompareSpec& spec);

// The actions of a source: spec.rows ("actionPlan/action", element names
// from the root element) or the root's <row>s.
std::vector<pugi::xml_node> ActionRows(const CompareSpec& spec,
                                       const DataSource& src);

// The first of `names` present on `row` as a child element or an
// attribute: its text with white space collapsed; nullopt when none is.
std::optional<std::string> FieldOf(pugi::xml_node row,
                                   const std::vector<std::string>& names);

// Checks that every row has a key and that no key appears twice; the keys
// in row order. Errors at the key's file:line:col.
bool CheckKeys(const CompareSpec& spec, const DataSource& src,
               const std::vector<pugi::xml_node>& rows,
               std::vector<std::string>* keys, Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_PIPELINE_COMPARISON_ROWS_H_
