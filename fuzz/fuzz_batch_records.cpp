// The batch record path: a fuzzed --manifest CSV (first line of the input:
// the --name-pattern) read into records, named, and each name checked as an
// output file name, as `clerk batch --manifest … --name-pattern …` does
// before anything is rendered.
#include <string>
#include <vector>

#include "base/output_name.h"
#include "fuzz_common.h"
#include "pipeline/batch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  size_t nl = in.find('\n');
  std::string pattern = nl == std::string::npos ? std::string() : in.substr(0, nl);
  std::string manifest = nl == std::string::npos ? in : in.substr(nl + 1);
  clerk::fuzz::FuzzFileSystem fs;
  fs.Add("/m/manifest.csv", manifest);
  fs.Add("/m/a.xml", "<plan><council>Kent</council><quarter>Q3</quarter></plan>\n");
  fs.Add("/m/b.xml", "<plan><council>Slough</council></plan>\n");
  clerk::Diagnostics diags;
  std::vector<clerk::BatchRecord> records =
      clerk::RecordsFromManifest(fs, "/m/manifest.csv", {"plan"}, &diags);
  if (diags.has_errors()) return 0;
  std::vector<std::string> errors;
  clerk::NameRecords(fs, pattern, "plan", &records, &errors);
  for (const clerk::BatchRecord& r : records) (void)clerk::CheckOutputName(r.stem);
  return 0;
}
