// The template vocabulary: which elements exist, their attributes, and
// what may stand inside each (internal to merge/; used by the compiler).
#ifndef CLERK_MERGE_TEMPLATE_SCHEMA_H_
#define CLERK_MERGE_TEMPLATE_SCHEMA_H_

#include <string_view>
#include <vector>

#include "merge/template.h"

namespace clerk::template_schema {

// What may stand inside an element.
enum class Content {
  kTop, kBlock, kPara, kItems, kItem, kTable, kRow, kInline, kCover, kField,
  kChoose, kChart, kSeries, kEmpty, kInherit,
  kCell,  // a table cell: text, or paragraphs and lists
};

struct ElementDef {
  const char* name;
  Op op;
  std::vector<std::string_view> attrs;
  Content content;
};

// The element called `name` (control elements <include> and <param> have
// no entry: the compiler handles them), or null.
const ElementDef* FindDef(std::string_view name);
// The element names allowed inside content `c`.
std::vector<std::string_view> Allowed(Content c);
// True when text may stand directly in content `c`.
bool AllowsText(Content c);
// "in a paragraph", "among blocks": for messages.
const char* Where(Content c);

}  // namespace clerk::template_schema

#endif  // CLERK_MERGE_TEMPLATE_SCHEMA_H_
