// document.xml content: cross-references (bookmarks and REF fields),
// hyperlinks, tables, contact, appendix and landscape sections, pictures,
// draft placeholders and escaping.
#include <gtest/gtest.h>

#include <cstdio>

#include "render_docx/docx_reader.h"
#include "render_docx/docx_test_util.h"
#include "render_docx/sample_docs.h"

namespace clerk::testing {
namespace {

struct Rendered {
  Package pkg;
  std::string doc;
  std::vector<Paragraph> paras;
  Diagnostics diags;
};

Rendered Render(const model::Document& doc, const model::Style& style = TestStyle()) {
  Rendered r;
  std::string out;
  Status st = render::RenderDocx(doc, style, FixedOptions(), &r.diags, &out);
  EXPECT_TRUE(st.ok()) << st.message();
  r.pkg = Unzip(out);
  r.doc = r.pkg.parts["word/document.xml"];
  r.paras = Paragraphs(r.doc);
  return r;
}

model::Node Paragraph(std::string text, std::string id = "") {
  model::Node n;
  n.kind = model::NodeKind::kParagraph;
  n.numbered = false;
  model::Run r;
  r.text = std::move(text);
  n.runs.push_back(r);
  n.id = std::move(id);
  return n;
}

TEST(DocxContent, CrossReferencesAreRefFieldsOnBookmarks) {
  Rendered r = Render(WsoaReport());
  // Targets carry hidden bookmarks (names starting with "_").
  EXPECT_EQ(Find(r.paras, "By the time of this meeting")->bookmarks,
            std::vector<std::string>{"_Ref_p_2_3"});
  EXPECT_EQ(Find(r.paras, "The WSOA was approved")->bookmarks,
            std::vector<std::string>{"_Ref_p_2_1"});
  EXPECT_EQ(Find(r.paras, "Introduction")->bookmarks, std::vector<std::string>{"_Ref_intro"});
  EXPECT_EQ(Find(r.paras, "\xE2\x80\x93 Written Statement of Action")->bookmarks,
            std::vector<std::string>{"_Ref_app_1"});
  EXPECT_EQ(Find(r.paras, "That the progress made to date be noted.")->bookmarks,
            std::vector<std::string>{"_Ref_rec_2"});
  // A table caption as Word writes one: "Table " + SEQ field + ": " + title,
  // the bookmark around "Table 1" only, so a REF to it reads "Table 1".
  const testing::Paragraph* caption = Find(r.paras, "Table 1: Action plan progress");
  ASSERT_NE(caption, nullptr);
  EXPECT_EQ(caption->style, "Caption");
  EXPECT_FALSE(caption->has_num);
  EXPECT_EQ(caption->bookmarks, std::vector<std::string>{"_Ref_tbl_1"});
  EXPECT_EQ(caption->instr, std::vector<std::string>{" SEQ Table \\* ARABIC "});
  EXPECT_NE(caption->xml.find("<w:t xml:space=\"preserve\">1</w:t></w:r><w:r>"
                              "<w:fldChar w:fldCharType=\"end\"/></w:r><w:bookmarkEnd "),
            std::string::npos);
  EXPECT_EQ(Count(r.doc, "<w:bookmarkStart "), Count(r.doc, "<w:bookmarkEnd "));

  // Forward reference (1.1 -> 2.3) and one to an appendix.
  const testing::Paragraph* p11 = Find(r.paras, "As members will be aware");
  EXPECT_EQ(p11->instr, (std::vector<std::string>{" REF _Ref_p_2_3 \\r \\h ",
                                                   " REF _Ref_app_1 \\r \\h "}));
  EXPECT_NE(p11->text.find("(see paragraph 2.3 and Appendix 1)."), std::string::npos);
  // Only the number is the field's result: an update keeps "paragraph",
  // and a no-break space ties it to the number (issue 13).
  EXPECT_NE(p11->xml.find("<w:t xml:space=\"preserve\">paragraph\xC2\xA0</w:t></w:r><w:r>"
                          "<w:fldChar w:fldCharType=\"begin\"/>"),
            std::string::npos);
  EXPECT_NE(p11->xml.find("<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>"
                          "<w:t xml:space=\"preserve\">2.3</w:t></w:r><w:r>"
                          "<w:fldChar w:fldCharType=\"end\"/>"),
            std::string::npos);
  // Backward references: paragraph, recommendation "2" for label "2.",
  // section, resolution.
  EXPECT_EQ(Find(r.paras, "By the time")->instr,
            std::vector<std::string>{" REF _Ref_p_2_1 \\r \\h "});
  const testing::Paragraph* p41 = Find(r.paras, "Recommendation 2 (");
  EXPECT_EQ(p41->text, "Recommendation 2 (recommendation 2) follows from section 1; see also resolution (b).");
  EXPECT_EQ(p41->instr.size(), 3u);
  EXPECT_NE(p41->xml.find("<w:t xml:space=\"preserve\">(b)</w:t></w:r><w:r>"
                          "<w:fldChar w:fldCharType=\"end\"/>"),
            std::string::npos);
  // A reference by title is a REF without \r.
  EXPECT_EQ(Find(r.paras, "The approved Written Statement")->instr,
            std::vector<std::string>{" REF _Ref_current \\h "});
}

TEST(DocxContent, DanglingCrossReferenceIsPlainTextWithWarning) {
  model::Document doc = WsoaReport();
  doc.root.children.push_back(Paragraph("x"));
  model::Run xref;
  xref.kind = model::RunKind::kXref;
  xref.target = "nowhere";
  xref.text = "paragraph ??";
  doc.root.children.back().runs.push_back(xref);
  Rendered r = Render(doc);
  EXPECT_TRUE(Find(r.paras, "xparagraph ??")->instr.empty());
  EXPECT_NE(r.diags.ToString().find("cross-reference to \"nowhere\" has no target"),
            std::string::npos);
}

TEST(DocxContent, HyperlinksAreExternalRelationships) {
  Rendered r = Render(WsoaReport());
  const std::string& rels = r.pkg.parts["word/_rels/document.xml.rels"];
  EXPECT_NE(rels.find("Target=\"https://www.kent.gov.uk/send\" TargetMode=\"External\""),
            std::string::npos);
  EXPECT_NE(rels.find("Target=\"mailto:keith.abbott@kent.gov.uk\" TargetMode=\"External\""),
            std::string::npos);
  const testing::Paragraph* mail = Find(r.paras, "keith.abbott@kent.gov.uk");
  ASSERT_NE(mail, nullptr);
  EXPECT_NE(mail->xml.find("<w:hyperlink r:id=\"rIdL2\" w:history=\"1\"><w:r><w:rPr>"
                           "<w:rStyle w:val=\"Hyperlink\"/></w:rPr>"),
            std::string::npos);
  EXPECT_EQ(Find(r.paras, "Relevant Director:")->xml.find("<w:b/>") != std::string::npos, true);
}

TEST(DocxContent, TableHeaderRepeatsAndRagCellsAreShaded) {
  Rendered r = Render(WsoaReport());
  size_t at = r.doc.find("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>");
  ASSERT_NE(at, std::string::npos);
  std::string table = r.doc.substr(at, r.doc.find("</w:tbl>", at) - at);
  EXPECT_EQ(Count(table, "<w:tblHeader/>"), 1);
  EXPECT_EQ(Count(table, "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"), 1);
  EXPECT_EQ(table.find("<w:tblHeader/>"),  // the first row
            table.find("<w:tr>") + std::string("<w:tr><w:trPr><w:cantSplit/>").size());
  EXPECT_EQ(Count(table, "<w:cantSplit/>"), 5);
  // 9/43/22/14/12 % of 160 mm (A4 less 25 mm margins) = 9072 twips.
  EXPECT_NE(table.find("<w:tblW w:w=\"9072\" w:type=\"dxa\"/>"), std::string::npos);
  EXPECT_NE(table.find("<w:tblGrid><w:gridCol w:w=\"816\"/><w:gridCol w:w=\"3901\"/>"
                       "<w:gridCol w:w=\"1996\"/><w:gridCol w:w=\"1270\"/><w:gridCol w:w=\"1089\"/></w:tblGrid>"),
            std::string::npos);
  EXPECT_NE(table.find("<w:tblDescription w:val=\"Actions with owner, due date and RAG status\"/>"),
            std::string::npos);
  // Header cells shaded, RAG cells coloured, the word kept.
  EXPECT_EQ(Count(table, "w:fill=\"D9D9D9\""), 5);
  for (const char* rag : {"E06666\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"center\"/>"
                          "</w:pPr><w:r><w:t xml:space=\"preserve\">Red<",
                          "F6B26B\"/></w:tcPr>", "93C47D\"/></w:tcPr>", "6FA8DC\"/></w:tcPr>"}) {
    EXPECT_NE(table.find(std::string("w:fill=\"") + rag), std::string::npos) << rag;
  }
  EXPECT_EQ(Find(r.paras, "Ref")->style, "TableHeading");
  EXPECT_TRUE(Find(r.paras, "W1.01")->in_table);
  EXPECT_EQ(Find(r.paras, "Train 120 SENCOs & advisers")->style, "TableText");
}

TEST(DocxContent, TextIsEscaped) {
  Rendered r = Render(WsoaReport());
  EXPECT_NE(r.doc.find("Train 120 SENCOs &amp; advisers"), std::string::npos);
  EXPECT_NE(r.doc.find("Review EHCP timeliness &lt;20 weeks&gt;"), std::string::npos);
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.meta.title = "A \"quoted\" <title> & \x01 bell";
  doc.root.children.push_back(Paragraph(std::string("ctl\x02 tab\there bad\xFF utf8 \xC3\xA9")));
  Rendered e = Render(doc);
  EXPECT_NE(e.pkg.parts["docProps/core.xml"].find("<dc:title>A \"quoted\" &lt;title&gt; &amp;  bell</dc:title>"),
            std::string::npos);
  EXPECT_NE(e.doc.find("<w:t xml:space=\"preserve\">ctl tab</w:t><w:tab/>"
                       "<w:t xml:space=\"preserve\">here bad\xEF\xBF\xBD utf8 \xC3\xA9</w:t>"),
            std::string::npos);
}

TEST(DocxContent, AppendixStartsANewPage) {
  Rendered r = Render(WsoaReport());
  const testing::Paragraph* app = Find(r.paras, "\xE2\x80\x93 Written Statement of Action");
  EXPECT_NE(app->xml.find("<w:pPr><w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore/><w:numPr>"),
            std::string::npos);
}

TEST(DocxContent, LandscapeAppendixIsItsOwnSection) {
  model::Document doc = WsoaReport();
  doc.root.children.back().landscape = true;
  doc.root.children.push_back(Paragraph("Back to portrait."));
  Rendered r = Render(doc);
  std::string bytes;
  ASSERT_TRUE(render::RenderDocx(doc, TestStyle(), FixedOptions(), nullptr, &bytes).ok());
  WriteFile(OutPath("landscape.docx"), bytes);
  // The paragraph before the appendix ends the portrait section; the one
  // after it ends the landscape section; the body's w:sectPr is portrait.
  EXPECT_EQ(Count(r.doc, "<w:sectPr>"), 3);
  EXPECT_EQ(Count(r.doc, "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), 1);
  EXPECT_EQ(Count(r.doc, "<w:headerReference w:type=\"default\""), 3);
  size_t landscape = r.doc.find("w:orient=\"landscape\"");
  EXPECT_LT(r.doc.find("Written Statement of Action</w:t>"), landscape);
  EXPECT_LT(landscape, r.doc.find("Back to portrait."));
  EXPECT_EQ(Find(r.paras, "\xE2\x80\x93 Written Statement of Action")->xml.find("<w:pageBreakBefore/>"),
            std::string::npos);
  // Landscape pages have their own header and footer, tab stops moved to
  // the wider text (centre 7002, right 14003 twips).
  const std::string& header2 = r.pkg.parts["word/header2.xml"];
  EXPECT_NE(header2.find("<w:tab w:val=\"center\" w:pos=\"7002\"/><w:tab w:val=\"right\" w:pos=\"14003\"/>"),
            std::string::npos);
  EXPECT_NE(r.doc.find("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH2\"/>"
                       "<w:footerReference w:type=\"default\" r:id=\"rIdH4\"/>"
                       "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"),
            std::string::npos);
}

TEST(DocxContent, OnlyTheFirstSectionHasADifferentFirstPage) {
  model::Document doc = WsoaReport();
  doc.root.children.back().landscape = true;
  doc.root.children.push_back(Paragraph("Back to portrait."));
  model::Style style = TestStyle();
  style.header.first_page = false;
  Rendered r = Render(doc, style);
  EXPECT_EQ(Count(r.doc, "<w:sectPr>"), 3);
  EXPECT_EQ(Count(r.doc, "<w:titlePg/>"), 1);
  EXPECT_EQ(Count(r.doc, "w:type=\"first\""), 2);  // header and footer, first section
  EXPECT_LT(r.doc.find("<w:titlePg/>"), r.doc.find("w:orient=\"landscape\""));
}

TEST(DocxContent, DraftPlaceholdersAreShaded) {
  model::Document doc = WsoaReport();
  model::Run ph;
  ph.kind = model::RunKind::kPlaceholder;
  ph.text = "[missing: plan/owner]";
  doc.root.children.push_back(Paragraph("Owner: "));
  doc.root.children.back().runs.push_back(ph);
  Rendered r = Render(doc);
  EXPECT_NE(r.doc.find("<w:r><w:rPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFF00\"/></w:rPr>"
                       "<w:t xml:space=\"preserve\">[missing: plan/owner]</w:t></w:r>"),
            std::string::npos);
}

// A 2 x 1 pixel PNG (green, black) that decodes: pictures are decoded
// before they are embedded (media/image.h).
const char kPng[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00"
    "\x00\x02\x00\x00\x00\x01\x08\x02\x00\x00\x00\x7b\x40\xe8\xdd\x00\x00\x00"
    "\x0d\x49\x44\x41\x54\x78\xda\x63\xf8\xcf\x00\x04\xff\x01\x07\x00\x01\xff"
    "\x3d\x7d\x8c\x49\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

TEST(DocxContent, PicturesAreMediaParts) {
  std::string path = OutPath("logo-test.png");
  WriteFile(path, std::string(kPng, sizeof kPng - 1));
  model::Style style = TestStyle();
  style.logo = path;
  style.logo_width_mm = 40;
  model::Document doc = WsoaReport();
  model::Node img;
  img.kind = model::NodeKind::kImage;
  img.image.path = path;
  img.image.alt = "Organisation chart";
  doc.root.children.push_back(img);
  model::Node missing = img;
  missing.image.path = OutPath("no-such-picture.png");
  doc.root.children.push_back(missing);
  Rendered r = Render(doc, style);
  EXPECT_TRUE(r.pkg.parts.count("word/media/image1.png"));
  EXPECT_TRUE(r.pkg.parts.count("word/media/image2.png"));
  EXPECT_EQ(r.pkg.parts["word/media/image1.png"].size(), sizeof kPng - 1);
  EXPECT_NE(r.pkg.parts["[Content_Types].xml"].find("<Default Extension=\"png\" ContentType=\"image/png\"/>"),
            std::string::npos);
  EXPECT_NE(r.pkg.parts["word/_rels/document.xml.rels"].find("Target=\"media/image1.png\""),
            std::string::npos);
  // The logo: 40 mm wide, 20 mm high (2:1), right-aligned at the top.
  EXPECT_NE(r.doc.find("<w:body><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:drawing>"
                       "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                       "<wp:extent cx=\"1440000\" cy=\"720000\"/>"),
            std::string::npos);
  EXPECT_NE(r.doc.find("descr=\"Organisation chart\""), std::string::npos);
  EXPECT_NE(r.diags.ToString().find("no-such-picture.png"), std::string::npos);
  EXPECT_TRUE(r.diags.has_errors());
  WriteFile(OutPath("pictures.docx"), [&] {
    std::string out;
    EXPECT_TRUE(render::RenderDocx(doc, style, FixedOptions(), nullptr, &out).ok());
    return out;
  }());
  // Flat OPC carries the picture as base64 pkg:binaryData.
  std::string flat;
  ASSERT_TRUE(render::RenderFlatOpc(doc, style, FixedOptions(), nullptr, &flat).ok());
  WriteFile(OutPath("pictures.xml"), flat);
  EXPECT_NE(flat.find("<pkg:part pkg:name=\"/word/media/image1.png\" pkg:contentType=\"image/png\">"
                      "<pkg:binaryData>iVBORw0KGgo"),
            std::string::npos);
}

TEST(DocxContent, EmptyDocumentIsStillValid) {
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  Rendered r = Render(doc);
  EXPECT_EQ(r.pkg.error, "");
  EXPECT_EQ(r.paras.size(), 1u);
  EXPECT_NE(r.doc.find("<w:p></w:p><w:sectPr>"), std::string::npos);
}

TEST(DocxContent, UkNoBreakPlacesAreKeptTogether) {
  // base/no_break.h: the PDF does not break there, and the DOCX says so with
  // a no-break space and a word joiner so Word and LibreOffice agree.
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  doc.root.children.push_back(Paragraph(
      "The plan for 2024\xE2\x80\x93" "2027 was agreed on 1 October 2019 (Appendix 1)."));
  Rendered r = Render(doc);
  const testing::Paragraph* para = Find(r.paras, "The plan for");
  ASSERT_NE(para, nullptr);
  EXPECT_EQ(para->raw_text,
            "The plan for 2024\xE2\x80\x93\xE2\x81\xA0" "2027 was agreed on 1\xC2\xA0October\xC2\xA0"
            "2019 (Appendix\xC2\xA0" "1).");
  EXPECT_EQ(para->text,
            "The plan for 2024\xE2\x80\x93" "2027 was agreed on 1 October 2019 (Appendix 1).");
}

TEST(DocxContent, NoBreakPairsAcrossRunsAreKeptTogether) {
  // Issue 13: "Table" + " 1" and "paragraph " + a bold "2.3" are pairs
  // although each half is a run of its own.
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node p = Paragraph("As shown in Table");
  model::Run one, mid, num;
  one.text = " 1 and in paragraph ";
  num.text = "2.3";
  num.bold = true;
  mid.text = " too.";
  p.runs.push_back(one);
  p.runs.push_back(num);
  p.runs.push_back(mid);
  doc.root.children.push_back(p);
  Rendered r = Render(doc);
  const testing::Paragraph* para = Find(r.paras, "As shown in");
  ASSERT_NE(para, nullptr);
  EXPECT_EQ(para->raw_text, "As shown in Table\xC2\xA0" "1 and in paragraph\xC2\xA0" "2.3 too.");
}

TEST(DocxContent, RunInCoverFieldSpansBothColumns) {
  // Issue 12: Kent's Summary across the cover table, its label run in bold.
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node cover;
  cover.kind = model::NodeKind::kCover;
  for (bool run_in : {false, true}) {
    model::Node f;
    f.kind = model::NodeKind::kCoverField;
    model::Run label;
    label.text = run_in ? "Summary" : "From";
    f.title = {label};
    f.run_in = run_in;
    f.children.push_back(Paragraph(run_in ? "The report sets out the tax base." : "Roger Gough"));
    cover.children.push_back(f);
  }
  doc.root.children.push_back(cover);
  Rendered r = Render(doc);
  EXPECT_EQ(r.pkg.error, "");
  const testing::Paragraph* p = Find(r.paras, "Summary:");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "Summary: The report sets out the tax base.");
  EXPECT_NE(p->xml.find("<w:b/>"), std::string::npos);
  EXPECT_NE(r.doc.find("<w:gridSpan w:val=\"2\"/>"), std::string::npos);
  EXPECT_EQ(Count(r.doc, "<w:gridSpan "), 1);
}

}  // namespace
}  // namespace clerk::testing
