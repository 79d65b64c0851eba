// The .docx container through libzip, built in memory.
#include <zip.h>

#include <memory>

#include "render/docx/package.h"

namespace clerk::render::docx {

namespace {

// Deflate level: 6 (zlib's default) costs about twice level 1 for a few
// per cent of size on these XML parts; bench/SPEC.md wants speed.
constexpr zip_uint32_t kDeflateLevel = 1;
// Parts smaller than this are stored: each deflate stream costs zlib a
// quarter-megabyte of fresh tables, more than the few hundred bytes saved.
constexpr size_t kStoreBelow = 4096;
// 1980-01-01 00:00:00, the earliest DOS date: no clock in the bytes.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
// Unix "regular file, rw-r--r--" in the upper 16 bits.
constexpr zip_uint32_t kUnixAttributes = 0100644u << 16;

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

Status ZipError(const char* what, zip_error_t* err) {
  Status s = Status::Error(std::string("cannot build the .docx (") + what +
                           "): " + zip_error_strerror(err));
  zip_error_fini(err);
  return s;
}

Status ZipError(const char* what, zip_t* za) {
  Status s = Status::Error(std::string("cannot build the .docx (") + what +
                           "): " + zip_strerror(za));
  zip_discard(za);
  return s;
}

Status AddEntry(zip_t* za, const std::string& name, const std::string& data) {
  zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
  if (src == nullptr) return ZipError("source", za);
  zip_int64_t idx = zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8);
  if (idx < 0) {
    zip_source_free(src);
    return ZipError("add", za);
  }
  auto i = static_cast<zip_uint64_t>(idx);
  const bool store = data.size() < kStoreBelow;
  if (zip_set_file_compression(za, i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                               store ? 0 : kDeflateLevel) != 0 ||
      zip_file_set_dostime(za, i, kDosTime, kDosDate, 0) != 0 ||
      zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX,
                                       kUnixAttributes) != 0) {
    return ZipError("entry attributes", za);
  }
  return Status::Ok();
}

}  // namespace

Status ZipPackage(const std::vector<Part>& parts, std::string* out) {
  out->clear();
  zip_error_t err;
  zip_error_init(&err);
  SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!buffer) return ZipError("buffer", &err);
  zip_t* za = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &err);
  if (za == nullptr) return ZipError("open", &err);
  zip_source_keep(buffer.get());  // za's close must not free our buffer

  const std::string content_types = ContentTypesXml(parts);
  Status st = AddEntry(za, "[Content_Types].xml", content_types);
  if (!st.ok()) return st;
  for (const Part& p : parts) {
    st = AddEntry(za, p.name, p.data);
    if (!st.ok()) return st;
  }
  if (zip_close(za) != 0) return ZipError("close", za);

  zip_source_t* src = buffer.get();
  if (zip_source_open(src) != 0) {
    return Status::Error(std::string("cannot read the .docx buffer: ") +
                         zip_error_strerror(zip_source_error(src)));
  }
  zip_stat_t zst;
  zip_stat_init(&zst);
  if (zip_source_stat(src, &zst) != 0 || !(zst.valid & ZIP_STAT_SIZE)) {
    zip_source_close(src);
    return Status::Error("cannot read the .docx buffer size");
  }
  out->resize(zst.size);
  zip_int64_t n = zip_source_read(src, out->data(), zst.size);
  zip_source_close(src);
  if (n < 0 || static_cast<zip_uint64_t>(n) != zst.size) {
    out->clear();
    return Status::Error("cannot read the .docx buffer");
  }
  return Status::Ok();
}

}  // namespace clerk::render::docx
