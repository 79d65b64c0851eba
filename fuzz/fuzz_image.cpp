// PNG and JPEG bytes (an <image> and the logo) through the PDF and DOCX
// renderers, which decode them with libpng and libjpeg-turbo
// (media/image.h). Seeds: odd but valid images (interlaced, 16-bit,
// palette, grey + alpha, CMYK and progressive JPEG) from
// scripts/make-test-images.py.
#include "fuzz_media.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // By content, not by name: the suffix does not matter.
  std::string path = clerk::fuzz::WriteScratch(data, size, ".img");
  clerk::fuzz::RenderWithImage(path);
  return 0;
}
