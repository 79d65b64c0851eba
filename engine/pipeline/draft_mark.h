// Draft is visible: a draft document (--mode draft) carries the style's
// draft mark in the header of every page, in PDF and DOCX alike.
#ifndef CLERK_PIPELINE_DRAFT_MARK_H_
#define CLERK_PIPELINE_DRAFT_MARK_H_

#include "model/style.h"

namespace clerk {

// `style` with its draft_mark at the left of the header ("DRAFT", or
// "DRAFT  ·  " before a left slot the style already has), shown on every
// page including the first.
model::Style WithDraftMark(const model::Style& style);

}  // namespace clerk

#endif  // CLERK_PIPELINE_DRAFT_MARK_H_
