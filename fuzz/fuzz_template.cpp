// Template loading + merge + numbering: the fuzzed input is the template
// (optionally a bundle with fragments, see fuzz_common.h); the data is fixed.
#include "fuzz_common.h"
#include "load/data_source.h"
#include "merge/merger.h"
#include "merge/template.h"
#include "model/style.h"
#include "number/numberer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clerk;
  fuzz::FuzzFileSystem fs;
  fuzz::AddFixedData(&fs);
  auto files = fuzz::SplitBundle(
      std::string_view(reinterpret_cast<const char*>(data), size));
  for (auto& [name, text] : files) fs.Add("/fuzz/" + name, text);
  std::string entry = "/fuzz/" + files[0].first;

  Diagnostics diags;
  MergeInput in;
  CompileOptions opts;
  for (const char* name : {"report", "minutes"}) {
    auto src = LoadDataSource(fs, name, "/fuzz/data.xml", SourceLoc{}, &diags);
    if (src) in.data.push_back(src);
    opts.data_names.push_back(name);
  }
  auto plan = LoadDataSource(fs, "plan", "/fuzz/plan.csv", SourceLoc{}, &diags);
  if (plan) in.data.push_back(plan);
  opts.data_names.push_back("plan");
  in.params.push_back({"as-of", "2023-12-31"});
  opts.param_names.push_back("as-of");
  if (in.data.size() != 3) return 0;  // the fixed data was overwritten badly

  auto tmpl = CompileTemplate(fs, entry, opts, &diags);
  if (!tmpl) return 0;
  model::Style style = model::DefaultStyle();
  // Both modes: draft keeps going past missing values.
  for (Mode mode : {Mode::kFinal, Mode::kDraft}) {
    Diagnostics d;
    in.mode = mode;
    model::Document doc = Merge(*tmpl, in, style, &d);
    if (d.has_errors()) continue;
    NumberDocument(&doc, style, &d);
  }
  return 0;
}
