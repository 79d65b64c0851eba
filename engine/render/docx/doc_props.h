// The small fixed parts: docProps/core.xml (title, subject, author,
// keywords, language; a date only when RenderOptions::created asks),
// docProps/app.xml, word/settings.xml and word/fontTable.xml.
#ifndef CLERK_RENDER_DOCX_DOC_PROPS_H_
#define CLERK_RENDER_DOCX_DOC_PROPS_H_

#include <string>

#include "model/document.h"
#include "model/render_options.h"
#include "model/style.h"

namespace clerk::render::docx {

std::string CoreXml(const model::Document& doc,
                    const model::RenderOptions& options,
                    const std::string& language);
std::string AppXml(const model::Document& doc,
                   const model::RenderOptions& options);
std::string SettingsXml(const std::string& language);
std::string FontTableXml(const model::Style& style);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_DOC_PROPS_H_
