// The paragraph, character and table style ids clerk writes, and which of
// them are bound to a level of a numbering scheme. styles_part.cpp defines
// them, numbering_part.cpp links the levels back, body_writer.cpp uses them.
#ifndef CLERK_RENDER_DOCX_STYLE_IDS_H_
#define CLERK_RENDER_DOCX_STYLE_IDS_H_

#include <string_view>

namespace clerk::render::docx::sid {

// Word built-in styles (ids as Word writes them; names in styles_part.cpp).
inline constexpr std::string_view kNormal = "Normal";
inline constexpr std::string_view kTitle = "Title";
inline constexpr std::string_view kSubtitle = "Subtitle";
inline constexpr std::string_view kHeading1 = "Heading1";
inline constexpr std::string_view kHeading2 = "Heading2";
inline constexpr std::string_view kHeading3 = "Heading3";
inline constexpr std::string_view kListNumber = "ListNumber";
inline constexpr std::string_view kListNumber2 = "ListNumber2";
inline constexpr std::string_view kListBullet = "ListBullet";
inline constexpr std::string_view kCaption = "Caption";
inline constexpr std::string_view kHeader = "Header";
inline constexpr std::string_view kFooter = "Footer";
inline constexpr std::string_view kHyperlink = "Hyperlink";
inline constexpr std::string_view kDefaultFont = "DefaultParagraphFont";
inline constexpr std::string_view kTableNormal = "TableNormal";
inline constexpr std::string_view kTableGrid = "TableGrid";

// clerk's own styles.
inline constexpr std::string_view kNumberedParagraph = "NumberedParagraph";
inline constexpr std::string_view kSubParagraph = "SubParagraph";
inline constexpr std::string_view kSubSubParagraph = "SubSubParagraph";
inline constexpr std::string_view kRecommendation = "Recommendation";
inline constexpr std::string_view kResolution = "Resolution";
inline constexpr std::string_view kListHeading = "ListHeading";
inline constexpr std::string_view kCoverLabel = "CoverLabel";
inline constexpr std::string_view kCoverValue = "CoverValue";
inline constexpr std::string_view kTableText = "TableText";
inline constexpr std::string_view kTableHeading = "TableHeading";
inline constexpr std::string_view kPlainTable = "PlainTable";

// The paragraph style bound to level `level` (0-based) of scheme `scheme`:
// a paragraph with that style is numbered by the scheme even without a
// direct w:numPr (so a paragraph added in Word is numbered), and Word's
// list level carries the style back (w:lvl/w:pStyle). "" when none.
inline std::string_view LinkedStyle(std::string_view scheme, int level) {
  if (scheme == "body") {
    switch (level) {
      case 0: return kHeading1;
      case 1: return kNumberedParagraph;
      case 2: return kSubParagraph;
      case 3: return kSubSubParagraph;
      default: return {};
    }
  }
  if (level == 0 && scheme == "recommendations") return kRecommendation;
  if (level == 0 && scheme == "resolutions") return kResolution;
  if (scheme == "numbered") return level == 0 ? kListNumber
                                  : level == 1 ? kListNumber2
                                               : std::string_view();
  if (level == 0 && scheme == "bullet") return kListBullet;
  return {};
}

}  // namespace clerk::render::docx::sid

#endif  // CLERK_RENDER_DOCX_STYLE_IDS_H_
