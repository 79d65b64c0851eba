// clerk batch --group-by with history (issue 15): each area is compared
// with its own rows of the previous quarter's snapshot; the same key in two
// areas is not a duplicate; a duplicate within an area of this quarter
// fails that area only, one in the snapshot fails the batch up front.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

const char kTemplate[] =
    "<report xmlns=\"urn:clerk:template:1\">\n"
    "  <title>{$area}</title>\n"
    "  <p>Since {$compare/@previous}: {count($compare/action)} actions; "
    "<for-each select=\"$compare/action\">{key} {change} {direction} "
    "{due-moved}; </for-each></p>\n"
    "  <for-each select=\"$compare/quarter\"><p>{label}: {red} red of "
    "{total}</p></for-each>\n"
    "</report>\n";

class BatchHistory : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-history-" + std::string(testing::UnitTest::GetInstance()
                                               ->current_test_info()
                                               ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(dir_ / "t.xml") << kTemplate;
    std::ofstream(dir_ / "job.xml")
        << "<job xmlns=\"urn:clerk:template:1\"><template href=\"t.xml\"/>"
           "<data name=\"plan\" href=\"plan.csv\"/>"
           "<compare label=\"Q3\"><snapshot href=\"prev.csv\" label=\"Q2\" "
           "as-of=\"30/09/2023\"/></compare>"
           "<param name=\"as-of\" value=\"2023-12-31\"/></job>";
    std::ofstream(dir_ / "prev.csv")
        << "Area,Ref,Due date,RAG status\n"
           "North,A1,31/01/2024,G\n"
           "South,A1,31/01/2024,R\n"
           "North,A2,31/01/2024,A\n"
           "South,A3,31/01/2024,G\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Batch() {
    return RunClerk("batch " + (dir_ / "job.xml").string() +
                        " --group-by area --format text --jobs 2 --out " +
                        (dir_ / "out").string(),
                    dir_);
  }
  fs::path dir_;
};

TEST_F(BatchHistory, EachAreaAgainstItsOwnPreviousRows) {
  std::ofstream(dir_ / "plan.csv") << "Area,Ref,Due date,RAG status\n"
                                      "North,A1,2024-01-31,Red\n"
                                      "South,A1,2024-02-29,Green\n"
                                      "North,A2,2024-01-31,Amber\n";
  Outcome r = Batch();
  ASSERT_EQ(r.code, 0) << r.err;
  std::string north = Slurp(dir_ / "out" / "North.txt");
  std::string south = Slurp(dir_ / "out" / "South.txt");
  EXPECT_NE(north.find("Since Q2: 2 actions; A1 unchanged worse 0; A2 "
                       "unchanged same 0;"),
            std::string::npos)
      << north;
  EXPECT_NE(north.find("Q2: 0 red of 2"), std::string::npos) << north;
  EXPECT_NE(north.find("Q3: 1 red of 2"), std::string::npos) << north;
  EXPECT_NE(south.find("Since Q2: 2 actions; A1 unchanged improved 29; A3 "
                       "removed ;"),
            std::string::npos)
      << south;
  EXPECT_NE(south.find("Q2: 1 red of 2"), std::string::npos) << south;
}

TEST_F(BatchHistory, DuplicateKeyInOneAreaFailsThatAreaOnly) {
  std::ofstream(dir_ / "plan.csv") << "Area,Ref,Due date,RAG status\n"
                                      "North,A1,2024-01-31,Red\n"
                                      "South,A1,2024-02-29,Green\n"
                                      "North,A1,2024-01-31,Amber\n";
  Outcome r = Batch();
  EXPECT_EQ(r.code, 1);
  std::string csv = (dir_ / "plan.csv").string();
  EXPECT_NE(r.err.find("FAILED area=North: " + csv +
                       ":4:7: error: the key 'A1' appears twice in plan.csv "
                       "(also on line 2): each action needs its own 'ref'"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "South.txt"));
  EXPECT_FALSE(fs::exists(dir_ / "out" / "North.txt"));
}

TEST_F(BatchHistory, DuplicateKeyInTheSnapshotStopsTheBatch) {
  std::ofstream(dir_ / "plan.csv") << "Area,Ref,Due date,RAG status\n"
                                      "North,A1,2024-01-31,Red\n";
  std::ofstream(dir_ / "prev.csv", std::ios::app) << "South,A3,31/01/2024,A\n";
  Outcome r = Batch();
  EXPECT_EQ(r.code, 1) << r.err;
  std::string prev = (dir_ / "prev.csv").string();
  EXPECT_NE(r.err.find(prev + ":6:7: error: the key 'A3' appears twice in "
                       "prev.csv (also on line 5): each action needs its "
                       "own 'ref'"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

}  // namespace
