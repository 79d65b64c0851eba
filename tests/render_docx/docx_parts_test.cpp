// The small pieces: XML escaping, column widths, picture probing, and the
// renderer's own check of what Word will count.
#include <gtest/gtest.h>

#include "render/docx/image_part.h"
#include "render/docx/numbering_part.h"
#include "render/docx/table_writer.h"
#include "render/docx/xml_writer.h"

namespace clerk::render::docx {
namespace {

std::string Escaped(std::string_view s, bool attribute) {
  std::string out;
  AppendEscaped(&out, s, attribute);
  return out;
}

TEST(DocxXmlWriter, EscapesMarkupAndDropsNonXmlCharacters) {
  EXPECT_EQ(Escaped("a & b < c > d \"e\"", false), "a &amp; b &lt; c &gt; d \"e\"");
  EXPECT_EQ(Escaped("a & \"e\"\t\n", true), "a &amp; &quot;e&quot;&#9;&#10;");
  EXPECT_EQ(Escaped("bell\x07 nul", false), "bell nul");
  EXPECT_EQ(Escaped(std::string("x\0y", 3), false), "xy");
  EXPECT_EQ(Escaped("\xC2\xA3 \xE2\x80\x93 \xF0\x9F\x98\x80", false), "\xC2\xA3 \xE2\x80\x93 \xF0\x9F\x98\x80");
  EXPECT_EQ(Escaped("bad \xC3 end", false), "bad \xEF\xBF\xBD end");
  EXPECT_EQ(Escaped("\xEF\xBF\xBE", false), "");  // U+FFFE is not an XML character
  std::string s;
  XmlWriter w(&s);
  w.Start("w:t");
  w.Attr("w:val", -42);
  w.EndEmpty();
  w.Val("w:jc", "both");
  EXPECT_EQ(s, "<w:t w:val=\"-42\"/><w:jc w:val=\"both\"/>");
}

TEST(DocxTable, ColumnWidths) {
  auto cols = [](std::vector<std::string> widths) {
    std::vector<model::Column> out;
    for (auto& w : widths) {
      model::Column c;
      c.width = w;
      out.push_back(c);
    }
    return out;
  };
  EXPECT_EQ(ColumnWidths(cols({"25%", "75%"}), 2, 8000), (std::vector<long long>{2000, 6000}));
  // 1 in fixed, the rest shared 1:3.
  EXPECT_EQ(ColumnWidths(cols({"1in", "", "3*"}), 3, 5440), (std::vector<long long>{1440, 1000, 3000}));
  EXPECT_EQ(ColumnWidths(cols({"20mm", "2cm", "40pt"}), 3, 9000),
            (std::vector<long long>{1134, 1134, 800}));
  // More grid columns than specs: the extra ones share what is left.
  EXPECT_EQ(ColumnWidths(cols({"50%"}), 3, 8000), (std::vector<long long>{4000, 2000, 2000}));
  // Overfull: fixed columns keep their width, fitted ones a minimum.
  EXPECT_EQ(ColumnWidths(cols({"100%", ""}), 2, 4000), (std::vector<long long>{4000, 200}));
}

model::Node Numbered(std::string scheme, int level, int value, std::string label,
                     int instance = 0, bool restart = false) {
  model::Node n;
  n.number.scheme = std::move(scheme);
  n.number.level = level;
  n.number.value = value;
  n.number.label = std::move(label);
  n.number.instance = instance;
  n.number.restart = restart;
  return n;
}

// A style's own schemes (a "-" bullet beside the house's "•", bold "A.")
// each get an abstractNum; a bullet list of a named scheme uses its w:num,
// and a counted, unprinted section number (<section counts="true">) sets
// the section value the next paragraph's w:num starts from.
TEST(DocxNumberingPlan, HouseSchemesAndCountedSections) {
  model::Style style = model::DefaultStyle();
  model::NumScheme dash;
  dash.name = "dash";
  dash.levels.push_back(style.schemes["bullet"].levels[0]);
  dash.levels[0].text = "-";
  style.schemes["dash"] = dash;
  model::NumScheme upper;
  upper.name = "upper-bold";
  upper.levels.push_back(style.schemes["numbered"].levels[0]);
  upper.levels[0].format = model::NumFormat::kUpperAlpha;
  upper.levels[0].bold = true;
  style.schemes["upper-bold"] = upper;
  Numbering n(style, nullptr);
  EXPECT_NE(n.BaseNumId("dash"), n.BaseNumId("bullet"));
  EXPECT_EQ(n.Bullet(model::Node(), "dash", 0).num_id, n.BaseNumId("dash"));
  EXPECT_EQ(n.Bullet(model::Node(), "no-such", 0).num_id, n.BaseNumId("bullet"));
  EXPECT_EQ(n.Assign(Numbered("upper-bold", 0, 1, "A.")).num_id,
            n.BaseNumId("upper-bold"));
  std::string xml = n.Xml();
  EXPECT_NE(xml.find("<w:name w:val=\"dash\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<w:lvlText w:val=\"-\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<w:rPr><w:b/><w:bCs/></w:rPr>"), std::string::npos);

  EXPECT_EQ(n.Assign(Numbered("body", 0, 1, "1.")).num_id, n.BaseNumId("body"));
  model::Node counted = Numbered("body", 0, 2, "");
  counted.numbered = false;
  EXPECT_EQ(n.Assign(counted).num_id, 0);
  NumRef p = n.Assign(Numbered("body", 1, 1, "2.1"));
  EXPECT_EQ(p.literal, "");  // Word numbers it: a w:num starting at 2.1
  EXPECT_NE(p.num_id, 0);
}

TEST(DocxNumberingPlan, FreshListWhenWordWouldCountOtherwise) {
  model::Style style = model::DefaultStyle();
  Diagnostics diags;
  Numbering n(style, &diags);
  const int body = n.BaseNumId("body");
  EXPECT_EQ(n.Assign(Numbered("body", 0, 1, "1.")).num_id, body);
  EXPECT_EQ(n.Assign(Numbered("body", 1, 1, "1.1")).num_id, body);
  // The model skips to 1.5 (e.g. paragraphs removed after numbering): a new
  // w:num with start values 1 and 5 keeps Word's number equal to the label.
  NumRef skip = n.Assign(Numbered("body", 1, 5, "1.5"));
  EXPECT_NE(skip.num_id, body);
  EXPECT_EQ(skip.ilvl, 1);
  EXPECT_EQ(n.Assign(Numbered("body", 1, 6, "1.6")).num_id, skip.num_id);
  // Bullets need no label; an unnumbered node gets nothing.
  EXPECT_EQ(n.Bullet(model::Node(), "bullet", 3).num_id, n.BaseNumId("bullet"));
  model::Node plain = Numbered("body", 1, 7, "1.7");
  plain.numbered = false;
  EXPECT_EQ(n.Assign(plain).num_id, 0);
  EXPECT_EQ(n.Assign(plain).literal, "");
  EXPECT_EQ(diags.ToString(), "");
  std::string xml = n.Xml();
  EXPECT_NE(xml.find("<w:num w:numId=\"" + std::to_string(skip.num_id) + "\"><w:abstractNumId w:val=\"0\"/>"
                     "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>"
                     "<w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"),
            std::string::npos);
}

}  // namespace
}  // namespace clerk::render::docx
