#include "render/pdf/pdf_renderer.h"

namespace clerk::render {

Status RenderPdf(const model::Document&, const model::Style&,
                 const model::RenderOptions&, Diagnostics*, std::string* out) {
  out->clear();
  return Status::Error("PDF output is not built yet (issue 3)");
}

}  // namespace clerk::render
