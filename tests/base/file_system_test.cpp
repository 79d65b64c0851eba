#include "base/file_system.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace clerk {
namespace {

TEST(Paths, JoinNormaliseAndConfine) {
  EXPECT_EQ(JoinPath("samples/x", "../../templates/a.xml"),
            "samples/x/../../templates/a.xml");
  EXPECT_EQ(NormalPath("samples/x/../../templates/a.xml"), "templates/a.xml");
  EXPECT_EQ(DirName("templates/a.xml"), "templates");
  EXPECT_EQ(DirName("a.xml"), "");
  EXPECT_TRUE(IsInside("/t/fragments/a.xml", "/t"));
  EXPECT_FALSE(IsInside("/tx/a.xml", "/t"));
  EXPECT_FALSE(IsInside("/a.xml", "/t"));
}

TEST(MemoryFileSystem, ReadsWritesAndFails) {
  MemoryFileSystem fs;
  fs.Add("a/b.xml", "<x/>");
  EXPECT_EQ(*fs.Read("a/./b.xml"), "<x/>");
  EXPECT_EQ(fs.Read("nope.xml").status().message(),
            "cannot read nope.xml: No such file or directory");
  fs.FailWritesUnder("out");
  EXPECT_EQ(fs.WriteAtomic("out/r.pdf", "x").message(),
            "cannot write out/r.pdf: Permission denied");
  EXPECT_TRUE(fs.WriteAtomic("ok/r.pdf", "x").ok());
}

TEST(RealFileSystem, AtomicWriteReplacesWholeFileAndLeavesNoTemp) {
  namespace sfs = std::filesystem;
  sfs::path dir = sfs::temp_directory_path() / "clerk-fs-test";
  sfs::remove_all(dir);
  sfs::create_directories(dir);
  auto fs = NewRealFileSystem();
  std::string path = (dir / "r.txt").string();
  ASSERT_TRUE(fs->WriteAtomic(path, "first").ok());
  ASSERT_TRUE(fs->WriteAtomic(path, "second").ok());
  EXPECT_EQ(*fs->Read(path), "second");
  int entries = 0;
  for (auto& e : sfs::directory_iterator(dir)) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1);
  // A directory in the way: the write fails and reports why.
  sfs::create_directories(dir / "d.txt");
  Status s = fs->WriteAtomic((dir / "d.txt").string(), "x");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cannot write"), std::string::npos);
  sfs::remove_all(dir);
}

}  // namespace
}  // namespace clerk
