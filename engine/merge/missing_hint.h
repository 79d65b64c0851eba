// Internal to merge/: what to add to "missing value: 'X' selects nothing"
// so the author can fix it: the nearest name that does exist where the
// path stopped matching ("; did you mean 'due-date'?"), else the names
// there, and a note when the run has no data source at all.
#ifndef CLERK_MERGE_MISSING_HINT_H_
#define CLERK_MERGE_MISSING_HINT_H_

#include <memory>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "load/data_source.h"

namespace clerk {

// `expr` is the expression as written; `ctx` the context it was evaluated
// in. Only plain paths (name/name/@attr, optionally from $source) get a
// suggestion; "" when there is nothing useful to add.
std::string MissingValueHint(const std::string& expr, pugi::xpath_node ctx,
                             const std::vector<std::shared_ptr<DataSource>>& data);

}  // namespace clerk

#endif  // CLERK_MERGE_MISSING_HINT_H_
