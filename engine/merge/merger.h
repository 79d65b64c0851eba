// merge: evaluates a compiled template against plan data and produces the
// (not yet numbered) document model.
#ifndef CLERK_MERGE_MERGER_H_
#define CLERK_MERGE_MERGER_H_

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "load/data_source.h"
#include "load/field_types.h"
#include "merge/template.h"
#include "model/document.h"
#include "model/style.h"

namespace clerk {

enum class Mode {
  kFinal,  // a missing value is an error
  kDraft,  // a missing value becomes a visible placeholder and a warning
};

struct MergeInput {
  // data[0] is the context of the template's top level; every source is
  // also the variable $name. May be empty (the context is then an empty
  // document).
  std::vector<std::shared_ptr<DataSource>> data;
  std::vector<std::pair<std::string, std::string>> params;  // $name = value
  Mode mode = Mode::kFinal;
  // The context of the template's top level when not data[0]'s root
  // element: a batch record selected inside a shared data file.
  pugi::xml_node context;
  // The RAG vocabulary for rag() and <cell rag> (null: the default).
  const RagVocabulary* rag = nullptr;
};

// Evaluates `tmpl`. Problems go to diags (all of them, not only the first);
// the returned document is complete only when diags has no errors.
// REQUIRES: tmpl was compiled with the same data and param names.
model::Document Merge(CompiledTemplate& tmpl, const MergeInput& input,
                      const model::Style& style, Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_MERGE_MERGER_H_
