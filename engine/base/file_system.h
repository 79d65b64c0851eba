// All file access goes through a FileSystem: the real one for the CLI, an
// in-memory one for tests.
#ifndef CLERK_BASE_FILE_SYSTEM_H_
#define CLERK_BASE_FILE_SYSTEM_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace clerk {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The whole file. Error message: "cannot read PATH: REASON". A file larger
  // than limits::kMaxDataFileBytes (64 MiB) is refused without reading it
  // all ("cannot read PATH: the file is larger than the 64 MiB limit").
  virtual Result<std::string> Read(const std::string& path) const = 0;
  virtual bool Exists(const std::string& path) const = 0;
  // True for a regular file (following links): not a directory, device,
  // FIFO or socket. Read refuses anything else ("cannot read PATH: not a
  // regular file (…)"), so a FIFO given as data, image or font cannot hang.
  virtual bool IsRegularFile(const std::string& path) const {
    return Exists(path);
  }
  // The path with symbolic links resolved, when the file system has any;
  // otherwise the lexically normal path. Used to confine includes.
  virtual std::string Canonical(const std::string& path) const = 0;
  // Writes atomically: a temporary file beside `path`, then rename. On
  // failure nothing at `path` changes. Error: "cannot write PATH: REASON".
  // More than limits::kMaxOutputBytes (256 MiB) is refused.
  // With `durable`, the data is flushed to disk (fsync) before the rename;
  // a batch writes without it and calls Sync(out_dir) once at the end.
  Status WriteAtomic(const std::string& path, std::string_view bytes,
                     bool durable = true);
  // Writes several files all or nothing: every one to a temporary file
  // first; only when all of those succeeded are they renamed into place.
  // A target that is a directory fails before anything is written.
  Status WriteAllAtomic(
      const std::vector<std::pair<std::string, std::string_view>>& files,
      bool durable = true);
  // Flushes what was written to the file system holding directory `dir`
  // (syncfs on it), the directory entries included; other disks untouched.
  virtual void Sync(const std::string& dir) { (void)dir; }

 protected:
  // The steps of WriteAllAtomic. WriteTemp returns the temporary file's
  // name; error messages name `path` ("cannot write PATH: REASON").
  virtual Result<std::string> WriteTemp(const std::string& path,
                                        std::string_view bytes,
                                        bool durable) = 0;
  virtual Status RenameTemp(const std::string& temp,
                            const std::string& path) = 0;
  virtual void RemoveTemp(const std::string& temp) = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
};

// The process's file system.
std::unique_ptr<FileSystem> NewRealFileSystem();

// Files held in memory, keyed by lexically normal path. For tests.
class MemoryFileSystem : public FileSystem {
 public:
  void Add(const std::string& path, std::string content);
  // Paths written to under this prefix fail (to test unwritable output).
  void FailWritesUnder(const std::string& prefix) { fail_prefix_ = prefix; }
  // Writes fail as if the disk were full ("No space left on device").
  void FailWritesDiskFull() { disk_full_ = true; }
  const std::map<std::string, std::string>& files() const { return files_; }

  Result<std::string> Read(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  std::string Canonical(const std::string& path) const override;

 protected:
  Result<std::string> WriteTemp(const std::string& path,
                                std::string_view bytes, bool durable) override;
  Status RenameTemp(const std::string& temp, const std::string& path) override;
  void RemoveTemp(const std::string& temp) override;
  bool IsDirectory(const std::string& path) const override;

 private:
  std::map<std::string, std::string> temps_;
  std::map<std::string, std::string> files_;
  std::string fail_prefix_;
  bool disk_full_ = false;
};

// Path helpers (lexical; '/' separated).
std::string JoinPath(std::string_view dir, std::string_view rel);
std::string DirName(std::string_view path);  // "" for a bare file name
std::string NormalPath(std::string_view path);
// True when `path` is `dir` or lies below it (both canonical or normal).
bool IsInside(std::string_view path, std::string_view dir);

// Path confinement: true when `path`, with every symbolic link resolved
// (fs.Canonical), lies inside `root` (also resolved). A ".." that climbs out
// of `root`, or a link inside it that points out, is outside.
bool ResolvesInside(const FileSystem& fs, const std::string& path,
                    const std::string& root);

}  // namespace clerk

#endif  // CLERK_BASE_FILE_SYSTEM_H_
