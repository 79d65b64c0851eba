// A job file (samples/NAME/report.xml, root <job>): which template, style,
// data and parameters make one report, so `clerk render report.xml` needs no
// other argument. Paths in it are relative to the job file.
#ifndef CLERK_LOAD_JOB_H_
#define CLERK_LOAD_JOB_H_

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/source_loc.h"
#include "load/compare_spec.h"
#include "load/typed_data.h"

namespace clerk {

struct NamedPath {
  std::string name;
  std::string path;
  SourceLoc loc;  // where it was named
};

struct Job {
  std::string file;           // the job file ("" when rendering a template)
  NamedPath template_path;    // name unused
  NamedPath style_path;       // path "" = the template's or the built-in
  std::vector<NamedPath> data;    // in order; the first is the context
  std::vector<NamedPath> params;  // path holds the value
  std::string output_name;    // file name stem; "" = from the file name
  std::string mode;           // "draft", "final" or ""
  std::string formats;        // "pdf,docx" or ""
  // Typed data: <field> declarations inside <data>, sources whose CSV
  // columns are not detected (<data detect="false">), and the RAG
  // vocabulary (<rag><status …/></rag>; the default when absent).
  std::vector<FieldDecl> fields;
  std::vector<std::string> no_detect;
  std::optional<RagVocabulary> rag;
  // <compare>: this plan read against earlier snapshots (compare_spec.h).
  std::optional<CompareSpec> compare;
};

// Reads a job file. Problems go to diags; nullopt on error. Data files must
// resolve inside the job file's directory tree (no ".." or symlink out of
// it); the template and style may be anywhere, like command-line paths.
std::optional<Job> LoadJob(const FileSystem& fs, const std::string& path,
                           Diagnostics* diags);

// True when the file's root element is <job> (cheap sniff of the text).
bool LooksLikeJob(const std::string& text);

}  // namespace clerk

#endif  // CLERK_LOAD_JOB_H_
