// A compiled template: the template XML checked and turned into a tree of
// instructions, with every XPath compiled once (a batch reuses them for
// every record) and every include spliced in.
//
// A CompiledTemplate is tied to its own xpath_variable_set (pugixml binds
// variables at compile time), so one render at a time may use it; batch
// workers each compile their own.
#ifndef CLERK_MERGE_TEMPLATE_H_
#define CLERK_MERGE_TEMPLATE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "load/field_types.h"
#include "load/source_file.h"
#include "merge/formatters.h"

namespace clerk {

// One XPath value: `{expr}` or `{formatter(expr, args…)}`.
struct Expr {
  std::string text;  // as written, without braces
  SourceLoc loc;
  std::optional<Formatter> formatter;
  // args[0] is the value; the rest are formatter arguments.
  std::vector<std::unique_ptr<pugi::xpath_query>> args;
  // When the value is a date function (date_functions.h): its arguments
  // that must be ISO dates, checked before the value is used.
  std::string date_function;
  std::vector<std::unique_ptr<pugi::xpath_query>> date_args;
};

// Text with embedded `{…}` values: literal and expression pieces in order.
struct Piece {
  std::string literal;         // used when expr is null
  std::unique_ptr<Expr> expr;
};
using Interp = std::vector<Piece>;

enum class Op {
  // structure
  kMeta, kTitle, kCover, kField, kSection, kHeading, kP, kRecommendations,
  kResolutions, kList, kItem, kTable, kCol, kHeader, kRow, kCell, kContact,
  kAppendix, kPageBreak, kImage, kContents,
  // inline
  kText, kEm, kStrong, kLink, kRef, kBr, kValue,
  // control
  kForEach, kIf, kChoose, kWhen, kOtherwise, kLet, kSort,
};

struct SortKey {
  std::unique_ptr<pugi::xpath_query> select;
  std::string text;
  bool descending = false;
  enum Type { kText, kNumber, kDate } type = kText;
};

struct TNode {
  Op op = Op::kText;
  SourceLoc loc;
  std::vector<std::pair<std::string, Interp>> attrs;  // attribute templates
  std::vector<std::pair<std::string, SourceLoc>> attr_locs;
  Interp text;  // kText; kValue: one expression piece
  std::unique_ptr<pugi::xpath_query> query;  // for-each select, if/when
                                             // test, let select
  std::string query_text;
  std::string var;  // kLet: variable name
  std::vector<SortKey> sort;  // kForEach
  std::vector<TNode> children;
  std::vector<TraceEntry> trace;  // "while including …" for nodes that came
                                  // from an include (outermost last)

  const Interp* Attr(const std::string& name) const;
  SourceLoc AttrLoc(const std::string& name) const;
};

struct CompileOptions {
  // Names of the data sources and parameters, available as $name.
  std::vector<std::string> data_names;
  std::vector<std::string> param_names;
  // Includes resolve inside this directory ("" = the template's own
  // directory) ...
  std::string templates_dir;
  // ... or inside this one: an include not found beside the file that
  // names it is looked for here (the include search path; the pipeline
  // gives base/shipped_dir.h's templates/, "" = none).
  std::string shipped_templates_dir;
  // `clerk check`: return the template even when it has errors (the
  // elements in error left out), so the merge can report its problems too.
  // The caller must still treat the run as failed.
  bool keep_going = false;
};

struct CompiledTemplate {
  std::string path;
  std::string style_href;  // <report style="…"> resolved against the file
  SourceLoc style_loc;
  std::unique_ptr<pugi::xpath_variable_set> vars;
  std::vector<TNode> body;  // children of <report>
  // <param name default> declared by the template, in order.
  std::vector<std::pair<std::string, std::string>> param_defaults;
  // <param name type="date">: parameters read as a type whatever their
  // source (default, job, --param), like typed data (typed_params.h).
  struct ParamType {
    std::string name;
    FieldType type = FieldType::kText;
    SourceLoc loc;  // the <param>
  };
  std::vector<ParamType> param_types;
  std::vector<std::shared_ptr<SourceFile>> files;  // template + includes,
                                                   // for source lines
  // Where <image src> may point: the templates directory (canonical, and as
  // shown in messages), checked through `fs` when the template is merged.
  // REQUIRES: the FileSystem given to CompileTemplate outlives this.
  const FileSystem* fs = nullptr;
  std::string asset_root;
  std::string asset_root_shown;
};

// Compiles the template at `path`. Every problem found goes to diags; the
// result is null if there was any error. Elements nest at most
// limits::kMaxTemplateDepth deep and includes limits::kMaxIncludeDepth deep
// (base/limits.h); includes resolve beside the including file, then in
// opts.shipped_templates_dir, and only inside those two directories.
std::unique_ptr<CompiledTemplate> CompileTemplate(const FileSystem& fs,
                                                  const std::string& path,
                                                  const CompileOptions& opts,
                                                  Diagnostics* diags);

// The same for template text already in memory (tests).
std::unique_ptr<CompiledTemplate> CompileTemplateText(
    const FileSystem& fs, const std::string& path, std::string text,
    const CompileOptions& opts, Diagnostics* diags);

}  // namespace clerk

#endif  // CLERK_MERGE_TEMPLATE_H_
