// Internal to load/: the typed-data parts of a job file, <field> inside
// <data> and the <rag> vocabulary (docs/template-language.md, "Typed data").
#ifndef CLERK_LOAD_JOB_TYPES_H_
#define CLERK_LOAD_JOB_TYPES_H_

#include <optional>
#include <string>

#include "load/job.h"
#include "load/source_file.h"

namespace clerk {

// Reads the <field path type formats> children of <data name=…> into
// job->fields, and its detect="false" into job->no_detect.
void LoadFieldDecls(const SourceFile& file, pugi::xml_node data,
                    const std::string& source, Job* job, Diagnostics* diags);

// Reads <rag><status word also colour done/>…</rag>.
std::optional<RagVocabulary> LoadRagVocabulary(const SourceFile& file,
                                               pugi::xml_node rag,
                                               Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_LOAD_JOB_TYPES_H_
