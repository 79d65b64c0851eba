// Typing a loaded data source: declared and detected fields, located
// errors, draft placeholders, the --type option.
#include <gtest/gtest.h>

#include "load/typed_data.h"

namespace clerk {
namespace {

struct Typed {
  std::shared_ptr<DataSource> src;
  std::string diags;
  bool ok = false;
  std::vector<FieldReport> report;
};

Typed Type(const std::string& path, const std::string& text,
           std::vector<FieldDecl> fields, bool draft = false) {
  MemoryFileSystem fs;
  fs.Add(path, text);
  Diagnostics diags;
  Typed t;
  t.src = LoadDataSource(fs, "plan", path, SourceLoc{}, &diags);
  if (t.src) {
    TypingOptions opts;
    opts.fields = std::move(fields);
    opts.draft = draft;
    t.ok = ApplyFieldTypes(t.src.get(), opts, &diags, &t.report);
  }
  t.diags = diags.ToString();
  return t;
}

std::string Col(const Typed& t, const char* name) {
  std::string out;
  for (pugi::xml_node r : t.src->root().children("row")) {
    out += std::string(r.child(name).text().get()) + ";";
  }
  return out;
}

FieldDecl Decl(const std::string& path, FieldType type) {
  FieldDecl d;
  d.source = "plan";
  d.path = path;
  d.type = type;
  d.loc = SourceLoc{"job.xml", 3, 5};
  return d;
}

TEST(TypedData, DetectsUkDatesAndRagWordsInCsv) {
  Typed t = Type("plan.csv",
                 "Ref,Due date,RAG status,Notes\n"
                 "A1,31/03/2025,G,fine\n"
                 "A2,,green,\"also 1/4/2025\"\n"
                 "A3,\"1 April 2025\",Completed,x\n",
                 {});
  ASSERT_TRUE(t.ok) << t.diags;
  EXPECT_EQ(Col(t, "due-date"), "2025-03-31;;2025-04-01;");
  EXPECT_EQ(Col(t, "rag-status"), "Green;Green;Complete;");
  EXPECT_EQ(Col(t, "notes"), "fine;also 1/4/2025;x;");
  ASSERT_EQ(t.report.size(), 4u);
  EXPECT_EQ(t.report[1].type, FieldType::kDate);
  EXPECT_EQ(t.report[1].values, 2);
  EXPECT_EQ(t.report[1].empty, 1);
  EXPECT_EQ(t.report[2].type, FieldType::kRag);
  EXPECT_EQ(t.report[3].type, FieldType::kText);
}

TEST(TypedData, BadValuesAreLocatedAtTheirCsvField) {
  Typed t = Type("plan.csv",
                 "Ref,\"Due, date\",RAG\n"
                 "A1,31/03/2025,Red\n"
                 "\"A,2\",31/02/2025,Purple\n",
                 {Decl("Due, date", FieldType::kDate), Decl("rag", FieldType::kRag)});
  EXPECT_FALSE(t.ok);
  EXPECT_EQ(t.diags,
            "plan.csv:3:7: error: 'due-date' is a date field: '31/02/2025' is "
            "not a date: February 2025 has 28 days\n"
            "plan.csv:3:18: error: 'rag' is a rag field: 'Purple' is not a RAG "
            "status: write Red, Amber, Green, Complete or Not started (or R, "
            "A, G, C, B, Blue, Completed, Done, N, Grey)\n");
}

TEST(TypedData, DraftKeepsAPlaceholderAndRecordsIt) {
  Typed t = Type("plan.csv", "Ref,Due\nA1,soon\nA2,2025-01-01\n",
                 {Decl("due", FieldType::kDate)}, /*draft=*/true);
  EXPECT_TRUE(t.ok);
  EXPECT_EQ(Col(t, "due"), "[soon?];2025-01-01;");
  EXPECT_EQ(t.src->invalid_values.size(), 1u);
  EXPECT_EQ(t.diags,
            "plan.csv:2:4: warning: 'due' is a date field: 'soon' is not a "
            "date (write 2025-03-31, 31/03/2025, 31 March 2025 or 31-Mar-25) "
            "(shown as a placeholder in draft mode)\n");
}

TEST(TypedData, DeclaredFormatsAreHeldTo) {
  FieldDecl d = Decl("due", FieldType::kDate);
  d.formats = {DateFormat::kDmy};
  Typed t = Type("plan.csv", "Ref,Due\nA1,31/03/2025\nA2,2025-01-01\n", {d});
  EXPECT_EQ(t.diags,
            "plan.csv:3:4: error: 'due' is a date field: '2025-01-01' is "
            "written iso, which is not among the formats declared for 'due' "
            "(dd/mm/yyyy)\n");
}

TEST(TypedData, XmlElementsAndAttributes) {
  Typed t = Type("plan.xml",
                 "<plan>\n  <action ref=\"A1\" due=\"31-Mar-25\"><rag>g</rag></action>\n"
                 "  <action ref=\"A2\" due=\"sometime\"><rag>R</rag></action>\n</plan>",
                 {Decl("@due", FieldType::kDate), Decl("action/rag", FieldType::kRag)});
  EXPECT_FALSE(t.ok);
  EXPECT_EQ(t.src->root().child("action").attribute("due").value(),
            std::string("2025-03-31"));
  EXPECT_EQ(t.src->root().child("action").child("rag").text().get(),
            std::string("Green"));
  EXPECT_EQ(t.diags,
            "plan.xml:3:20: error: '@due' is a date field: 'sometime' is not "
            "a date (write 2025-03-31, 31/03/2025, 31 March 2025 or "
            "31-Mar-25)\n");
}

TEST(TypedData, UnknownPaths) {
  Typed csv = Type("plan.csv", "Ref,Due date\nA1,x\n",
                   {Decl("due-dat", FieldType::kDate)});
  EXPECT_EQ(csv.diags,
            "job.xml:3:5: error: no column 'due-dat' in plan.csv; did you mean "
            "'due-date'?\n");
  Typed xml = Type("plan.xml", "<plan><a/></plan>",
                   {Decl("due", FieldType::kDate), Decl("a", FieldType::kDate)});
  EXPECT_EQ(xml.diags,
            "job.xml:3:5: error: 'due' selects nothing in plan.xml (a name "
            "like 'due' types every <due>; '@ref' every ref attribute)\n");
}

TEST(TypedData, TypeOption) {
  std::string error;
  auto d = ParseTypeOption("plan:due-date=date:dd/mm/yyyy,iso", &error);
  ASSERT_TRUE(d) << error;
  EXPECT_EQ(d->source, "plan");
  EXPECT_EQ(d->path, "due-date");
  EXPECT_EQ(d->type, FieldType::kDate);
  EXPECT_EQ(d->formats.size(), 2u);
  EXPECT_FALSE(ParseTypeOption("due-date=date", &error));
  EXPECT_EQ(error, "--type takes SOURCE:FIELD=TYPE (e.g. plan:due-date=date), "
                   "not 'due-date=date'");
  EXPECT_FALSE(ParseTypeOption("plan:cost=mony", &error));
  EXPECT_EQ(error, "unknown type 'mony' in --type plan:cost=mony; did you mean "
                   "'money'?");
  EXPECT_FALSE(ParseTypeOption("plan:cost=money:iso", &error));
  EXPECT_EQ(error, "only date fields take formats, not 'money' (--type "
                   "plan:cost=money:iso)");
}

}  // namespace
}  // namespace clerk
