// Merge through an in-memory file system: template + data -> numbered text.
#include <gtest/gtest.h>

#include "load/data_source.h"
#include "merge/merger.h"
#include "merge/runs.h"
#include "merge/template.h"
#include "number/numberer.h"
#include "render/text/text_renderer.h"

namespace clerk {
namespace {

struct Rendered {
  std::string text;
  std::string diags;
};

// Renders `tmpl` (the body of a <report>) against `data` (XML, as $d and
// the context) to text.
Rendered Render(const std::string& body, const std::string& data = "<d/>",
               Mode mode = Mode::kFinal,
               const std::vector<std::pair<std::string, std::string>>& files = {}) {
  MemoryFileSystem fs;
  fs.Add("t/report.xml",
         "<report xmlns=\"urn:clerk:template:1\">" + body + "</report>");
  fs.Add("data.xml", data);
  for (const auto& [p, c] : files) fs.Add(p, c);
  Diagnostics diags;
  Rendered r;
  auto src = LoadDataSource(fs, "d", "data.xml", SourceLoc{}, &diags);
  CompileOptions opts;
  opts.data_names = {"d"};
  auto tmpl = CompileTemplate(fs, "t/report.xml", opts, &diags);
  if (!src || !tmpl) {
    r.diags = diags.ToString();
    return r;
  }
  MergeInput in;
  in.data = {src};
  in.mode = mode;
  model::Style style = model::DefaultStyle();
  model::Document doc = Merge(*tmpl, in, style, &diags);
  NumberDocument(&doc, style, &diags);
  r.text = render::RenderText(doc, style);
  r.diags = diags.ToString();
  return r;
}

// Merges `body` (against empty data) and returns the numbered document.
model::Document MergeDoc(const std::string& body, std::string* diag_text) {
  MemoryFileSystem fs;
  fs.Add("t/report.xml",
         "<report xmlns=\"urn:clerk:template:1\">" + body + "</report>");
  fs.Add("data.xml", "<d/>");
  Diagnostics diags;
  auto src = LoadDataSource(fs, "d", "data.xml", SourceLoc{}, &diags);
  CompileOptions opts;
  opts.data_names = {"d"};
  auto tmpl = CompileTemplate(fs, "t/report.xml", opts, &diags);
  model::Document doc;
  if (src && tmpl) {
    model::Style style = model::DefaultStyle();
    MergeInput in;
    in.data = {src};
    doc = Merge(*tmpl, in, style, &diags);
    NumberDocument(&doc, style, &diags);
  }
  *diag_text = diags.ToString();
  return doc;
}

TEST(Merge, XmlLangOnBlocksAndInlineElementsReachesTheModel) {
  std::string diags;
  model::Document doc = MergeDoc(
      "<p>Bore da: <em xml:lang='cy'>croeso i Gaerdydd</em> and <link href='https://x.test' "
      "xml:lang='fr'>bienvenue</link>.</p><p xml:lang='cy'>Mae hwn yn Gymraeg.</p>",
      &diags);
  EXPECT_EQ(diags, "");
  ASSERT_GE(doc.root.children.size(), 2u);
  const model::Node& p1 = doc.root.children[0];
  std::vector<std::string> langs;
  for (const model::Run& r : p1.runs) langs.push_back(r.text + "|" + r.lang);
  EXPECT_EQ(langs, (std::vector<std::string>{"Bore da: |", "croeso i Gaerdydd|cy", " and |",
                                             "bienvenue|fr", ".|"}));
  EXPECT_EQ(p1.lang, "");
  EXPECT_EQ(doc.root.children[1].lang, "cy");
}

TEST(Merge, LoopsProduceNumberedParagraphsInOrder) {
  auto r = Render(
      "<section title='Actions'><for-each select='a'><p>{.}</p></for-each>"
      "</section>",
      "<d><a>one</a><a>two</a><a>three</a></d>");
  EXPECT_EQ(r.diags, "");
  EXPECT_EQ(r.text,
            "1. Actions\n\n1.1   one\n\n1.2   two\n\n1.3   three\n");
}

TEST(Merge, ConditionalsRemoveParagraphsAndTheirNumbers) {
  auto r = Render(
      "<section title='S'><p>first</p><if test='@show = \"yes\"'><p>hidden"
      "</p></if><choose><when test='false()'><p>no</p></when><otherwise><p>"
      "second</p></otherwise></choose></section>",
      "<d show='no'/>");
  EXPECT_EQ(r.text, "1. S\n\n1.1   first\n\n1.2   second\n");
}

TEST(Merge, SortsByNumberDescendingAndByDate) {
  auto r = Render(
      "<list type='plain'><for-each select='a' sort='@n' order='descending' "
      "sort-type='number'><item>{@n}</item></for-each></list>"
      "<list type='plain'><for-each select='a'><sort select='@due' "
      "type='date'/><item>{@due}</item></for-each></list>",
      "<d><a n='2' due='2024-01-31'/><a n='10' due='05/01/2024'/>"
      "<a n='1' due='1 Dec 2023'/></d>");
  EXPECT_EQ(r.text,
            "10\n2\n1\n\n1 Dec 2023\n05/01/2024\n2024-01-31\n");
}

TEST(Merge, VariablesAndDataSourceNames) {
  auto r = Render(
      "<let name='red' select='count($d/a[@rag=\"Red\"])'/>"
      "<p numbered='false'>{$red} of {count(a)} are Red; "
      "{plural($red, 'action', 'actions')}.</p>",
      "<d><a rag='Red'/><a rag='Green'/><a rag='Red'/></d>");
  EXPECT_EQ(r.diags, "");
  EXPECT_EQ(r.text, "2 of 3 are Red; 2 actions.\n");
}

TEST(Merge, InlineFormattingAndLinksKeepTheirSpaces) {
  auto r = Render(
      "<p numbered='false'>Call <strong>Keith</strong> <em>today</em> at "
      "<link href='keith@kent.gov.uk'/> or see <link "
      "href='https://www.kent.gov.uk'>the website</link>.</p>");
  EXPECT_EQ(r.text,
            "Call Keith today at keith@kent.gov.uk or see the website\n"
            "<https://www.kent.gov.uk>.\n");
}

TEST(Merge, MissingValueIsAnErrorInFinalAndAPlaceholderInDraft) {
  auto final_run = Render("<p numbered='false'>Owner: {owner}</p>");
  EXPECT_EQ(final_run.diags,
            "t/report.xml:1:66: error: missing value: 'owner' selects "
            "nothing\n");
  auto draft = Render("<p numbered='false'>Owner: {owner}</p>", "<d/>",
                      Mode::kDraft);
  EXPECT_EQ(draft.text, "Owner: [missing: owner]\n");
  EXPECT_EQ(draft.diags,
            "t/report.xml:1:66: warning: missing value: 'owner' selects "
            "nothing (shown as a placeholder in draft mode)\n");
}

TEST(Merge, RepeatedProblemsInALoopAreCounted) {
  auto r = Render(
      "<for-each select='a'><p numbered='false'>{owner}</p></for-each>",
      "<d><a/><a/><a/><a/><a/></d>");
  EXPECT_EQ(r.diags.substr(0, r.diags.find('\n')),
            "t/report.xml:1:80: error: missing value: 'owner' selects nothing "
            "(and 4 more times)")
      << r.diags;
  EXPECT_NE(r.diags.find("hint: data: data.xml:1:4"), std::string::npos)
      << r.diags;
}

TEST(Merge, CompileErrorsAreAllReported) {
  auto r = Render(
      "<section title='x'>loose text<p>{$nope}</p><for-each select='count(a)'>"
      "</for-each><p>{long_date(x)}</p><p><p><p><p>deep</p></p></p></p>"
      "</section>");
  EXPECT_EQ(
      r.diags,
      "t/report.xml:1:57: error: text is not allowed among blocks; put it in "
      "a <p>\n"
      "t/report.xml:1:71: error: invalid XPath '$nope': unknown variable "
      "$nope (data sources, params and <let> names are variables)\n"
      "t/report.xml:1:136: error: invalid XPath 'long_date(x)': Unrecognized "
      "function or wrong parameter count; did you mean the formatter "
      "long-date(\xE2\x80\xA6)?\n");
}

TEST(Merge, ForEachMustSelectNodes) {
  auto r = Render("<for-each select='count(a)'><p>x</p></for-each>");
  EXPECT_EQ(r.diags,
            "t/report.xml:1:38: error: for-each select must select nodes; "
            "'count(a)' gives a number\n");
}

TEST(Merge, UnknownFunctionSuggestsAFormatter) {
  auto r = Render("<p>{long_date(x)}</p>");
  EXPECT_NE(r.diags.find("did you mean the formatter long-date(…)?"),
            std::string::npos)
      << r.diags;
}

TEST(Merge, ParagraphsNestThreeDeep) {
  auto r = Render("<section title='s'><p>a<p>b<p>c<p>d</p></p></p></p></section>");
  EXPECT_EQ(r.diags,
            "t/report.xml:1:69: error: paragraphs nest at most 3 deep "
            "(paragraph, sub-paragraph, sub-sub-paragraph)\n");
}

TEST(Merge, IncludesAreSplicedAndConfined) {
  auto ok = Render("<include href='f/a.xml'/>", "<d/>", Mode::kFinal,
                   {{"t/f/a.xml",
                     "<fragment xmlns='urn:clerk:template:1'><p "
                     "numbered='false'>from a fragment</p></fragment>"}});
  EXPECT_EQ(ok.text, "from a fragment\n");
  auto outside = Render("<include href='../secret.xml'/>", "<d/>",
                        Mode::kFinal, {{"secret.xml", "<fragment/>"}});
  EXPECT_EQ(outside.diags,
            "t/report.xml:1:47: error: include '../secret.xml' is outside "
            "the templates directory t\n");
}

TEST(Csv, QuotedFieldsNewlinesBomAndCrlf) {
  pugi::xml_document doc;
  Diagnostics diags;
  ASSERT_TRUE(ParseCsv("p.csv",
                       "\xEF\xBB\xBFRef,Due date,Notes\r\nA1,2024-01-31,"
                       "\"one, \"\"two\"\"\r\nthree\"\r\n\r\nA2,,x\r\n",
                       &doc, &diags));
  EXPECT_EQ(diags.ToString(), "");
  pugi::xml_node rows = doc.document_element();
  EXPECT_STREQ(rows.name(), "rows");
  pugi::xml_node r1 = rows.first_child();
  EXPECT_STREQ(r1.child("ref").text().get(), "A1");
  EXPECT_STREQ(r1.child("due-date").text().get(), "2024-01-31");
  EXPECT_STREQ(r1.child("notes").text().get(), "one, \"two\"\nthree");
  pugi::xml_node r2 = r1.next_sibling();
  EXPECT_STREQ(r2.attribute("line").value(), "5");
  EXPECT_STREQ(r2.child("due-date").text().get(), "");
}

TEST(Csv, Errors) {
  pugi::xml_document doc;
  Diagnostics diags;
  EXPECT_FALSE(ParseCsv("p.csv", "a,b\n1,\"open\n", &doc, &diags));
  EXPECT_FALSE(ParseCsv("q.csv", "", &doc, &diags));
  EXPECT_FALSE(ParseCsv("r.csv", "a,A\n1,2\n", &doc, &diags));
  EXPECT_EQ(diags.ToString(),
            "p.csv:2:3: error: malformed CSV: quoted field is never closed\n"
            "q.csv:1:1: error: malformed CSV: the file is empty (the first "
            "row must name the columns)\n"
            "r.csv:1:1: error: malformed CSV: two columns are both named 'a'\n");
  EXPECT_EQ(CsvColumnName("RAG Status "), "rag-status");
  EXPECT_EQ(CsvColumnName("2024 target"), "_2024-target");
  EXPECT_EQ(CsvColumnName("Owner (lead)"), "owner-lead");
}

}  // namespace
}  // namespace clerk

namespace clerk {
namespace {

// Issue 12: a blank line in a data value is a paragraph mark; every other
// run of white space one space; the ends trimmed.
TEST(DataValues, BlankLinesBecomeParagraphMarks) {
  const std::string mark(kParagraphMark);
  EXPECT_EQ(ValueWithParagraphs("  One\n  line.  "), "One line.");
  EXPECT_EQ(ValueWithParagraphs("One.\n\nTwo.\r\n \t\r\nThree."),
            "One." + mark + "Two." + mark + "Three.");
  EXPECT_EQ(ValueWithParagraphs("\n\n  One.\n\n\n\n"), "One.");
  EXPECT_EQ(ValueWithParagraphs(""), "");
  model::Run a;
  a.text = "Before " + std::string("One.") + mark + "Two.";
  model::Run b;
  b.kind = model::RunKind::kLink;
  b.text = "link";
  b.target = "https://example.org";
  std::vector<model::Runs> paras = SplitParagraphs({a, b});
  ASSERT_EQ(paras.size(), 2u);
  ASSERT_EQ(paras[0].size(), 1u);
  EXPECT_EQ(paras[0][0].text, "Before One.");
  ASSERT_EQ(paras[1].size(), 2u);
  EXPECT_EQ(paras[1][0].text, "Two.");
  EXPECT_EQ(paras[1][1].target, "https://example.org");
  model::Runs title = {a};
  NormalizeRuns(&title);
  ASSERT_EQ(title.size(), 1u);
  EXPECT_EQ(title[0].text, "Before One. Two.");
}

}  // namespace
}  // namespace clerk
