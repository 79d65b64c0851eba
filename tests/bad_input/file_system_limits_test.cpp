// Issue 6: the file-system side of the limits and of path confinement.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/file_system.h"
#include "base/limits.h"

namespace clerk {
namespace {

namespace sfs = std::filesystem;

TEST(Issue6Limits, FormatBytes) {
  EXPECT_EQ(limits::FormatBytes(limits::kMaxDataFileBytes), "64 MiB");
  EXPECT_EQ(limits::FormatBytes(limits::kMaxSourceFileBytes), "8 MiB");
  EXPECT_EQ(limits::FormatBytes(limits::kMaxOutputBytes), "256 MiB");
  EXPECT_EQ(limits::FormatBytes(2048), "2 KiB");
  EXPECT_EQ(limits::FormatBytes(1000), "1000 bytes");
}

TEST(Issue6Limits, MemoryFileSystemRefusesOversizedFiles) {
  MemoryFileSystem fs;
  fs.Add("big.xml", std::string(limits::kMaxDataFileBytes + 1, ' '));
  EXPECT_EQ(fs.Read("big.xml").status().message(),
            "cannot read big.xml: the file is larger than the 64 MiB limit");
}

TEST(Issue6Limits, SimulatedFullDisk) {
  MemoryFileSystem fs;
  fs.Add("out/r.txt", "good");
  fs.FailWritesDiskFull();
  Status s = fs.WriteAtomic("out/r.txt", "new");
  EXPECT_EQ(s.message(), "cannot write out/r.txt: No space left on device");
  EXPECT_EQ(*fs.Read("out/r.txt"), "good");
}

TEST(Issue6Confinement, LexicalEscapesInMemory) {
  MemoryFileSystem fs;
  EXPECT_TRUE(ResolvesInside(fs, "t/a/b.xml", "t"));
  EXPECT_TRUE(ResolvesInside(fs, "t/a/../b.xml", "t"));
  EXPECT_FALSE(ResolvesInside(fs, "t/../b.xml", "t"));
  EXPECT_FALSE(ResolvesInside(fs, "t/../../etc/passwd", "t"));
  EXPECT_FALSE(ResolvesInside(fs, "tx/b.xml", "t"));  // a sibling, not a child
  EXPECT_TRUE(ResolvesInside(fs, "b.xml", ""));
  EXPECT_FALSE(ResolvesInside(fs, "../b.xml", ""));
  EXPECT_FALSE(ResolvesInside(fs, "/etc/passwd", "."));
}

TEST(Issue6Confinement, SymlinksAreResolved) {
  sfs::path dir = sfs::temp_directory_path() /
                  ("clerk-issue6-confinement-" + std::to_string(::getpid()));
  sfs::remove_all(dir);
  sfs::create_directories(dir / "root" / "sub");
  sfs::create_directories(dir / "outside");
  std::ofstream(dir / "outside" / "secret.xml") << "<x/>";
  std::ofstream(dir / "root" / "sub" / "ok.xml") << "<x/>";
  sfs::create_symlink(dir / "outside" / "secret.xml", dir / "root" / "link.xml");
  sfs::create_directory_symlink(dir / "outside", dir / "root" / "linkdir");
  sfs::create_directory_symlink(dir / "root" / "sub", dir / "root" / "inner");
  auto fs = NewRealFileSystem();
  std::string root = (dir / "root").string();
  EXPECT_TRUE(ResolvesInside(*fs, root + "/sub/ok.xml", root));
  EXPECT_TRUE(ResolvesInside(*fs, root + "/inner/ok.xml", root));
  EXPECT_FALSE(ResolvesInside(*fs, root + "/link.xml", root));
  EXPECT_FALSE(ResolvesInside(*fs, root + "/linkdir/secret.xml", root));
  EXPECT_FALSE(ResolvesInside(*fs, root + "/sub/../../outside/secret.xml", root));
  // A root that is itself reached through a link still contains its files.
  sfs::create_directory_symlink(dir / "root", dir / "alias");
  EXPECT_TRUE(ResolvesInside(*fs, (dir / "alias" / "sub" / "ok.xml").string(),
                             (dir / "alias").string()));
  sfs::remove_all(dir);
}

TEST(Issue9Limits, RealReadRefusesDevicesAndFifos) {
  auto fs = NewRealFileSystem();
  EXPECT_EQ(fs->Read("/dev/zero").status().message(),
            "cannot read /dev/zero: not a regular file (clerk reads no "
            "devices, FIFOs or sockets)");
  EXPECT_FALSE(fs->IsRegularFile("/dev/zero"));
  // A FIFO with no writer: open() would block for ever.
  sfs::path fifo = sfs::temp_directory_path() /
                   ("clerk-fifo-" + std::to_string(::getpid()));
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(fs->Read(fifo.string()).status().message(),
            "cannot read " + fifo.string() +
                ": not a regular file (clerk reads no devices, FIFOs or "
                "sockets)");
  EXPECT_FALSE(fs->IsRegularFile(fifo.string()));
  sfs::remove(fifo);
}

}  // namespace
}  // namespace clerk
