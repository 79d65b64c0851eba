// Tables: caption, grid from the column widths, header rows that repeat on
// each page (w:tblHeader), rows that do not split, shaded header cells and
// RAG cells coloured with the status word kept. Also the cover block, a
// borderless two-column label/value table.
#ifndef CLERK_RENDER_DOCX_TABLE_WRITER_H_
#define CLERK_RENDER_DOCX_TABLE_WRITER_H_

#include <string>
#include <vector>

#include "render/docx/body_context.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {

void WriteTable(BodyContext& ctx, XmlWriter& w, const model::Node& table);
void WriteCover(BodyContext& ctx, XmlWriter& w, const model::Node& cover);

// Column widths in twips for `columns` filling `total` twips; `count` is
// the number of grid columns (at least columns.size()). Widths: "30%",
// "25mm", "2cm", "40pt", "1in", "2*" (a share of what is left), "" (= 1*).
std::vector<long long> ColumnWidths(const std::vector<model::Column>& columns,
                                    size_t count, long long total);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_TABLE_WRITER_H_
