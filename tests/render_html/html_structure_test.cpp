// The page's structure: semantics, ids, links, tables, draft, errors.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "render/html/html_renderer.h"
#include "render_html/html_sample.h"

namespace clerk {
namespace {

using testing_html::AttributeValues;
using testing_html::Count;
using testing_html::HeadingLevels;
using testing_html::SampleReport;

std::string Render(const model::Document& doc, Diagnostics* diags = nullptr,
                   model::Style style = model::DefaultStyle()) {
  std::string out;
  Diagnostics local;
  Status s = render::RenderHtml(doc, style, model::RenderOptions{},
                                diags != nullptr ? diags : &local, &out);
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

bool Has(const std::string& html, const std::string& s) {
  return html.find(s) != std::string::npos;
}

TEST(HtmlStructure, DocumentFrame) {
  std::string h = Render(SampleReport());
  EXPECT_EQ(h.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">\n", 0), 0u);
  EXPECT_TRUE(Has(h, "<title>SEND Update</title>"));
  EXPECT_TRUE(Has(h, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(Has(h, "<meta name=\"viewport\""));
  EXPECT_TRUE(Has(h, "<main id=\"main\">"));
  EXPECT_EQ(Count(h, "<style>"), 1);
  EXPECT_FALSE(Has(h, "<link ")) << "the page must be self-contained";
  EXPECT_FALSE(Has(h, "<script")) << "no script";
}

TEST(HtmlStructure, LanguageFromTheDocumentElseTheStyle) {
  model::Document doc = SampleReport();
  doc.meta.language = "cy";
  EXPECT_TRUE(Has(Render(doc), "<html lang=\"cy\">"));
  doc.meta.language = "";
  model::Style style = model::DefaultStyle();
  style.language = "en-US";
  EXPECT_TRUE(Has(Render(doc, nullptr, style), "<html lang=\"en-US\">"));
}

TEST(HtmlStructure, OneH1TheTitleLineThatIsTheSubject) {
  std::string h = Render(SampleReport());
  EXPECT_EQ(Count(h, "<h1"), 1);
  EXPECT_TRUE(Has(h, "<p class=\"clerk-kicker\">Agenda item\xC2\xA0" "5</p>\n<h1>SEND Update</h1>"));
}

TEST(HtmlStructure, H1BeforeTheCoverWhenNoTitleLineIsTheSubject) {
  model::Document doc = SampleReport();
  doc.root.children.erase(doc.root.children.begin(), doc.root.children.begin() + 2);
  std::string h = Render(doc);
  EXPECT_EQ(Count(h, "<h1"), 1);
  EXPECT_TRUE(Has(h, "<h1>SEND Update</h1>\n<dl class=\"clerk-cover\">"));
}

TEST(HtmlStructure, TitleLinesAreTheH1WhenThereIsNoSubject) {
  model::Document doc = SampleReport();
  doc.meta.title = "Cabinet minutes";
  doc.root.children.erase(doc.root.children.begin() + 2);  // no cover
  std::string h = Render(doc);
  EXPECT_EQ(Count(h, "<h1"), 1);
  EXPECT_TRUE(Has(h, "<h1><span class=\"clerk-kicker\">Agenda item\xC2\xA0" "5</span> "
                     "<span class=\"clerk-title\">SEND Update</span></h1>"));
}

TEST(HtmlStructure, HeadingsNeverSkipALevel) {
  model::Document doc = SampleReport();
  // A level-3 sub-heading straight under a section heading (h2) would be h4.
  model::Node deep;
  deep.kind = model::NodeKind::kHeading;
  deep.level = 3;
  deep.runs.push_back({});
  deep.runs.back().text = "Deep";
  doc.root.children[3].children.insert(doc.root.children[3].children.begin(), deep);
  std::vector<int> levels = HeadingLevels(Render(doc));
  ASSERT_FALSE(levels.empty());
  EXPECT_EQ(levels[0], 1);
  for (size_t i = 1; i < levels.size(); ++i) {
    EXPECT_LE(levels[i], levels[i - 1] + 1) << "heading " << i;
    EXPECT_GE(levels[i], 2);
  }
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 2, 3, 2, 3, 2, 2}));  // h2 Contents first
}

TEST(HtmlStructure, NumbersAreTextAndEveryNumberedNodeHasItsId) {
  std::string h = Render(SampleReport());
  EXPECT_TRUE(Has(h, "<section id=\"section-2\" class=\"clerk-section\">\n<h2 class=\"clerk-hang\"><span "
                     "class=\"clerk-num\">2.</span> Current Position</h2>"));
  EXPECT_TRUE(Has(h, "<p id=\"para-2-3\" class=\"clerk-para clerk-p1\"><span "
                     "class=\"clerk-num\">2.3</span> The plan has two parts:</p>"));
  EXPECT_TRUE(Has(h, "<p id=\"para-2-3-a\" class=\"clerk-para clerk-p2\"><span "
                     "class=\"clerk-num\">(a)</span> assessments;</p>"));
  EXPECT_TRUE(Has(h, "<li id=\"rec-1\"><span class=\"clerk-num\">1.</span> That item"));
  EXPECT_TRUE(Has(h, "<li id=\"rec-cover-1\"><span class=\"clerk-num\">1.</span>"));
  EXPECT_TRUE(Has(h, "<li id=\"res-b\"><span class=\"clerk-num\">(b)</span>"));
  EXPECT_TRUE(Has(h, "<section id=\"appendix-1\" class=\"clerk-appendix\">\n<h2><span "
                     "class=\"clerk-num\">Appendix 1</span> \xE2\x80\x93 Action plan</h2>"));
  EXPECT_TRUE(Has(h, "<table id=\"table-1\" class=\"clerk-borders\">"));
  // Numbers are never CSS counters: the only counters are the page numbers.
  EXPECT_EQ(Count(h, "counter("), Count(h, "counter(page)") + Count(h, "counter(pages)"));
  EXPECT_FALSE(Has(h, "counter-reset"));
}

TEST(HtmlStructure, IdsAreUniqueAndEveryInternalLinkResolves) {
  std::string h = Render(SampleReport());
  std::vector<std::string> ids = AttributeValues(h, "id");
  std::set<std::string> unique(ids.begin(), ids.end());
  EXPECT_EQ(unique.size(), ids.size());
  int internal = 0;
  for (const std::string& href : AttributeValues(h, "href")) {
    if (href.empty() || href[0] != '#') continue;
    ++internal;
    EXPECT_TRUE(unique.count(href.substr(1))) << href;
  }
  for (const std::string& ref : AttributeValues(h, "aria-labelledby")) {
    EXPECT_TRUE(unique.count(ref)) << ref;
  }
  EXPECT_EQ(internal, 6);  // the skip link, 4 contents entries, the cross-reference
}

TEST(HtmlStructure, ContentsLinksToEverySectionAndAppendix) {
  std::string h = Render(SampleReport());
  EXPECT_TRUE(Has(h, "<nav class=\"clerk-contents\" aria-labelledby=\"clerk-contents\">\n"
                     "<h2 id=\"clerk-contents\">Contents</h2>\n<ul>\n"
                     "<li><a href=\"#section-1\">1. Introduction</a></li>\n"
                     "<li><a href=\"#section-2\">2. Current Position</a></li>\n"
                     "<li><a href=\"#section-3\">3. Recommendations</a></li>\n"
                     "<li><a href=\"#appendix-1\">Appendix 1 \xE2\x80\x93 Action plan</a></li>\n"
                     "</ul>\n</nav>\n<section id=\"section-1\""));
  model::Document two = SampleReport();
  two.root.children.resize(5);  // two sections: no contents
  EXPECT_FALSE(Has(Render(two), "<nav"));
}

TEST(HtmlStructure, CrossReferenceIsALinkToTheNumberedNode) {
  std::string h = Render(SampleReport());
  EXPECT_TRUE(Has(h, "As set out in <a href=\"#para-2-3\">paragraph\xC2\xA0" "2.3</a>, see "
                     "<a href=\"https://www.kent.gov.uk/send\">the SEND pages on "
                     "kent.gov.uk</a> &amp; &lt;more&gt;.</p>"));
}

TEST(HtmlStructure, KeepsNumbersWithTheirWordsLikeThePdfAndDocx) {
  model::Document doc = SampleReport();
  model::Run& text = doc.root.children[3].children[0].runs[0];
  text.text = "Children aged 0\xE2\x80\x93" "25 from 1 October 2019, see Appendix 1.";
  std::string h = Render(doc);
  // A word joiner after the dash, no-break spaces in the date and after
  // "Appendix" (base/no_break.h); the other spaces stay breakable.
  EXPECT_TRUE(Has(h, "Children aged 0\xE2\x80\x93\xE2\x81\xA0" "25 from 1\xC2\xA0" "October"
                     "\xC2\xA0" "2019, see Appendix\xC2\xA0" "1.</p>"));
}

TEST(HtmlStructure, KeepsPairsSplitAcrossRuns) {
  model::Document doc = SampleReport();
  model::Runs& runs = doc.root.children[3].children[0].runs;
  runs.resize(1);
  runs[0].text = "See Table";
  model::Run one = runs[0], num = runs[0];
  one.text = " 1 and paragraph ";
  num.text = "2.3";
  num.bold = true;
  runs.push_back(one);
  runs.push_back(num);
  EXPECT_TRUE(Has(Render(doc), "See Table\xC2\xA0" "1 and paragraph\xC2\xA0<strong>2.3</strong></p>"));
}

TEST(HtmlStructure, ListsKeepClerksLabels) {
  std::string h = Render(SampleReport());
  EXPECT_TRUE(Has(h, "<p id=\"clerk-list-1\" class=\"clerk-list-heading clerk-in\">Resolved "
                     "\xE2\x80\x93</p>\n<ol class=\"clerk-list clerk-res clerk-in\" "
                     "role=\"list\" aria-labelledby=\"clerk-list-1\">"));
  EXPECT_TRUE(Has(h, ".clerk-list { list-style: none;"));
}

TEST(HtmlStructure, TableHasCaptionHeadHeaderScopeAndRagWords) {
  std::string h = Render(SampleReport());
  EXPECT_TRUE(Has(h, "<div class=\"clerk-table-wrap clerk-in\" role=\"region\" tabindex=\"0\" "
                     "aria-labelledby=\"table-1-caption\">"));
  EXPECT_TRUE(Has(h, "<caption id=\"table-1-caption\"><span class=\"clerk-num\">Table 1</span>: Actions and RAG status</caption>"));
  EXPECT_TRUE(Has(h, "<thead>\n<tr><th scope=\"col\">Action</th><th scope=\"col\" "
                     "class=\"clerk-center\">RAG</th></tr>\n</thead>\n<tbody>"));
  EXPECT_TRUE(Has(h, "<td class=\"clerk-center clerk-rag-red\">Red</td>"));
  EXPECT_TRUE(Has(h, "<td class=\"clerk-center clerk-rag-green\">On track (Green)</td>"));
  EXPECT_TRUE(Has(h, "<td class=\"clerk-center clerk-rag-complete\">Complete</td>"));
}

TEST(HtmlStructure, ContactIsAnAddressWithLinks) {
  std::string h = Render(SampleReport());
  EXPECT_TRUE(Has(h, "<address class=\"clerk-contact clerk-in\"><strong>Report author:</strong><br>\n"
                     "Keith Abbott<br>\n<a href=\"tel:03000417008\">03000 417008</a><br>\n"
                     "<a href=\"mailto:keith.abbott@kent.gov.uk\">keith.abbott@kent.gov.uk</a>"
                     "</address>"));
}

TEST(HtmlStructure, UnsafeLinksAreText) {
  model::Document doc = SampleReport();
  model::Run& link = doc.root.children[4].children[0].runs[3];
  ASSERT_EQ(link.kind, model::RunKind::kLink);
  link.target = "javascript:alert(1)";
  std::string h = Render(doc);
  EXPECT_FALSE(Has(h, "javascript:"));
  EXPECT_TRUE(Has(h, ", see the SEND pages on kent.gov.uk &amp;"));
}

TEST(HtmlStructure, NothingFromTheInputEscapesItsAttributeOrTheStylesheet) {
  model::Document doc = SampleReport();
  model::Node& table = doc.root.children[4].children.back();
  ASSERT_EQ(table.kind, model::NodeKind::kTable);
  table.number.label.clear();  // so that its template id is its HTML id
  table.id = "t\"><script>x</script>";
  model::Style style = model::DefaultStyle();
  style.colors.rag_red = "E06666; } </style><script>x</script>";
  style.font_family = "Evil</style><script>x</script>";
  std::string h = Render(doc, nullptr, style);
  EXPECT_FALSE(Has(h, "<script>"));
  EXPECT_EQ(Count(h, "</style>"), 1);
  EXPECT_TRUE(Has(h, "td.clerk-rag-red { background: #FFFFFF; color: #000000;"));
  EXPECT_TRUE(Has(h, "<caption id=\"t&quot;&gt;&lt;script&gt;x&lt;/script&gt;-caption\">"));
}

TEST(HtmlStructure, DraftShowsABannerAndHighlightsMissingValues) {
  model::Document doc = SampleReport();
  EXPECT_FALSE(Has(Render(doc), "DRAFT"));
  doc.draft = true;
  std::string complete = Render(doc);
  EXPECT_TRUE(Has(complete, "<p class=\"clerk-draft\">DRAFT \xE2\x80\x93 not the final paper.</p>"));
  model::Run missing;
  missing.kind = model::RunKind::kPlaceholder;
  missing.text = "[missing: plan/owner]";
  doc.root.children[3].children[0].runs.push_back(missing);
  std::string h = Render(doc);
  EXPECT_TRUE(Has(h, "<title>DRAFT \xE2\x80\x93 SEND Update</title>"));
  EXPECT_TRUE(Has(h, "<p class=\"clerk-draft\">DRAFT \xE2\x80\x93 not the final paper. "
                     "Highlighted text marks values still missing.</p>"));
  EXPECT_TRUE(Has(h, "<meta name=\"robots\" content=\"noindex\">"));
  EXPECT_TRUE(Has(h, "<mark class=\"clerk-missing\">[missing: plan/owner]</mark>"));
  // The printed header's mark comes from the style (the pipeline's
  // WithDraftMark puts it there for every format): the renderer adds none.
  EXPECT_FALSE(Has(h, "@top-left"));
  model::Style marked = model::DefaultStyle();
  marked.header.left = "DRAFT";
  EXPECT_TRUE(Has(Render(doc, nullptr, marked), "@top-left { content: \"DRAFT\""));
}

TEST(HtmlStructure, SameInputSameBytes) {
  EXPECT_EQ(Render(SampleReport()), Render(SampleReport()));
}

TEST(HtmlStructure, PrintStylesheetGivesA4PagesWithTheStylesFooter) {
  std::string h = Render(SampleReport());
  EXPECT_TRUE(Has(h, "@page { size: A4; margin: 25mm 25mm 25mm 25mm;"));
  EXPECT_TRUE(Has(h, "@bottom-center { content: \"Page \" counter(page) \" of \" "
                     "counter(pages);"));
  EXPECT_TRUE(Has(h, "@top-right { content: \"Unrestricted\";"));
  EXPECT_TRUE(Has(h, "h1, h2, h3, h4, h5, h6 { break-after: avoid;"));
}

TEST(HtmlStructure, FontFamilyWithFallbacks) {
  model::Style style = model::DefaultStyle();
  style.font_family = "Arial Nova";
  std::string h = Render(SampleReport(), nullptr, style);
  EXPECT_TRUE(Has(h, "font-family: \"Arial Nova\", Arial, \"Liberation Sans\", Helvetica, "
                     "sans-serif;"));
}

std::string TempFile(const std::string& name, const std::string& bytes) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

const char kPng2x1[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x02\x00\x00"
    "\x00\x01\x08\x02\x00\x00\x00\x7b\x40\xe8\xdd\x00\x00\x00\x0d\x49\x44\x41\x54\x78\x9c\x63"
    "\xf8\xcf\x00\x04\xff\x01\x07\x00\x01\xff\xe2\x23\x9e\x59\x00\x00\x00\x00\x49\x45\x4e\x44"
    "\xae\x42\x60\x82";

TEST(HtmlStructure, ImagesAndLogoAreDataUrisWithAlt) {
  std::string png = TempFile("clerk-html-test.png", std::string(kPng2x1, sizeof kPng2x1 - 1));
  model::Document doc = SampleReport();
  model::Node img;
  img.kind = model::NodeKind::kImage;
  img.image.path = png;
  img.image.alt = "Chart of EHC plans issued on time";
  img.image.width_mm = 50.8;  // 192 CSS px
  doc.root.children.back().children.push_back(img);
  model::Style style = model::DefaultStyle();
  style.logo = png;
  style.logo_width_mm = 40;
  Diagnostics diags;
  std::string h = Render(doc, &diags, style);
  EXPECT_EQ(diags.ToString(), "");
  EXPECT_TRUE(Has(h, "<img src=\"data:image/png;base64,iVBORw0KGgo"));
  EXPECT_TRUE(Has(h, "alt=\"Chart of EHC plans issued on time\" width=\"192\" height=\"96\">"));
  EXPECT_TRUE(Has(h, "<img class=\"clerk-logo\" src=\"data:image/png;base64,"));
  EXPECT_TRUE(Has(h, "alt=\"Kent County Council logo\""));
  std::remove(png.c_str());
}

TEST(HtmlStructure, UnreadableImageIsAnErrorAndNothingIsWritten) {
  std::string bad = TempFile("clerk-html-test.txt", "not a picture");
  model::Document doc = SampleReport();
  model::Node img;
  img.kind = model::NodeKind::kImage;
  img.image.path = bad;
  img.loc = SourceLoc{"templates/report.xml", 12, 5};
  doc.root.children.back().children.push_back(img);
  Diagnostics diags;
  std::string h = Render(doc, &diags);
  EXPECT_EQ(h, "");
  EXPECT_EQ(diags.error_count(), 1);
  // The same decoder and message as the PDF and the DOCX (media/image.h).
  EXPECT_NE(diags.ToString().find("templates/report.xml:12:5: error: the image " + bad +
                                  " is neither PNG nor JPEG"),
            std::string::npos)
      << diags.ToString();
  std::remove(bad.c_str());
}

TEST(HtmlStructure, ClashingIdsAreQualifiedBySection) {
  model::Document doc = SampleReport();
  // A second resolutions list, in the appendix, also starting at (a).
  model::Node res;
  res.kind = model::NodeKind::kList;
  res.list.kind = model::ListKind::kResolutions;
  for (const char* l : {"(a)", "(b)"}) {
    model::Node item;
    item.kind = model::NodeKind::kListItem;
    item.number.label = l;
    res.children.push_back(item);
  }
  doc.root.children.back().children.push_back(res);
  std::string h = Render(doc);
  EXPECT_TRUE(Has(h, "<li id=\"res-3-a\">"));
  EXPECT_TRUE(Has(h, "<li id=\"res-appendix-1-a\">"));
  EXPECT_FALSE(Has(h, "id=\"res-a\""));
  EXPECT_TRUE(Has(h, "<li id=\"rec-1\">")) << "recommendations do not clash";
}

}  // namespace
}  // namespace clerk
