// The whole pipeline (load, merge, number) rendered to HTML.
#include "fuzz_render.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return clerk::fuzz::FuzzRender(clerk::Format::kHtml, data, size);
}
