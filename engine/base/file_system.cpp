#include "base/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/limits.h"

namespace clerk {

namespace fs = std::filesystem;

std::string JoinPath(std::string_view dir, std::string_view rel) {
  if (dir.empty() || (!rel.empty() && rel[0] == '/')) return std::string(rel);
  std::string out(dir);
  if (out.back() != '/') out += '/';
  out += rel;
  return out;
}

std::string DirName(std::string_view path) {
  size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return "";
  if (slash == 0) return "/";
  return std::string(path.substr(0, slash));
}

std::string NormalPath(std::string_view path) {
  std::string s = fs::path(std::string(path)).lexically_normal().string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s.empty() ? "." : s;
}

bool IsInside(std::string_view path, std::string_view dir) {
  if (dir.empty() || dir == ".") {
    // Relative paths: inside unless they climb out or are absolute.
    return !path.empty() && path[0] != '/' && path.substr(0, 3) != "../" &&
           path != "..";
  }
  if (path.size() < dir.size() || path.substr(0, dir.size()) != dir) {
    return false;
  }
  return path.size() == dir.size() || dir.back() == '/' ||
         path[dir.size()] == '/';
}

bool ResolvesInside(const FileSystem& fs, const std::string& path,
                    const std::string& root) {
  return IsInside(fs.Canonical(path), fs.Canonical(root.empty() ? "." : root));
}

namespace limits {

std::string FormatBytes(size_t bytes) {
  if (bytes >= (size_t{1} << 20) && bytes % (size_t{1} << 20) == 0) {
    return std::to_string(bytes >> 20) + " MiB";
  }
  if (bytes >= 1024 && bytes % 1024 == 0) {
    return std::to_string(bytes >> 10) + " KiB";
  }
  return std::to_string(bytes) + " bytes";
}

}  // namespace limits

namespace {

Status TooLarge(const std::string& path) {
  return Status::Error("cannot read " + path +
                       ": the file is larger than the " +
                       limits::FormatBytes(limits::kMaxDataFileBytes) +
                       " limit");
}

Status NotRegular(const std::string& path) {
  return Status::Error("cannot read " + path +
                       ": not a regular file (clerk reads no devices, FIFOs "
                       "or sockets)");
}

Status OutputTooLarge(const std::string& path) {
  return Status::Error("cannot write " + path +
                       ": the output is larger than the " +
                       limits::FormatBytes(limits::kMaxOutputBytes) +
                       " limit");
}

class RealFileSystem : public FileSystem {
 public:
  Result<std::string> Read(const std::string& path) const override {
    // Regular files only: a FIFO would block open() and read() for ever, a
    // device never ends. stat first so that a FIFO is never opened; then
    // open without blocking and check the file opened (it may have been
    // replaced in between).
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) &&
        !S_ISDIR(st.st_mode)) {
      return NotRegular(path);
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
      return Status::Error("cannot read " + path + ": " + std::strerror(errno));
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      bool dir = S_ISDIR(st.st_mode);
      ::close(fd);
      if (dir) return Status::Error("cannot read " + path + ": Is a directory");
      return NotRegular(path);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (static_cast<unsigned long long>(st.st_size) >
        limits::kMaxDataFileBytes) {
      ::close(fd);
      return TooLarge(path);
    }
    // Read in pieces up to one byte past the limit: the file may grow.
    std::string out;
    char buf[65536];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::close(fd);
        return Status::Error("cannot read " + path + ": " + std::strerror(err));
      }
      if (n == 0) break;
      out.append(buf, static_cast<size_t>(n));
      if (out.size() > limits::kMaxDataFileBytes) {
        ::close(fd);
        return TooLarge(path);
      }
    }
    ::close(fd);
    return out;
  }

  bool Exists(const std::string& path) const override {
    std::error_code ec;
    return fs::exists(path, ec);
  }

  bool IsRegularFile(const std::string& path) const override {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
  }

  std::string Canonical(const std::string& path) const override {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return NormalPath(path);
    return p.string();
  }

  void Sync(const std::string& dir) override {
    int fd = ::open(dir.empty() ? "." : dir.c_str(),
                    O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::syncfs(fd);
    ::close(fd);
  }

  bool IsDirectory(const std::string& path) const override {
    std::error_code ec;
    return fs::is_directory(path, ec);
  }

  Result<std::string> WriteTemp(const std::string& path,
                                std::string_view bytes, bool durable) override {
    // Built with append: GCC 12's -Wrestrict misreads `"." + std::string`
    // at -O2 and above (GCC bug 105329).
    std::string temp_name(".");
    temp_name.append(fs::path(path).filename().string());
    temp_name.append(".clerk-XXXXXX");
    std::string dir = DirName(path);
    std::string buf = JoinPath(dir.empty() ? "." : dir, temp_name);
    int fd = mkstemp(buf.data());
    if (fd < 0) {
      return Status::Error("cannot write " + path + ": " +
                           std::strerror(errno));
    }
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::close(fd);
        ::unlink(buf.c_str());
        return Status::Error("cannot write " + path + ": " +
                             std::strerror(err));
      }
      done += static_cast<size_t>(n);
    }
    // Readable by others like any ordinary file (mkstemp makes it 0600).
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if ((durable && ::fsync(fd) != 0) || ::close(fd) != 0) {
      int err = errno;
      ::unlink(buf.c_str());
      return Status::Error("cannot write " + path + ": " + std::strerror(err));
    }
    return buf;
  }

  Status RenameTemp(const std::string& temp, const std::string& path) override {
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
      int err = errno;
      ::unlink(temp.c_str());
      return Status::Error("cannot write " + path + ": " + std::strerror(err));
    }
    return Status::Ok();
  }

  void RemoveTemp(const std::string& temp) override { ::unlink(temp.c_str()); }
};

}  // namespace

std::unique_ptr<FileSystem> NewRealFileSystem() {
  return std::make_unique<RealFileSystem>();
}

void MemoryFileSystem::Add(const std::string& path, std::string content) {
  files_[NormalPath(path)] = std::move(content);
}

Result<std::string> MemoryFileSystem::Read(const std::string& path) const {
  auto it = files_.find(NormalPath(path));
  if (it == files_.end()) {
    return Status::Error("cannot read " + path + ": No such file or directory");
  }
  if (it->second.size() > limits::kMaxDataFileBytes) return TooLarge(path);
  return it->second;
}

bool MemoryFileSystem::Exists(const std::string& path) const {
  return files_.count(NormalPath(path)) > 0;
}

std::string MemoryFileSystem::Canonical(const std::string& path) const {
  return NormalPath(path);
}

Result<std::string> MemoryFileSystem::WriteTemp(const std::string& path,
                                                std::string_view bytes, bool) {
  if (!fail_prefix_.empty() && IsInside(NormalPath(path), fail_prefix_)) {
    return Status::Error("cannot write " + path + ": Permission denied");
  }
  if (disk_full_) {
    return Status::Error("cannot write " + path + ": No space left on device");
  }
  std::string temp = NormalPath(path) + ".clerk-temp";
  temps_[temp] = std::string(bytes);
  return temp;
}

Status MemoryFileSystem::RenameTemp(const std::string& temp,
                                    const std::string& path) {
  files_[NormalPath(path)] = std::move(temps_[temp]);
  temps_.erase(temp);
  return Status::Ok();
}

void MemoryFileSystem::RemoveTemp(const std::string& temp) {
  temps_.erase(temp);
}

bool MemoryFileSystem::IsDirectory(const std::string&) const { return false; }

Status FileSystem::WriteAtomic(const std::string& path, std::string_view bytes,
                               bool durable) {
  return WriteAllAtomic({{path, bytes}}, durable);
}

Status FileSystem::WriteAllAtomic(
    const std::vector<std::pair<std::string, std::string_view>>& files,
    bool durable) {
  for (const auto& [path, bytes] : files) {
    if (bytes.size() > limits::kMaxOutputBytes) return OutputTooLarge(path);
    if (IsDirectory(path)) {
      return Status::Error("cannot write " + path + ": Is a directory");
    }
  }
  std::vector<std::string> temps;
  for (const auto& [path, bytes] : files) {
    Result<std::string> t = WriteTemp(path, bytes, durable);
    if (!t.ok()) {
      for (const std::string& done : temps) RemoveTemp(done);
      return t.status();
    }
    temps.push_back(*t);
  }
  for (size_t i = 0; i < files.size(); ++i) {
    Status s = RenameTemp(temps[i], files[i].first);
    if (!s.ok()) {
      for (size_t k = i + 1; k < temps.size(); ++k) RemoveTemp(temps[k]);
      return s;
    }
  }
  return Status::Ok();
}

}  // namespace clerk
