// The package: parts, content types, relationships, core properties,
// determinism, and the Flat OPC form.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "render_docx/docx_reader.h"
#include "render_docx/docx_test_util.h"
#include "render_docx/sample_docs.h"

namespace clerk::testing {
namespace {

std::string Docx(const model::Document& doc,
                 const model::RenderOptions& options = FixedOptions()) {
  std::string out;
  Diagnostics diags;
  Status st = render::RenderDocx(doc, TestStyle(), options, &diags, &out);
  EXPECT_TRUE(st.ok()) << st.message();
  return out;
}

std::string Flat(const model::Document& doc) {
  std::string out;
  Diagnostics diags;
  Status st = render::RenderFlatOpc(doc, TestStyle(), FixedOptions(), &diags, &out);
  EXPECT_TRUE(st.ok()) << st.message();
  return out;
}

TEST(DocxPackage, HasEveryPartContentTypesFirst) {
  Package p = Unzip(Docx(WsoaReport()));
  ASSERT_EQ(p.error, "");
  ASSERT_FALSE(p.order.empty());
  EXPECT_EQ(p.order[0], "[Content_Types].xml");
  for (const char* name :
       {"_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/numbering.xml", "word/settings.xml",
        "word/fontTable.xml", "word/header1.xml", "word/footer1.xml",
        "docProps/core.xml", "docProps/app.xml"}) {
    EXPECT_TRUE(p.parts.count(name)) << name;
  }
  const std::string& ct = p.parts["[Content_Types].xml"];
  for (const char* part : {"/word/document.xml", "/word/styles.xml", "/word/numbering.xml",
                           "/word/settings.xml", "/word/fontTable.xml", "/word/header1.xml",
                           "/word/footer1.xml", "/docProps/core.xml", "/docProps/app.xml"}) {
    EXPECT_NE(ct.find(std::string("PartName=\"") + part + "\""), std::string::npos) << part;
  }
  const std::string& rels = p.parts["word/_rels/document.xml.rels"];
  for (const char* target : {"styles.xml", "numbering.xml", "settings.xml", "fontTable.xml",
                             "header1.xml", "footer1.xml"}) {
    EXPECT_NE(rels.find(std::string("Target=\"") + target + "\""), std::string::npos) << target;
  }
}

TEST(DocxPackage, SameInputGivesSameBytes) {
  EXPECT_EQ(Docx(WsoaReport()), Docx(WsoaReport()));
  EXPECT_EQ(Flat(WsoaReport()), Flat(WsoaReport()));
  EXPECT_EQ(Docx(Minutes()), Docx(Minutes()));
}

TEST(DocxPackage, NoClockUnlessAsked) {
  Package p = Unzip(Docx(WsoaReport()));
  EXPECT_EQ(p.parts["docProps/core.xml"].find("dcterms:created"), std::string::npos);
  model::RenderOptions o = FixedOptions();
  o.created = "2026-11-23T10:00:00Z";
  Package q = Unzip(Docx(WsoaReport(), o));
  EXPECT_NE(q.parts["docProps/core.xml"].find(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-23T10:00:00Z</dcterms:created>"),
            std::string::npos);
}

TEST(DocxPackage, CorePropertiesFromMetadata) {
  Package p = Unzip(Docx(WsoaReport()));
  const std::string& core = p.parts["docProps/core.xml"];
  EXPECT_NE(core.find("<dc:title>SEND 'Written Statement of Action' Update</dc:title>"), std::string::npos);
  EXPECT_NE(core.find("<dc:subject>SEND Written Statement of Action and the Informal Member Group</dc:subject>"),
            std::string::npos);
  EXPECT_NE(core.find("<dc:creator>Kent County Council</dc:creator>"), std::string::npos);
  EXPECT_NE(core.find("<cp:keywords>SEND; WSoA</cp:keywords>"), std::string::npos);
  EXPECT_NE(core.find("<dc:language>en-GB</dc:language>"), std::string::npos);
  EXPECT_NE(p.parts["docProps/app.xml"].find("<Application>clerk test</Application>"),
            std::string::npos);
}

TEST(DocxPackage, FlatOpcHoldsTheSameParts) {
  std::string flat = Flat(WsoaReport());
  EXPECT_EQ(flat.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<?mso-application progid=\"Word.Document\"?>\n<pkg:package ", 0), 0u);
  Package f = SplitFlat(flat);
  Package z = Unzip(Docx(WsoaReport()));
  EXPECT_EQ(f.parts.size() + 1, z.parts.size());  // no [Content_Types].xml
  for (const auto& [name, data] : f.parts) {
    ASSERT_TRUE(z.parts.count(name)) << name;
    std::string zipped = z.parts[name];
    zipped.erase(0, zipped.find("?>\n") + 3);  // the XML declaration
    EXPECT_EQ(data, zipped) << name;
  }
  EXPECT_NE(flat.find("pkg:name=\"/word/document.xml\" pkg:contentType=\"application/"
                      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\""),
            std::string::npos);
}

TEST(DocxPackage, HeaderAndFooterFields) {
  Package p = Unzip(Docx(WsoaReport()));
  std::vector<Paragraph> header = Paragraphs(p.parts["word/header1.xml"]);
  ASSERT_EQ(header.size(), 1u);
  EXPECT_EQ(header[0].style, "Header");
  EXPECT_EQ(header[0].text, "\t\tUnrestricted");  // right-hand slot
  std::vector<Paragraph> footer = Paragraphs(p.parts["word/footer1.xml"]);
  ASSERT_EQ(footer.size(), 1u);
  EXPECT_EQ(footer[0].style, "Footer");
  EXPECT_EQ(footer[0].instr, (std::vector<std::string>{" PAGE ", " NUMPAGES "}));
  EXPECT_EQ(footer[0].text, "\tPage 1 of 1");
  const std::string& doc = p.parts["word/document.xml"];
  EXPECT_NE(doc.find("<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>"
                     "<w:footerReference w:type=\"default\" r:id=\"rIdH2\"/>"
                     "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                     "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\""),
            std::string::npos);
}

TEST(DocxPackage, FirstPageWithoutHeader) {
  model::Style style = TestStyle();
  style.header.first_page = false;
  std::string out;
  ASSERT_TRUE(render::RenderDocx(WsoaReport(), style, FixedOptions(), nullptr, &out).ok());
  Package p = Unzip(out);
  const std::string& doc = p.parts["word/document.xml"];
  EXPECT_NE(doc.find("<w:headerReference w:type=\"first\""), std::string::npos);
  EXPECT_NE(doc.find("<w:titlePg/>"), std::string::npos);
  EXPECT_EQ(Paragraphs(p.parts["word/header2.xml"])[0].text, "");
  EXPECT_EQ(Paragraphs(p.parts["word/footer2.xml"])[0].instr.size(), 2u);  // footer on page 1
}

TEST(DocxPackage, WritesSamplesForInspection) {
  WriteFile(OutPath("wsoa.docx"), Docx(WsoaReport()));
  WriteFile(OutPath("wsoa.xml"), Flat(WsoaReport()));
  WriteFile(OutPath("minutes.docx"), Docx(Minutes()));
  WriteFile(OutPath("minutes.xml"), Flat(Minutes()));
  SUCCEED() << "see " << OutPath("wsoa.docx");
}

}  // namespace
}  // namespace clerk::testing

namespace clerk::testing {
namespace {

// Not a benchmark with a limit (machines differ): prints the time per
// render of the bench/SPEC.md document so a regression is visible.
TEST(DocxPackage, RenderTimeOfTheBenchmarkDocument) {
  model::Document doc = BenchReport();
  model::Style style = TestStyle();
  std::string out;
  ASSERT_TRUE(render::RenderDocx(doc, style, FixedOptions(), nullptr, &out).ok());
  WriteFile(OutPath("bench.docx"), out);
  const int n = 200;
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) render::RenderDocx(doc, style, FixedOptions(), nullptr, &out);
  auto t1 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) render::RenderFlatOpc(doc, style, FixedOptions(), nullptr, &out);
  auto t2 = std::chrono::steady_clock::now();
  double docx_ms = std::chrono::duration<double, std::milli>(t1 - t0).count() / n;
  double flat_ms = std::chrono::duration<double, std::milli>(t2 - t1).count() / n;
  std::printf("bench document: %.3f ms per .docx (%.0f/s), %.3f ms per Flat OPC\n", docx_ms,
              1000 / docx_ms, flat_ms);
  RecordProperty("docx_ms", std::to_string(docx_ms));
}

}  // namespace
}  // namespace clerk::testing
