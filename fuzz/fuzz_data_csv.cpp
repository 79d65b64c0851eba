// Data loading (CSV) and a merge that walks every row and field.
#include "fuzz_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return clerk::fuzz::FuzzDataFile("/fuzz/plan.csv", data, size);
}
