// clerk data: the exact table it prints for a CSV and an XML file, and
// the exit code when a declared type does not fit.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;

class DataCommand : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-data-" + std::string(testing::UnitTest::GetInstance()
                                            ->current_test_info()
                                            ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  Outcome Clerk(const std::string& args) {
    return RunClerk("data " + (dir_ / args).string(), dir_);
  }
  fs::path dir_;
};

TEST_F(DataCommand, ProfilesACsv) {
  Write("plan.csv",
        "Ref,Due date,RAG,Cost,Share\n"
        "A1,31/03/2025,G,\"£1,250\",50%\n"
        "A2,,Completed,£300,7.5%\n"
        "A3,1 April 2025,amber,£12,100%\n");
  Outcome r = Clerk("plan.csv");
  EXPECT_EQ(r.code, 0) << r.err;
  std::string path = (dir_ / "plan.csv").string();
  EXPECT_EQ(r.out,
            path + ": CSV, 3 rows, 5 columns\n"
            "With --data plan=" + path + " (or <data name=\"plan\">), "
            "$plan/row is every row; inside\n"
            "<for-each select=\"$plan/row\"> a column is its name alone "
            "(due-date).\n\n"
            "path                header    type               count  empty  sample values\n"
            "$plan/row/ref       Ref       text               3      0      A1 | A2 | A3\n"
            "$plan/row/due-date  Due date  date dd/mm/yyyy *  3      1      31/03/2025 | 1 April 2025\n"
            "$plan/row/rag       RAG       rag *              3      0      G | Completed | amber\n"
            "$plan/row/cost      Cost      money              3      0      £1,250 | £300 | £12\n"
            "$plan/row/share     Share     percent            3      0      50% | 7.5% | 100%\n"
            "\n* detected: read and stored as ISO dates / the RAG vocabulary's "
            "words when the file is loaded\n  (declare another type with "
            "<field path=… type=…/> or --type, or turn detection off with "
            "<data detect=\"false\">)\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(DataCommand, ProfilesXmlAndChecksADeclaredType) {
  Write("plan.xml",
        "<plan><action ref=\"A1\" due=\"2025-03-31\"><rag>G</rag><n>3</n>"
        "</action><action ref=\"A2\"><rag>red</rag><n>12</n></action></plan>");
  Outcome r = Clerk("plan.xml --name p --type p:@due=date:dd/mm/yyyy");
  EXPECT_EQ(r.code, 1);
  std::string path = (dir_ / "plan.xml").string();
  EXPECT_EQ(r.out,
            path + ": XML, root element <plan>\n"
            "With --data p=" + path + " (or <data name=\"p\">), $p is the root "
            "element; the first data source is\nalso the template's context, "
            "where paths start without $p/.\n\n"
            "path            type        count  empty  sample values\n"
            "$p/action       (elements)  2\n"
            "$p/action/@ref  text        2      0      A1 | A2\n"
            "$p/action/@due  date iso    1      0      2025-03-31\n"
            "$p/action/rag   rag         2      0      G | red\n"
            "$p/action/n     integer     2      0      3 | 12\n");
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            path + ":1:24: error: '@due' is a date field: '2025-03-31' is "
            "written iso, which is not among the formats declared for '@due' "
            "(dd/mm/yyyy)");
}

TEST_F(DataCommand, NoFileIsAUsageError) {
  Outcome r = RunClerk("data", dir_);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "clerk data: no data file given\nTry 'clerk data --help'.\n");
}

}  // namespace
