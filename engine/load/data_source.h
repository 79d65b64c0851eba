// Plan data: XML (any shape) or CSV (a table of rows), each a named source.
#ifndef CLERK_LOAD_DATA_SOURCE_H_
#define CLERK_LOAD_DATA_SOURCE_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "load/source_file.h"

namespace clerk {

struct DataSource {
  std::string name;  // "plan": the XPath variable $plan
  std::shared_ptr<SourceFile> file;  // XML text and tree (for CSV: the
                                     // tree built from the rows)
  // Values typing found bad in draft mode (typed_data.h): the pugixml
  // internal objects of the elements or attributes now holding a
  // placeholder, which the merger shows without a second warning.
  std::set<const void*> invalid_values;
  pugi::xml_node root() const { return file->doc.document_element(); }
};

// Loads `path` as XML, or as CSV when it ends in ".csv". Errors go to diags
// (at `from`, or inside the file); null on failure.
std::shared_ptr<DataSource> LoadDataSource(const FileSystem& fs,
                                           const std::string& name,
                                           const std::string& path,
                                           const SourceLoc& from,
                                           Diagnostics* diags);

// Parses CSV text (RFC 4180: quoted fields, "" inside quotes, line breaks
// inside quotes, CRLF or LF, an optional UTF-8 BOM) into
//   <rows><row line="2"><col-a>…</col-a>…</row>…</rows>
// Column names come from the header row via CsvColumnName. A row with a
// different number of fields than the header is an error naming its line.
bool ParseCsv(const std::string& path, const std::string& text,
              pugi::xml_document* out, Diagnostics* diags);

// "Due date" -> "due-date": lower case, characters not allowed in an XML
// name become '-', a leading digit or '-' gets a '_' in front.
std::string CsvColumnName(const std::string& header);

}  // namespace clerk

#endif  // CLERK_LOAD_DATA_SOURCE_H_
