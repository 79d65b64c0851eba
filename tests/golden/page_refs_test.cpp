// Page references through the whole pipeline (the golden case
// tests/golden/cases/xref-page): the numbers the text prints are the pages
// where the PDF really put each target, and the DOCX carries them as the
// cached results of PAGEREF fields.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "base/file_system.h"
#include "pipeline/page_refs.h"
#include "pipeline/report.h"
#include "render/pdf/pdf_renderer.h"

namespace clerk {
namespace {

namespace fs = std::filesystem;

std::string Shell(const std::string& cmd) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  if (!p) return out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p.get())) > 0) out.append(buf.data(), n);
  return out;
}

bool HaveTool(const char* tool) {
  return !Shell(std::string("command -v ") + tool).empty();
}

fs::path WriteOut(const std::string& name, const std::string& bytes) {
  fs::path p = fs::path(CLERK_BINARY_DIR) / "page-refs-test";
  fs::create_directories(p);
  p /= name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

// The first page (1-based) whose text contains `needle`, or 0.
int PageWith(const fs::path& pdf, int pages, const std::string& needle) {
  for (int i = 1; i <= pages; ++i) {
    std::string text = Shell("pdftotext -layout -f " + std::to_string(i) + " -l " +
                           std::to_string(i) + " '" + pdf.string() + "' -");
    if (text.find(needle) != std::string::npos) return i;
  }
  return 0;
}

PreparedReport Prepare(const std::string& case_name) {
  auto files = NewRealFileSystem();
  Diagnostics diags;
  ReportRequest req;
  req.input = std::string(CLERK_SOURCE_DIR) + "/tests/golden/cases/" + case_name + "/report.xml";
  auto r = PrepareReport(*files, req, &diags);
  EXPECT_TRUE(r.has_value()) << diags.ToString();
  EXPECT_FALSE(diags.has_errors()) << diags.ToString();
  return r ? std::move(*r) : PreparedReport{};
}

TEST(PageRefs, TextPrintsThePagesThePdfHas) {
  if (!HaveTool("pdftotext")) GTEST_SKIP() << "poppler-utils needed";
  PreparedReport r = Prepare("xref-page");
  Diagnostics diags;
  std::string pdf;
  render::PdfLayout layout;
  ASSERT_TRUE(render::RenderPdf(r.doc, r.style, {}, &diags, &pdf, &layout).ok());
  fs::path path = WriteOut("xref-page.pdf", pdf);
  const int budget = PageWith(path, layout.page_count, "Budget text.");
  const int risks = PageWith(path, layout.page_count, "Risk text.");
  const int data = PageWith(path, layout.page_count, "Appendix 1 \xE2\x80\x93 Data");
  const int more = PageWith(path, layout.page_count, "More data on a second page");
  const int maps = PageWith(path, layout.page_count, "Appendix 2 \xE2\x80\x93 Maps");
  ASSERT_EQ(budget, 1);
  ASSERT_GT(data, 1);
  EXPECT_EQ(more, data + 1);
  EXPECT_EQ(maps, more + 1);
  EXPECT_EQ(layout.page_count, maps);

  std::string text;
  ASSERT_TRUE(RenderFormat(r, Format::kText, {}, &diags, &text).ok());
  EXPECT_NE(text.find("starts on page " + std::to_string(budget)), std::string::npos) << text;
  EXPECT_NE(text.find("on page " + std::to_string(risks) + "."), std::string::npos) << text;
  EXPECT_NE(text.find("(Pages " + std::to_string(data) + "\xE2\x80\x93" + std::to_string(more) + ")"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("page " + std::to_string(maps) + "."), std::string::npos) << text;
  // The PDF prints the same.
  std::string all = Shell("pdftotext '" + path.string() + "' -");
  EXPECT_NE(all.find("(Pages " + std::to_string(data) + "\xE2\x80\x93" + std::to_string(more) + ")"),
            std::string::npos)
      << all;
}

TEST(PageRefs, DocxHasPagerefFieldsWithThePdfPagesCached) {
  if (!HaveTool("unzip")) GTEST_SKIP() << "unzip needed";
  PreparedReport r = Prepare("xref-page");
  Diagnostics diags;
  std::string docx;
  ASSERT_TRUE(RenderFormat(r, Format::kDocx, {}, &diags, &docx).ok());
  ASSERT_FALSE(diags.has_errors()) << diags.ToString();
  fs::path path = WriteOut("xref-page.docx", docx);
  std::string xml = Shell("unzip -p '" + path.string() + "' word/document.xml");
  render::PdfLayout layout;
  ASSERT_TRUE(render::LayoutPdf(r.doc, r.style, &diags, &layout).ok());
  const int app1 = layout.anchors.at("app-1").first;
  for (const char* id : {"budget", "risks", "app-1", "app-2"}) {
    // The bookmark the field names, then the field with its cached page.
    std::string page = std::to_string(layout.anchors.at(id).first);
    size_t field = xml.find(" PAGEREF ");
    bool found = false;
    for (; field != std::string::npos; field = xml.find(" PAGEREF ", field + 1)) {
      size_t name_end = xml.find(' ', field + 9);
      std::string name = xml.substr(field + 9, name_end - field - 9);
      size_t mark = xml.find("w:name=\"" + name + "\"");
      ASSERT_NE(mark, std::string::npos) << "no bookmark " << name;
      size_t sep = xml.find("fldCharType=\"separate\"", field);
      size_t t = xml.find("<w:t", sep);
      size_t gt = xml.find('>', t);
      size_t end = xml.find("</w:t>", gt);
      if (xml.substr(gt + 1, end - gt - 1) == page) found = true;
    }
    EXPECT_TRUE(found) << id << " page " << page;
  }
  EXPECT_NE(xml.find(std::to_string(app1) + "</w:t>"), std::string::npos);
  // The end of "(Pages 2–3)" is a PAGEREF to a bookmark in the last
  // paragraph of Appendix 1 ("More data on a second page.").
  const std::string end_page = std::to_string(layout.anchors.at("app-1").last);
  ASSERT_GT(layout.anchors.at("app-1").last, app1);
  size_t field = xml.find(" PAGEREF _Ref_app_1_end ");
  ASSERT_NE(field, std::string::npos) << xml;
  size_t t = xml.find("<w:t", xml.find("fldCharType=\"separate\"", field));
  EXPECT_EQ(xml.substr(xml.find('>', t) + 1, end_page.size() + 6), end_page + "</w:t>");
  size_t mark = xml.find("w:name=\"_Ref_app_1_end\"");
  ASSERT_NE(mark, std::string::npos);
  size_t para = xml.rfind("<w:p>", mark);
  EXPECT_NE(xml.substr(para, mark - para).find("More data on a second page."), std::string::npos);
}

TEST(PageRefs, NoPageRefsNoLayout) {
  // A document without page references is left alone (no "?" left, and
  // nothing to settle).
  PreparedReport r = Prepare("xref-plural-and-range");
  Diagnostics diags;
  model::PageMap layout;
  EXPECT_TRUE(SettlePageRefs(&r.doc, r.style, &diags, &layout));
  EXPECT_EQ(layout.page_count, 0);
}

TEST(PageRefs, PagesThatNeverSettleAreALocatedError) {
  // A layout where the reference's own text moves its target each time
  // (page 3, then 4, then 3 …): an error at the reference after the
  // bounded number of layouts, and no document.
  PreparedReport r = Prepare("xref-page");
  int calls = 0;
  PageLayoutFn flip = [&calls](const model::Document&, const model::Style&,
                               model::PageMap* m) {
    ++calls;
    *m = model::PageMap{};
    m->page_count = 5;
    for (const char* id : {"budget", "risks", "app-1", "app-2"}) {
      m->anchors[id] = model::PageSpan{1, 1};
    }
    m->anchors["risks"] = model::PageSpan{3 + calls % 2, 3 + calls % 2};
    return Status::Ok();
  };
  Diagnostics diags;
  EXPECT_FALSE(SettlePageRefs(&r.doc, r.style, &diags, nullptr, flip));
  EXPECT_EQ(calls, kMaxPageLayouts);
  ASSERT_EQ(diags.error_count(), 1) << diags.ToString();
  EXPECT_NE(diags.ToString().find(
                "report.xml:4:24: error: page references did not settle after 6 layouts: "
                "the numbers' own length keeps moving text between pages; reword the text "
                "near this reference or add a page break"),
            std::string::npos)
      << diags.ToString();

  // In a draft it is a warning, and the last numbers stay.
  PreparedReport d = Prepare("xref-page");
  d.doc.draft = true;
  calls = 0;
  Diagnostics draft;
  EXPECT_TRUE(SettlePageRefs(&d.doc, d.style, &draft, nullptr, flip));
  EXPECT_EQ(draft.error_count(), 0);
  EXPECT_NE(draft.ToString().find("warning: page references did not settle"), std::string::npos)
      << draft.ToString();

  // A layout that settles at once costs two layouts.
  PreparedReport s = Prepare("xref-page");
  calls = 0;
  PageLayoutFn steady = [&calls](const model::Document&, const model::Style&,
                                 model::PageMap* m) {
    ++calls;
    *m = model::PageMap{};
    m->page_count = 1;
    for (const char* id : {"budget", "risks", "app-1", "app-2"}) m->anchors[id] = {1, 1};
    return Status::Ok();
  };
  Diagnostics ok;
  EXPECT_TRUE(SettlePageRefs(&s.doc, s.style, &ok, nullptr, steady));
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace clerk
