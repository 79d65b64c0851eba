#include "merge/template_schema.h"

namespace clerk::template_schema {

namespace {

const std::vector<ElementDef>& Elements() {
  static const std::vector<ElementDef> defs = {
      {"meta", Op::kMeta,
       {"title", "subject", "author", "keywords", "council", "committee",
        "date", "reference", "classification", "lang"},
       Content::kEmpty},
      {"title", Op::kTitle, {"kicker", "xml:lang"}, Content::kInline},
      {"cover", Op::kCover, {}, Content::kCover},
      {"field", Op::kField, {"name", "label", "run-in"}, Content::kField},
      {"section", Op::kSection,
       {"title", "id", "numbered", "counts", "start", "landscape"},
       Content::kBlock},
      {"heading", Op::kHeading,
       {"level", "numbered", "id", "xml:lang", "align", "xml:space"},
       Content::kInline},
      {"p", Op::kP, {"id", "numbered", "xml:lang", "align", "xml:space"},
       Content::kPara},
      {"recommendations", Op::kRecommendations,
       {"id", "heading", "start", "scheme"}, Content::kItems},
      {"resolutions", Op::kResolutions,
       {"id", "heading", "from", "select", "items", "merge", "relabel",
        "drop-that", "stem", "run-in", "letter-single", "form", "start",
        "scheme"},
       Content::kItems},
      {"list", Op::kList, {"id", "type", "start", "heading", "scheme"},
       Content::kItems},
      {"item", Op::kItem, {"id", "xml:lang", "xml:space"}, Content::kItem},
      {"table", Op::kTable,
       {"id", "caption", "widths", "repeat-header", "continued", "alt",
        "borders"},
       Content::kTable},
      {"col", Op::kCol, {"width", "align"}, Content::kEmpty},
      {"header", Op::kHeader, {}, Content::kRow},
      {"row", Op::kRow, {}, Content::kRow},
      {"cell", Op::kCell, {"rag", "span", "xml:lang"}, Content::kCell},
      {"contact", Op::kContact,
       {"role", "name", "title", "phone", "email", "address"},
       Content::kEmpty},
      {"appendix", Op::kAppendix, {"title", "id", "landscape"},
       Content::kBlock},
      {"page-break", Op::kPageBreak, {}, Content::kEmpty},
      {"contents", Op::kContents, {"title"}, Content::kEmpty},
      {"image", Op::kImage, {"src", "alt", "width"}, Content::kEmpty},
      {"chart", Op::kChart, {"id", "kind", "title", "unit", "categories", "alt"},
       Content::kChart},
      {"series", Op::kSeries, {"name", "rag"}, Content::kSeries},
      {"point", Op::kPoint, {"label", "value", "rag"}, Content::kEmpty},
      {"em", Op::kEm, {"xml:lang"}, Content::kInline},
      {"strong", Op::kStrong, {"xml:lang"}, Content::kInline},
      {"link", Op::kLink, {"href", "xml:lang"}, Content::kInline},
      {"ref", Op::kRef, {"to", "form"}, Content::kEmpty},
      {"br", Op::kBr, {}, Content::kEmpty},
      {"value", Op::kValue, {"select", "format", "places", "one", "many"},
       Content::kEmpty},
      {"for-each", Op::kForEach, {"select", "sort", "order", "sort-type"},
       Content::kInherit},
      {"if", Op::kIf, {"test"}, Content::kInherit},
      {"choose", Op::kChoose, {}, Content::kChoose},
      {"when", Op::kWhen, {"test"}, Content::kInherit},
      {"otherwise", Op::kOtherwise, {}, Content::kInherit},
      {"let", Op::kLet, {"name", "select"}, Content::kEmpty},
      {"sort", Op::kSort, {"select", "order", "type"}, Content::kEmpty},
  };
  return defs;
}

}  // namespace

const ElementDef* FindDef(std::string_view name) {
  for (const ElementDef& d : Elements()) {
    if (name == d.name) return &d;
  }
  return nullptr;
}

const std::vector<std::string_view> kControl = {"for-each", "if", "choose",
                                                "let", "include"};
const std::vector<std::string_view> kInlineEls = {"em", "strong", "link",
                                                  "ref", "br", "value"};
const std::vector<std::string_view> kBlockEls = {
    "section", "heading", "p", "recommendations", "resolutions", "list",
    "table", "contact", "appendix", "page-break", "image", "chart", "title",
    "contents"};

std::vector<std::string_view> Allowed(Content c) {
  std::vector<std::string_view> out;
  auto add = [&](const std::vector<std::string_view>& v) {
    out.insert(out.end(), v.begin(), v.end());
  };
  switch (c) {
    case Content::kTop:
      add({"meta", "cover", "param"});
      add(kBlockEls);
      break;
    case Content::kBlock: add(kBlockEls); break;
    case Content::kPara:
    case Content::kItem:
    case Content::kCell:
    case Content::kField:
      add(kInlineEls);
      add({"p", "list"});
      if (c == Content::kField) add({"recommendations"});
      break;
    case Content::kItems: add({"item"}); break;
    case Content::kTable: add({"col", "header", "row"}); break;
    case Content::kRow: add({"cell"}); break;
    case Content::kInline: add(kInlineEls); break;
    case Content::kCover: add({"field"}); break;
    case Content::kChart: add({"series"}); break;
    case Content::kSeries: add({"point"}); break;
    case Content::kChoose: return {"when", "otherwise"};
    case Content::kEmpty:
    case Content::kInherit: return {};
  }
  add(kControl);
  return out;
}

bool AllowsText(Content c) {
  return c == Content::kPara || c == Content::kItem || c == Content::kInline ||
         c == Content::kField || c == Content::kCell;
}

const char* Where(Content c) {
  switch (c) {
    case Content::kTop: return "in <report>";
    case Content::kBlock: return "among blocks";
    case Content::kPara: return "in a paragraph";
    case Content::kItems: return "in a list";
    case Content::kItem: return "in a list item";
    case Content::kTable: return "in a table";
    case Content::kRow: return "in a table row";
    case Content::kInline: return "in text";
    case Content::kCell: return "in a table cell";
    case Content::kCover: return "in <cover>";
    case Content::kField: return "in a cover field";
    case Content::kChoose: return "in <choose>";
    case Content::kChart: return "in <chart>";
    case Content::kSeries: return "in <series>";
    default: return "here";
  }
}


}  // namespace clerk::template_schema
