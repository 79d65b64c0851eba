// Options every renderer takes.
#ifndef CLERK_MODEL_RENDER_OPTIONS_H_
#define CLERK_MODEL_RENDER_OPTIONS_H_

#include <string>

namespace clerk::model {

struct RenderOptions {
  // Written as the PDF Creator / docProps Application.
  std::string creator = std::string("clerk ") + CLERK_VERSION;
  // ISO 8601 timestamp ("2026-11-23T10:00:00Z") to put in the output as its
  // creation date. Empty (the default) = no date, so output is
  // byte-identical for the same inputs.
  std::string created;
};

}  // namespace clerk::model

#endif  // CLERK_MODEL_RENDER_OPTIONS_H_
