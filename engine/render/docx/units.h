// Length conversions between the model's points and WordprocessingML units.
#ifndef CLERK_RENDER_DOCX_UNITS_H_
#define CLERK_RENDER_DOCX_UNITS_H_

#include <cmath>

namespace clerk::render::docx {

// Twentieths of a point ("dxa"): page sizes, margins, indents, spacing.
inline long long Twips(double pt) { return std::llround(pt * 20.0); }
// Half-points: font sizes (w:sz).
inline long long HalfPoints(double pt) { return std::llround(pt * 2.0); }
// English Metric Units: drawing extents (914400 per inch, 12700 per point).
inline long long Emu(double pt) { return std::llround(pt * 12700.0); }
inline constexpr double kPtPerMm = 72.0 / 25.4;

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_UNITS_H_
