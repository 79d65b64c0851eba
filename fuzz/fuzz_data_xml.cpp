// Data loading (XML) and a merge that walks every node of it.
#include "fuzz_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return clerk::fuzz::FuzzDataFile("/fuzz/data.xml", data, size);
}
