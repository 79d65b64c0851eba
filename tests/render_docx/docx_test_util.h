// Shared helpers of the DOCX renderer tests.
#ifndef CLERK_TESTS_RENDER_DOCX_DOCX_TEST_UTIL_H_
#define CLERK_TESTS_RENDER_DOCX_DOCX_TEST_UTIL_H_

#include <fstream>
#include <string>

#include "base/diagnostic.h"
#include "model/render_options.h"
#include "render/docx/docx_renderer.h"

namespace clerk::testing {

inline model::RenderOptions FixedOptions() {
  model::RenderOptions o;
  o.creator = "clerk test";
  return o;
}

// Where tests leave files for a person (or check-docx) to look at.
inline std::string OutPath(const std::string& name) {
  return std::string(CLERK_BINARY_DIR) + "/tests/render_docx/" + name;
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace clerk::testing

#endif  // CLERK_TESTS_RENDER_DOCX_DOCX_TEST_UTIL_H_
