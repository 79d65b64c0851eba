// Navigation and metadata: document info, /Lang, outline, links, check-pdf.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "render_pdf/render_helpers.h"

namespace clerk::testing {
namespace {

// Lists every link annotation as "PAGE URI url" or "PAGE GOTO page", read
// from qpdf's JSON by a small Python script.
std::string Links(const std::string& pdf) {
  std::string script = WriteTemp("links.py", R"PY(
import json, subprocess, sys
j = json.loads(subprocess.check_output(['qpdf', '--json=2', sys.argv[1]]))
objs = j['qpdf'][1]
pages = {p['object']: p['pageposfrom1'] for p in j['pages']}
def val(x):
    if isinstance(x, str) and x.endswith(' R'):
        return objs['obj:' + x]['value']
    return x
for p in j['pages']:
    for a in val(val(p['object']).get('/Annots', [])):
        ad = val(a)
        if '/Dest' in ad:
            print(p['pageposfrom1'], 'GOTO', pages.get(val(ad['/Dest'])[0]))
        elif '/A' in ad:
            print(p['pageposfrom1'], 'URI', val(ad['/A']).get('/URI', '')[2:])
)PY");
  return RunCommand("/usr/bin/python3 '" + script + "' '" + pdf + "'");
}

// "title|page" per outline entry, depth first.
std::string Outline(const std::string& pdf) {
  std::string script = WriteTemp("outline.py", R"PY(
import json, subprocess, sys
j = json.loads(subprocess.check_output(['qpdf', '--json=2', '--json-key=outlines', sys.argv[1]]))
def walk(items, depth):
    for o in items:
        print('  ' * depth + o['title'] + '|' + str(o['destpageposfrom1']))
        walk(o['kids'], depth + 1)
walk(j['outlines'], 0)
)PY");
  return RunCommand("/usr/bin/python3 '" + script + "' '" + pdf + "'");
}

// The page a word first appears on.
int PageOf(const PdfProbe& pdf, const std::string& word) {
  for (const Word& w : pdf.words) {
    if (w.text == word) return w.page;
  }
  return 0;
}

TEST(PdfMetadata, InfoDictionaryAndLanguage) {
  CLERK_REQUIRE_POPPLER();
  model::RenderOptions opt;
  opt.creator = "clerk 0.1.0";
  std::string path = RenderToFile(SampleReport(), "meta.pdf", model::DefaultStyle(), opt);
  PdfProbe pdf(path);
  EXPECT_EQ(pdf.InfoField("Title"), "SEND 'Written Statement of Action' Update");
  EXPECT_EQ(pdf.InfoField("Author"), "Kent County Council");
  EXPECT_EQ(pdf.InfoField("Subject"), "SEND Written Statement of Action and the Informal Member Group");
  EXPECT_EQ(pdf.InfoField("Keywords"), "SEND, WSoA");
  EXPECT_EQ(pdf.InfoField("Creator"), "clerk 0.1.0");
  EXPECT_EQ(pdf.InfoField("CreationDate"), "");
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(bytes.find("/Lang (en-GB)"), std::string::npos);
  EXPECT_NE(bytes.find("/PageMode /UseOutlines"), std::string::npos);

  // A creation date only when asked; another language from the model.
  auto doc = SampleReport();
  doc.meta.language = "cy-GB";
  opt.created = "2026-11-23T10:00:00Z";
  std::string path2 = RenderToFile(doc, "meta2.pdf", model::DefaultStyle(), opt);
  PdfProbe pdf2(path2);
  EXPECT_NE(pdf2.InfoField("CreationDate"), "");
  std::ifstream in2(path2, std::ios::binary);
  std::string bytes2((std::istreambuf_iterator<char>(in2)), std::istreambuf_iterator<char>());
  EXPECT_NE(bytes2.find("/Lang (cy-GB)"), std::string::npos);
}

TEST(PdfMetadata, OutlineOfSectionsAndAppendices) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.appendix = true;
  o.action_rows = 80;
  std::string path = RenderToFile(SampleReport(o), "outline.pdf");
  PdfProbe pdf(path);
  std::string outline = Outline(path);
  int n = pdf.page_count();
  std::string expected =
      "1. Introduction|1\n"
      "2. Current Position|1\n"
      "3. Next Steps|" + std::to_string(PageOf(pdf, "Next")) + "\n"
      "4. Recommendation(s)|" + std::to_string(PageOf(pdf, "Recommendation(s)")) + "\n"
      "5. Background Documents|" + std::to_string(PageOf(pdf, "Background")) + "\n"
      "6. Contact details|" + std::to_string(PageOf(pdf, "Contact")) + "\n"
      "Appendix 1 \u2013 Action plan summary|" + std::to_string(n) + "\n";
  EXPECT_EQ(outline, expected);
  EXPECT_GT(PageOf(pdf, "Next"), 1);
}

TEST(PdfMetadata, WebMailAndInternalLinks) {
  CLERK_REQUIRE_POPPLER();
  SampleOptions o;
  o.appendix = true;
  o.action_rows = 40;
  std::string path = RenderToFile(SampleReport(o), "links.pdf");
  PdfProbe pdf(path);
  std::string links = Links(path);
  int contact = PageOf(pdf, "keith.abbott@kent.gov.uk");
  ASSERT_GT(contact, 0);
  EXPECT_NE(links.find(std::to_string(contact) + " URI mailto:keith.abbott@kent.gov.uk"), std::string::npos) << links;
  EXPECT_NE(links.find(" URI https://www.kent.gov.uk/send"), std::string::npos) << links;
  // 2.1 refers to Appendix 1 (last page); 2.3 to paragraph 3.1.
  int n = pdf.page_count();
  EXPECT_NE(links.find("1 GOTO " + std::to_string(n)), std::string::npos) << links;
  int p31 = 0;
  for (const Word& w : pdf.words) {
    if (w.text == "3.1" && w.x0 < 80) p31 = w.page;
  }
  ASSERT_GT(p31, 0);
  EXPECT_NE(links.find("1 GOTO " + std::to_string(p31) + "\n"), std::string::npos) << links;
}

TEST(PdfMetadata, CheckPdfStrictPasses) {
  CLERK_REQUIRE_POPPLER();
  const std::string tool = std::string(CLERK_SOURCE_DIR) + "/../shared/tools/check-pdf";
  if (!std::ifstream(tool)) GTEST_SKIP() << "check-pdf not available";
  SampleOptions o;
  o.appendix = true;
  o.welsh = true;
  o.action_rows = 50;
  o.long_paragraphs = 3;
  std::string path = RenderToFile(SampleReport(o), "check.pdf");
  int rc = 0;
  std::string out = RunCommand(tool + " --strict --page-size a4 --require-outlines --require-title '" + path + "'", &rc, true);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("0 warning(s)"), std::string::npos) << out;
}

}  // namespace
}  // namespace clerk::testing
