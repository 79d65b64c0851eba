// Font bytes (a house style's .ttf) through the PDF renderer: HarfBuzz
// checks and rewrites them (media/font_program.h), libharu loads the
// rewrite, the layout measures with it. Seeds: Liberation fonts, whole and
// with one or two bytes changed in their tables (scripts/fuzz-seeds.py).
#include "fuzz_media.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = clerk::fuzz::WriteScratch(data, size, ".ttf");
  clerk::fuzz::RenderWithFont(path);
  return 0;
}
