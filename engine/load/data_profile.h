// What a data file looks like, for `clerk data`: every CSV column or XML
// element/attribute path with how a template addresses it, its detected
// type, counts and sample values.
#ifndef CLERK_LOAD_DATA_PROFILE_H_
#define CLERK_LOAD_DATA_PROFILE_H_

#include <string>
#include <vector>

#include "load/data_source.h"
#include "load/typed_data.h"

namespace clerk {

struct FieldProfile {
  std::string path;     // XPath from the source's root element: "row/due-date",
                        // "requirement/action/@ref"
  std::string header;   // CSV: the header as written ("Due date")
  int count = 0;        // nodes (rows for a CSV column)
  bool leaf = true;     // holds text (typed), not further elements
  Detection detection;  // leaf fields only
  std::vector<std::string> samples;  // up to three distinct values
};

struct DataProfile {
  bool csv = false;
  std::string root;  // the root element's name ("rows" for a CSV)
  int rows = 0;      // CSV: data rows
  std::vector<FieldProfile> fields;  // in document order of first use
};

// Profiles `src` (as loaded, before typing). Paths of XML elements that
// never hold text are listed with leaf = false.
DataProfile ProfileDataSource(const DataSource& src, const RagVocabulary& vocab);

// The names existing under `nodes` (child elements, and attributes as
// "@name"; a CSV row's own line attribute left out), for "did you mean"
// when a path selects nothing.
std::vector<std::string> NamesUnder(const std::vector<pugi::xml_node>& nodes);

}  // namespace clerk

#endif  // CLERK_LOAD_DATA_PROFILE_H_
