// clerk batch end to end: failure isolation, SIGTERM and --resume, shards,
// output-name collisions.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clerk_process.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Slurp;

const char kTemplate[] =
    "<report xmlns=\"urn:clerk:template:1\">\n"
    "  <section title=\"Record {@id}\">\n"
    "    <for-each select=\"para\"><p>{.}</p></for-each>\n"
    "    <p>Last paragraph of record {@id} for {council}.</p>\n"
    "  </section>\n"
    "</report>\n";

class Batch : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("clerk-batch-" + std::string(testing::UnitTest::GetInstance()
                                             ->current_test_info()
                                             ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "records");
    std::ofstream(dir_ / "t.xml") << kTemplate;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes n records; each has `paras` paragraphs.
  void Records(int n, int paras, const std::string& council = "") {
    for (int i = 1; i <= n; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "r%04d.xml", i);
      std::ofstream out(dir_ / "records" / name);
      out << "<record id=\"" << i << "\"><council>"
          << (council.empty() ? "Council " + std::to_string(i) : council)
          << "</council>";
      for (int p = 0; p < paras; ++p) {
        out << "<para>Paragraph " << p << " of record " << i
            << ", long enough to wrap across a line or two of text output "
               "so that rendering takes a little time.</para>";
      }
      out << "</record>\n";
    }
  }

  std::string Clerk() const {
    return std::string(CLERK_BINARY_DIR) + "/engine/cli/clerk";
  }

  int Run(const std::string& args, std::string* err = nullptr) {
    std::string cmd = Clerk() + " " + args + " 2>" + (dir_ / "err").string() +
                      " >/dev/null";
    int status = std::system(cmd.c_str());
    if (err) *err = Slurp(dir_ / "err");
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  std::set<std::string> Files(const fs::path& d) {
    std::set<std::string> out;
    if (!fs::exists(d)) return out;
    for (const auto& e : fs::directory_iterator(d)) {
      out.insert(e.path().filename().string());
    }
    return out;
  }

  std::string Common() {
    return "batch " + (dir_ / "t.xml").string() + " --records " +
           (dir_ / "records").string() + " --record-data rec --format text";
  }

  fs::path dir_;
};

TEST_F(Batch, OneBadRecordIsReportedAndTheRestAreRendered) {
  Records(5, 2);
  std::ofstream(dir_ / "records" / "r0003.xml") << "<record id=\"3\"><council>";
  std::string err;
  int code = Run(Common() + " --jobs 2 --out " + (dir_ / "out").string() +
                     " --report " + (dir_ / "batch.json").string(),
                 &err);
  EXPECT_EQ(code, 1);
  EXPECT_EQ(Files(dir_ / "out"),
            (std::set<std::string>{"r0001.txt", "r0002.txt", "r0004.txt",
                                   "r0005.txt"}));
  std::string bad = (dir_ / "records" / "r0003.xml").string();
  EXPECT_NE(err.find("FAILED " + bad + ": " + bad +
                     ":1:24: error: malformed XML in data: <council> (opened "
                     "at line 1) is never closed"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find("4 rendered, 1 failed, 0 skipped of 5 records"),
            std::string::npos)
      << err;
  std::string json = Slurp(dir_ / "batch.json");
  EXPECT_NE(json.find("\"status\": \"failed\""), std::string::npos) << json;
  EXPECT_NE(json.find("malformed XML in data"), std::string::npos) << json;
}

TEST_F(Batch, SigtermLeavesOnlyCompleteFilesAndResumeFinishes) {
  const int n = 400;
  Records(n, 150);
  std::string out = (dir_ / "out").string();
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::string args = Common() + " --jobs 1 --quiet --out " + out;
    execl("/bin/sh", "sh", "-c", ("exec " + Clerk() + " " + args).c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some outputs exist, then stop it.
  for (int i = 0; i < 400 && Files(dir_ / "out").size() < 5; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  std::set<std::string> partial = Files(dir_ / "out");
  if (static_cast<int>(partial.size()) == n) {
    GTEST_SKIP() << "the batch finished before SIGTERM arrived";
  }
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGTERM);
  EXPECT_GT(partial.size(), 0u);
  for (const std::string& f : partial) {
    ASSERT_EQ(f.find(".clerk-"), std::string::npos) << "temporary file " << f;
    int id = std::stoi(f.substr(1, 4));
    std::string text = Slurp(dir_ / "out" / f);
    std::string last = "Last paragraph of record " + std::to_string(id) +
                       " for Council " + std::to_string(id) + ".\n";
    ASSERT_GE(text.size(), last.size());
    EXPECT_EQ(text.substr(text.size() - last.size()), last) << f;
  }
  std::string err;
  EXPECT_EQ(Run(Common() + " --jobs 2 --resume --out " + out, &err), 0) << err;
  EXPECT_EQ(static_cast<int>(Files(dir_ / "out").size()), n);
  EXPECT_NE(err.find(std::to_string(partial.size()) + " skipped"),
            std::string::npos)
      << err << " partial: " << partial.size();
}

TEST_F(Batch, ShardsCoverEveryRecordExactlyOnce) {
  Records(10, 1);
  std::set<std::string> all;
  size_t total = 0;
  for (int k = 1; k <= 3; ++k) {
    fs::path out = dir_ / ("shard" + std::to_string(k));
    ASSERT_EQ(Run(Common() + " --shard " + std::to_string(k) + "/3 --out " +
                  out.string()),
              0);
    std::set<std::string> files = Files(out);
    total += files.size();
    all.insert(files.begin(), files.end());
  }
  EXPECT_EQ(total, 10u);
  EXPECT_EQ(all.size(), 10u);
  EXPECT_EQ(Files(dir_ / "shard1"),
            (std::set<std::string>{"r0001.txt", "r0004.txt", "r0007.txt",
                                   "r0010.txt"}));
  std::string err;
  EXPECT_EQ(Run(Common() + " --shard 4/3", &err), 2);
  EXPECT_NE(err.find("--shard takes K/N with 1 <= K <= N, not '4/3'"),
            std::string::npos);
}

TEST_F(Batch, NamePatternCollisionsAreRefusedBeforeWriting) {
  Records(3, 1, "Northbridge");
  std::string err;
  int code = Run(Common() + " --name-pattern '{council}' --out " +
                     (dir_ / "out").string(),
                 &err);
  EXPECT_EQ(code, 1);
  std::string r1 = (dir_ / "records" / "r0001.xml").string();
  std::string r2 = (dir_ / "records" / "r0002.xml").string();
  EXPECT_NE(err.find("clerk batch: output name collision: " + r2 + " and " +
                     r1 + " would both write " + (dir_ / "out").string() +
                     "/Northbridge.txt"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find("nothing was written"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "out"));
  // A pattern that tells them apart works.
  EXPECT_EQ(Run(Common() + " --name-pattern '{council}-{@id}' --out " +
                (dir_ / "out").string()),
            0);
  EXPECT_EQ(Files(dir_ / "out"),
            (std::set<std::string>{"Northbridge-1.txt", "Northbridge-2.txt",
                                   "Northbridge-3.txt"}));
}

TEST_F(Batch, SelectRecordsInsideOneFile) {
  std::ofstream(dir_ / "all.xml")
      << "<areas><record id=\"1\"><council>Ashcombe</council></record>"
         "<record id=\"2\"><council>Kelham</council></record></areas>";
  std::string err;
  int code = Run("batch " + (dir_ / "t.xml").string() + " --data rec=" +
                     (dir_ / "all.xml").string() +
                     " --select /areas/record --name-pattern '{council}' "
                     "--format text --out " + (dir_ / "out").string(),
                 &err);
  ASSERT_EQ(code, 0) << err;
  EXPECT_EQ(Files(dir_ / "out"),
            (std::set<std::string>{"Ashcombe.txt", "Kelham.txt"}));
  EXPECT_EQ(Slurp(dir_ / "out" / "Kelham.txt"),
            "1. Record 2\n\n1.1   Last paragraph of record 2 for Kelham.\n");
}

}  // namespace
