// The document model: a numbered committee paper as plain C++ values.
//
// This is the contract between the phases. merge/ builds it, number/ fills in
// every number and every cross-reference text, and each renderer reads it
// (with the Style, style.h) and nothing else. It knows nothing of XML, XPath,
// PDF or DOCX. It keeps the semantics later renderers need: heading levels,
// table header rows, alt text, the document language.
//
// The tree is made of Nodes. Each NodeKind documents which fields it uses;
// fields a kind does not use stay empty. Walk it with Walk() (walk.h).
#ifndef CLERK_MODEL_DOCUMENT_H_
#define CLERK_MODEL_DOCUMENT_H_

#include <string>
#include <vector>

#include "base/source_loc.h"

namespace clerk::model {

// ---------------------------------------------------------------- inline --

enum class RunKind {
  kText,         // text
  kLink,         // text, target = URL ("mailto:…", "https://…")
  kXref,         // target = id of a node; text filled by number/ (e.g.
                 // "paragraph 2.3"); xref_form says which form
  kPlaceholder,  // a value missing in draft mode: text is what to show
                 // ("[missing: plan/owner]"); renderers highlight it
  kLineBreak,    // a forced line break inside a paragraph; no text
};

// How a cross-reference reads once resolved.
enum class XrefForm {
  kFull,    // "paragraph 2.3", "section 4", "recommendation 2",
            // "Appendix 1", "resolution (a)", "Table 1"
  kNumber,  // "2.3", "4", "2", "1", "(a)", "1"
  kTitle,   // the target's title text ("Current Position")
  kLabel,   // the number exactly as the house prints it, with the
            // scheme's own punctuation: "14.", "(a)", "A."
  // From the PDF layout (model/page_map.h), filled by the pipeline once the
  // pages settle (pipeline/page_refs.h); "?" until then.
  kPage,        // "page 12": where the target starts
  kPages,       // "pages 11–84": where it starts and ends ("page 12" when
                // both are one page)
  kPageNumber,  // "12"
  kPageRange,   // "11–84" ("12" when both are one page)
};

// True for the forms filled from the page layout.
inline bool IsPageForm(XrefForm f) {
  return f == XrefForm::kPage || f == XrefForm::kPages ||
         f == XrefForm::kPageNumber || f == XrefForm::kPageRange;
}

struct Run {
  RunKind kind = RunKind::kText;
  std::string text;    // UTF-8, white space already collapsed
  std::string target;  // kLink: URL; kXref: target id
  bool bold = false;
  bool italic = false;
  std::string lang;  // xml:lang of the text when it differs ("cy"), or ""
  XrefForm xref_form = XrefForm::kFull;
  SourceLoc loc;  // where the run came from (for errors found later)
};

using Runs = std::vector<Run>;

// Plain text of runs (line breaks become "\n").
std::string PlainText(const Runs& runs);

// A cover field's label as every renderer prints it: the runs as written,
// followed by ":" when `add_colon` (the style's `<cover label-colon>`) is
// true and the label ends in a letter, a digit or a closing bracket
// ("From" → "From:", "Recommendation(s)" → "Recommendation(s):"). Never after
// an empty label or one that ends in other punctuation ("To:", "Call-in?",
// "Note.", "Resolved –" stay as written).
Runs CoverLabel(const Runs& label, bool add_colon);

struct Node;
// Whether a cover field is printed across the page, its label (if any) run
// in before the first line of its value, rather than in the label column:
// when it says so (`<field run-in="true">`: Kent's Summary and call-in
// question), or when no field of its cover has a label (an unlabelled
// cover: To / date / title / officer, one per line). Every renderer asks
// this.
bool CoverFieldRunsIn(const Node& cover, const Node& field);

// ---------------------------------------------------------------- blocks --

enum class NodeKind {
  kDocument,   // the root; children: blocks
  kTitle,      // title lines at the top: level 0 = main title ("SEND Update"),
               // level 1 = kicker/subtitle ("Agenda item", committee + date);
               // runs
  kCover,      // the labelled cover block; children: kCoverField
  kCoverField, // title = label ("From", "Summary"); key = engine name of a
               // known field ("from", "to", "date", "subject",
               // "classification", "key-decision", "summary",
               // "recommendations", or "" for a house field); children:
               // kParagraph (unnumbered) and kList, the value
  kSection,    // title = heading runs; level 1 = section, 2 = sub-section;
               // numbered => number.label "1"; children: blocks
  kHeading,    // a sub-heading inside a section that is not a container;
               // level 2 or 3; runs; numbered headings take the next
               // paragraph number (rare house style)
  kParagraph,  // runs; level 1 = paragraph (1.1), 2 = sub-paragraph ((a)),
               // 3 = sub-sub-paragraph ((i)); children: its sub-paragraphs
  kList,       // list.kind says which; title = heading line above the items
               // ("Resolved –", "RESOLVED:"); children: kListItem
  kListItem,   // runs; number.label "1." "(a)"; children: nested blocks
  kTable,      // table.*; title = caption; children: kRow
  kRow,        // row_header => a header row (repeated on each page);
               // children: kCell
  kCell,       // runs; rag; col_span; children: unnumbered kParagraph and
               // kList after the runs (<p> and lists in a cell)
  kContact,    // contact.*: a named officer
  kAppendix,   // number.label "Appendix 1"; title = heading runs;
               // landscape; children: blocks
  kPageBreak,  // a forced page break
  kImage,      // image.*: a picture (path to PNG/JPEG) with alt text
  kChart,      // chart.*: a bar, stacked-bar or line chart drawn by each
               // renderer from its values (model/chart.h); title = its
               // title runs; no children
  kContents,   // a table of contents (<contents/>): title = its heading
               // ("Contents"); children: one kParagraph per entry, made by
               // number/ (contents.h): runs = the entry as printed ("2.
               // Budget", "Appendix 1 – Data"), level = 1 for a section or
               // appendix, 2 for a sub-section; key = the target's id (given
               // one if it had none); page = its page in the PDF, filled by
               // the pipeline (pipeline/page_refs.h); 0 until then
};

// The number the numbering pass gave a node. Renderers print `label`; DOCX
// also uses scheme/level/value/instance to build numbering.xml so that Word
// shows the same numbers.
struct Number {
  std::string label;   // the formatted number: "2", "2.3", "(a)", "Appendix 1"
  std::string scheme;  // style scheme name: "body", "recommendations", …
  int level = 0;       // 0-based level inside the scheme
  int value = 0;       // this level's counter value (3 for "2.3")
  int instance = 0;    // lists: which run of the scheme this item belongs to;
                       // a new instance starts each time a list restarts
  bool restart = false;  // true on the first node of an instance whose
                         // value does not simply continue (DOCX start override)
};

enum class ListKind {
  kRecommendations,  // "1.", numbered by the "recommendations" scheme
  kResolutions,      // "(a)", numbered by the "resolutions" scheme
  kNumbered,         // an ordinary numbered list ("numbered" scheme)
  kBulleted,         // bullets; no numbers
  kPlain,            // one item per line, no marker (contact lines, "None.")
};

struct ListInfo {
  ListKind kind = ListKind::kNumbered;
  std::string scheme;        // numbering scheme name; "" = the kind's default
  std::string derived_from;  // resolutions: id of the recommendations list
                             // they were derived from, for information
};

enum class Rag { kNone, kRed, kAmber, kGreen, kComplete, kNotStarted };

// "Red", "Amber", "Green", "Complete", "Not started", "".
const char* RagName(Rag r);

enum class Align { kLeft, kCenter, kRight };

struct Column {
  std::string width;  // "" = fitted; "30%" = share of the text width;
                      // "25mm"/"2cm"/"40pt" = fixed; "2*" = relative weight
  Align align = Align::kLeft;
};

struct TableInfo {
  std::vector<Column> columns;
  bool repeat_header = true;  // header rows repeat on every page
  bool continued_caption = false;  // print "(continued)" after the caption
                                   // on later pages
  bool borders = true;
  std::string alt;  // a summary for accessible output
};

struct ContactInfo {
  std::string role;   // "Relevant Director", "Report author"
  std::string name;
  std::string job_title;
  std::string phone;
  std::string email;
  std::string address;
};

struct ImageInfo {
  std::string path;  // resolved path of the PNG or JPEG
  std::string alt;
  double width_mm = 0;  // 0 = natural size
};

enum class ChartKind { kBar, kStackedBar, kLine };

// One category of a chart: a bar (or a group or stack of bars), or a point
// on the x axis of a line chart.
struct ChartCategory {
  std::string label;     // "Complete", "Q1 2026/27", "Priority area 2"
  Rag rag = Rag::kNone;  // a RAG category: single-series bars take its colour
};

// One series: a value for every category, in the chart's category order.
struct ChartSeries {
  std::string name;       // legend text ("Actions", "Red actions")
  Rag rag = Rag::kNone;   // colour from the RAG palette; kNone = the next
                          // of the style's series colours
  std::vector<double> values;  // finite, 0 <= v <= limits::kMaxChartValue
};

// What a kChart node shows. merge/ guarantees at least one series, at
// least one category, values.size() == categories.size() for every series,
// and a non-empty alt (the template's, or ChartAltText, model/chart.h).
struct ChartInfo {
  ChartKind kind = ChartKind::kBar;
  std::vector<ChartCategory> categories;
  std::vector<ChartSeries> series;
  std::string unit;  // what is counted ("actions"), for the alt text
  std::string category_title = "Category";  // heads the categories in the
                                             // data table ("Status", "Quarter")
  std::string alt;   // a sentence with the chart's numbers
};

struct Node {
  NodeKind kind = NodeKind::kParagraph;
  SourceLoc loc;    // the template element that made it
  std::string id;   // cross-reference target id, "" if none
  std::string key;  // kCoverField: engine field name
  std::string lang;  // xml:lang of a paragraph, item, heading, cell or title
                     // in another language than the document, or ""
  int level = 1;
  bool numbered = true;  // kSection, kHeading, kParagraph, kAppendix
  bool counts = false;  // kSection not numbered: it still takes the next
                        // section number, unprinted (Word's hidden heading
                        // number), so its paragraphs read 2.1, 2.2
  bool landscape = false;  // kAppendix, kSection: wants A4 landscape
  bool run_in = false;     // kCoverField: across the page, the label run in
                           // before the value (CoverFieldRunsIn)
  bool keep_with_next = false;  // hint from the template (headings always
                                // keep with next)
  Align align = Align::kLeft;  // kParagraph (unnumbered), kHeading: the
                               // text centred or right-aligned
  int start_at = 0;  // kSection, kList: the counter restarts at this value
                     // (from data: minute 84); 0 = no restart
  Number number;   // filled by number/
  Runs title;      // kSection, kAppendix, kCoverField, kList, kTable
  Runs runs;       // kTitle, kHeading, kParagraph, kListItem, kCell
  ListInfo list;           // kList
  TableInfo table;         // kTable
  bool row_header = false; // kRow
  Rag rag = Rag::kNone;    // kCell
  int col_span = 1;        // kCell
  ContactInfo contact;     // kContact
  ImageInfo image;         // kImage
  ChartInfo chart;         // kChart
  int page = 0;            // a kContents entry: the page of its target
  std::vector<Node> children;
};

// Document-wide facts: the Info dictionary / docProps, header and footer.
struct Metadata {
  std::string title;           // "SEND 'Written Statement of Action' Update"
  std::string subject;
  std::string author;          // the council or the report's author
  std::string keywords;
  std::string council;
  std::string committee;
  std::string date;            // the meeting date as printed
  std::string reference;       // report reference ("CYP/2026/059")
  std::string classification;  // "Unrestricted", "EXEMPT – NOT FOR PUBLICATION"
  std::string language = "en-GB";
};

struct Document {
  Metadata meta;
  Node root;  // kind == kDocument
  bool draft = false;  // rendered in draft mode (placeholders present)
};

}  // namespace clerk::model

#endif  // CLERK_MODEL_DOCUMENT_H_
