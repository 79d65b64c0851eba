// Shared body of the whole-pipeline targets: the fuzzed input is a bundle
// (fuzz_common.h) whose first file is a job or a template; it is prepared
// with PrepareReport and rendered to one format with RenderFormat.
#ifndef CLERK_FUZZ_FUZZ_RENDER_H_
#define CLERK_FUZZ_FUZZ_RENDER_H_

#include <cstddef>
#include <cstdint>

#include "pipeline/report.h"

namespace clerk::fuzz {

int FuzzRender(Format format, const uint8_t* data, size_t size);

}  // namespace clerk::fuzz

#endif  // CLERK_FUZZ_FUZZ_RENDER_H_
