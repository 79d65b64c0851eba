#include "fuzz_render.h"

#include "fuzz_common.h"

namespace clerk::fuzz {

int FuzzRender(Format format, const uint8_t* data, size_t size) {
  FuzzFileSystem fs;
  auto files =
      SplitBundle(std::string_view(reinterpret_cast<const char*>(data), size));
  for (auto& [name, text] : files) fs.Add("/fuzz/" + name, text);
  ReportRequest req;
  req.input = "/fuzz/" + files[0].first;
  Diagnostics diags;
  auto report = PrepareReport(fs, req, &diags);
  if (!report) return 0;
  std::string out;
  Status s = RenderFormat(*report, format, model::RenderOptions{}, &diags, &out);
  (void)s;
  return 0;
}

}  // namespace clerk::fuzz
