// Tidying inline runs after merge: XML white space collapsed across run
// boundaries, paragraph-leading and -trailing space trimmed, adjacent runs
// of the same kind and formatting joined.
#ifndef CLERK_MERGE_RUNS_H_
#define CLERK_MERGE_RUNS_H_

#include "model/document.h"

namespace clerk {

void NormalizeRuns(model::Runs* runs);

}  // namespace clerk

#endif  // CLERK_MERGE_RUNS_H_
