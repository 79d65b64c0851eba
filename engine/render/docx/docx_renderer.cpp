#include "render/docx/docx_renderer.h"

namespace clerk::render {

Status RenderDocx(const model::Document&, const model::Style&,
                  const model::RenderOptions&, Diagnostics*, std::string* out) {
  out->clear();
  return Status::Error("DOCX output is not built yet (issue 4)");
}

Status RenderFlatOpc(const model::Document&, const model::Style&,
                     const model::RenderOptions&, Diagnostics*,
                     std::string* out) {
  out->clear();
  return Status::Error("Flat OPC output is not built yet (issue 4)");
}

}  // namespace clerk::render
