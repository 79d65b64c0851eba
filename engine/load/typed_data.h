// Typed data: fields of a data source declared (by the job or --type) or
// detected (CSV columns) as dates, money, numbers, percentages or RAG
// statuses, and normalised in the loaded tree so every XPath comparison,
// sort and count sees one canonical form (field_types.h).
#ifndef CLERK_LOAD_TYPED_DATA_H_
#define CLERK_LOAD_TYPED_DATA_H_

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_loc.h"
#include "load/data_source.h"
#include "load/field_types.h"

namespace clerk {

// One declaration: <field path="due-date" type="date" formats="…"/> inside
// a job's <data name="plan">, or --type plan:due-date=date.
struct FieldDecl {
  std::string source;  // the data source ("plan")
  // A CSV column ("due-date", or its header text "Due date"); for XML a
  // name ("due": every element of that name), "@ref" (every attribute of
  // that name) or a path from the root element ("action/due", "action/@rag").
  std::string path;
  FieldType type = FieldType::kText;
  std::vector<DateFormat> formats;  // dates: empty = detected from the values
  SourceLoc loc;                    // where it was declared
};

// How a source's fields are typed.
struct TypingOptions {
  std::vector<FieldDecl> fields;  // only those whose source matches apply
  RagVocabulary rag;
  bool draft = false;   // a bad value is a warning and a placeholder
  bool detect = true;   // CSV columns not declared are detected
};

// What typing found for one field (for `clerk data` and messages).
struct FieldReport {
  std::string path;        // as addressed: "due-date", "action/@rag"
  FieldType type = FieldType::kText;
  bool declared = false;   // false: detected
  std::optional<DateFormat> format;  // dates: the format held to (or first
                                     // declared)
  int values = 0;          // non-empty values
  int empty = 0;
  int fitting = 0;         // values of the type
};

// What a field's values look like: the type more than half of the
// non-empty values fit (dates first; RAG words only when the name mentions
// "rag" or "status"; then integer, money with a £, percent with a %,
// decimal), else text.
struct Detection {
  FieldType type = FieldType::kText;
  int values = 0, empty = 0, fitting = 0;
  std::optional<DateFormat> format;  // dates: the most common format
};
Detection DetectType(const std::vector<std::string>& values,
                     const std::string& name, const RagVocabulary& vocab);

// Normalises `src` in place. Values that do not fit are errors at the
// data file's line and column (warnings in draft mode, where the value
// becomes the placeholder "[value?]" and is recorded in
// src->invalid_values). A declared path that selects nothing is an error
// at the declaration. Returns false when there was an error; *report (when
// not null) receives every typed field.
bool ApplyFieldTypes(DataSource* src, const TypingOptions& opts,
                     Diagnostics* diags,
                     std::vector<FieldReport>* report = nullptr);

// Parses "plan:due-date=date" or "plan:due-date=date:dd/mm/yyyy,iso" (the
// --type option). nullopt with *error on a malformed value.
std::optional<FieldDecl> ParseTypeOption(const std::string& text,
                                         std::string* error);

// Parses formats="dd/mm/yyyy iso" (space or comma separated). nullopt with
// *error naming the unknown format.
std::optional<std::vector<DateFormat>> ParseDateFormats(const std::string& s,
                                                        std::string* error);

// The location of field `column` (0-based) of the CSV record starting on
// `line`, in a CSV file's text.
SourceLoc CsvFieldLoc(const SourceFile& file, int line, size_t column);

}  // namespace clerk

#endif  // CLERK_LOAD_TYPED_DATA_H_
