// clerk batch --group-by: one spreadsheet of 120 areas gives 120 reports,
// each with only its own rows; three bad rows give three located failures
// and 117 reports; batch.json says so; the record data is checked before
// any work starts.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

const char kTemplate[] =
    "<report xmlns=\"urn:clerk:template:1\">\n"
    "  <param name=\"as-of\" default=\"2025-06-30\"/>\n"
    "  <title>SEND update: {$area}</title>\n"
    "  <p>{count($plan/row)} actions, "
    "{count($plan/row[overdue(due-date, rag-status, $as-of)])} overdue.</p>\n"
    "  <for-each select=\"$plan/row\" sort=\"due-date\">"
    "<p>{ref} ({area}) due {long-date(due-date)}: {rag(rag-status)}</p>"
    "</for-each>\n"
    "</report>\n";

class BatchGroup : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-group-" + std::string(testing::UnitTest::GetInstance()
                                             ->current_test_info()
                                             ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(dir_ / "t.xml") << kTemplate;
    std::ofstream(dir_ / "job.xml")
        << "<job xmlns=\"urn:clerk:template:1\"><template href=\"t.xml\"/>"
           "<data name=\"plan\" href=\"plan.csv\"/></job>";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // 120 areas of 3 actions; line L of the file is area (L-2)/3+1. The
  // rows of the areas interleave (every area's first action, then every
  // second…), so grouping has to gather them. `bad` replaces lines.
  void Plan(const std::map<int, std::string>& bad = {}) {
    std::ofstream out(dir_ / "plan.csv");
    out << "Area,Ref,Due date,RAG status\n";
    const char* rags[] = {"R", "green", "Completed", "Amber", "G", "red"};
    int line = 2;
    for (int k = 1; k <= 3; ++k) {
      for (int a = 1; a <= 120; ++a, ++line) {
        auto it = bad.find(line);
        if (it != bad.end()) {
          out << it->second << "\n";
          continue;
        }
        char row[128];
        std::snprintf(row, sizeof row, "Area %03d,A%d.%d,%02d/%02d/2025,%s", a,
                      a, k, (a + k) % 28 + 1, (a * k) % 12 + 1,
                      rags[(a + k) % 6]);
        out << row << "\n";
      }
    }
  }

  Outcome Clerk(const std::string& args) { return RunClerk(args, dir_); }
  fs::path dir_;
};

TEST_F(BatchGroup, OneReportPerAreaWithOnlyItsRows) {
  Plan();
  Outcome r = Clerk("batch " + (dir_ / "job.xml").string() +
                    " --group-by Area --name-pattern 'send-{$area}' --format "
                    "text --jobs 2 --quiet --out " + (dir_ / "out").string() +
                    " --report " + (dir_ / "batch.json").string());
  ASSERT_EQ(r.code, 0) << r.err;
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir_ / "out")) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 120);
  for (int a : {1, 57, 120}) {
    char name[32], area[16];
    std::snprintf(name, sizeof name, "send-Area-%03d.txt", a);
    std::snprintf(area, sizeof area, "Area %03d", a);
    std::string text = Slurp(dir_ / "out" / name);
    EXPECT_NE(text.find(std::string("SEND update: ") + area), std::string::npos);
    EXPECT_NE(text.find("3 actions,"), std::string::npos) << text;
    // Only its own rows: its area three times (plus the title), no other.
    size_t mentions = 0;
    for (size_t p = text.find("(Area "); p != std::string::npos;
         p = text.find("(Area ", p + 1)) {
      EXPECT_EQ(text.substr(p + 1, 8), area) << text;
      ++mentions;
    }
    EXPECT_EQ(mentions, 3u) << text;
  }
  auto j = nlohmann::json::parse(Slurp(dir_ / "batch.json"));
  ASSERT_EQ(j["records"].size(), 120u);
  EXPECT_EQ(j["records"][0]["record"], "area=Area 001");
  EXPECT_EQ(j["records"][0]["status"], "ok");
  EXPECT_EQ(j["records"][0]["warnings"], 0);
  EXPECT_EQ(j["records"][0]["placeholders"], 0);
}

TEST_F(BatchGroup, ThreeBadRowsAreThreeLocatedFailures) {
  Plan({{10, "Area 009,A9.1,31/02/2025,Red"},
        {150, "Area 029,A29.2,01/03/2025,Purple"},
        {300, "Area 059,A59.3,soon,G"}});
  std::string csv = (dir_ / "plan.csv").string();
  Outcome r = Clerk("batch " + (dir_ / "job.xml").string() +
                    " --group-by area --format text --jobs 2 --out " +
                    (dir_ / "out").string() + " --report " +
                    (dir_ / "batch.json").string());
  EXPECT_EQ(r.code, 1);
  std::istringstream lines(r.err);
  std::vector<std::string> failed;
  for (std::string l; std::getline(lines, l);) {
    if (l.rfind("FAILED", 0) == 0) failed.push_back(l);
  }
  std::sort(failed.begin(), failed.end());
  ASSERT_EQ(failed.size(), 3u) << r.err;
  EXPECT_EQ(failed[0],
            "FAILED area=Area 009: " + csv + ":10:15: error: 'due-date' is a "
            "date column (358 of its 360 values are dates): '31/02/2025' is "
            "not a date: February 2025 has 28 days");
  EXPECT_EQ(failed[1],
            "FAILED area=Area 029: " + csv + ":150:27: error: 'rag-status' is "
            "a rag column (359 of its 360 values are RAG statuses): 'Purple' "
            "is not a RAG status: write Red, Amber, Green, Complete or Not "
            "started (or R, A, G, C, B, Blue, Completed, Done, N, Grey)");
  EXPECT_EQ(failed[2],
            "FAILED area=Area 059: " + csv + ":300:16: error: 'due-date' is a "
            "date column (358 of its 360 values are dates): 'soon' is not a "
            "date (write 2025-03-31, 31/03/2025, 31 March 2025 or 31-Mar-25)");
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir_ / "out")) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 117);
  EXPECT_FALSE(fs::exists(dir_ / "out" / "Area-009.txt"));
  auto j = nlohmann::json::parse(Slurp(dir_ / "batch.json"));
  int ok = 0, bad = 0;
  for (const auto& rec : j["records"]) {
    (rec["status"] == "ok" ? ok : bad)++;
  }
  EXPECT_EQ(ok, 117);
  EXPECT_EQ(bad, 3);
}

TEST_F(BatchGroup, DraftCountsWarningsAndPlaceholdersPerRecord) {
  Plan({{10, "Area 009,A9.1,31/02/2025,Red"}});
  Outcome r = Clerk("batch " + (dir_ / "job.xml").string() +
                    " --group-by area --format text --mode draft --out " +
                    (dir_ / "out").string() + " --report " +
                    (dir_ / "batch.json").string());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("clerk batch: 1 warning, 1 draft placeholder (per "
                       "record in --report)\n"),
            std::string::npos)
      << r.err;
  auto j = nlohmann::json::parse(Slurp(dir_ / "batch.json"));
  EXPECT_EQ(j["records"][8]["record"], "area=Area 009");
  EXPECT_EQ(j["records"][8]["warnings"], 1);
  EXPECT_EQ(j["records"][8]["placeholders"], 1);
  EXPECT_EQ(j["records"][7]["warnings"], 0);
  EXPECT_NE(Slurp(dir_ / "out" / "Area-009.txt").find("[31/02/2025?]"),
            std::string::npos);
}

TEST_F(BatchGroup, ColumnAndSourcesAreCheckedBeforeAnyWork) {
  Plan();
  Outcome r = Clerk("batch " + (dir_ / "job.xml").string() +
                    " --group-by areas --format text --out " +
                    (dir_ / "out").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "clerk batch: no column 'areas' in " +
                       (dir_ / "plan.csv").string() +
                       "; did you mean 'area'?\n");
  EXPECT_FALSE(fs::exists(dir_ / "out"));

  // A manifest whose rows give 'plan' while the job's first source is
  // 'report': one message, not one "no data" failure per record.
  std::ofstream(dir_ / "t2.xml")
      << "<report xmlns=\"urn:clerk:template:1\"><p>{count($plan/row)}</p>"
         "</report>";
  std::ofstream(dir_ / "job2.xml")
      << "<job xmlns=\"urn:clerk:template:1\"><template href=\"t2.xml\"/>"
         "<data name=\"report\" href=\"r.xml\"/><data name=\"plan\" "
         "href=\"plan.csv\"/></job>";
  std::ofstream(dir_ / "m.csv") << "name,plan\none,plan.csv\ntwo,plan.csv\n";
  r = Clerk("batch " + (dir_ / "job2.xml").string() + " --manifest " +
            (dir_ / "m.csv").string() + " --format text --out " +
            (dir_ / "out").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err,
            "clerk batch: the data source 'report' is given neither by the job "
            "nor by any record (the records give: plan); name the records' "
            "source with --record-data NAME, or give 'report' in the job or "
            "with --data report=FILE; nothing was rendered\n");
}

}  // namespace
