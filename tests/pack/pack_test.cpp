// The agenda pack read back page by page (pdftotext -f N -l N): the front
// sheet's "(Pages N - M)" against where each report really starts and
// ends, the pack's page number on every page, bookmarks, the exempt item,
// and ranges that move when a report grows.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "pack/pack.h"
#include "render_pdf/pdf_probe.h"
#include "render_pdf/render_helpers.h"

namespace clerk {
namespace {

namespace sfs = std::filesystem;
using testing::RunCommand;
using testing::WriteTemp;

struct Pack {
  std::string pdf;   // path of the written PDF
  int pages = 0;
  std::vector<ItemPages> ranges;
  std::string diags;
};

// Prepares `meeting` and lays out its public or members' pack.
Pack MakePack(const std::string& meeting, bool members,
              const std::string& name) {
  auto fs = NewRealFileSystem();
  Diagnostics diags;
  Pack p;
  auto m = PrepareMeeting(*fs, meeting, "", &diags);
  if (!m) {
    p.diags = diags.ToString();
    return p;
  }
  PackOptions opts;
  opts.stem = "t";
  Status st;
  std::string bytes;
  bool ok = BuildPackPdf(*fs, *m, members, opts, &diags, &st, &bytes,
                         &p.ranges);
  p.diags = diags.ToString() + st.message();
  if (!ok) return p;
  p.pdf = WriteTemp(name, bytes);
  std::string info = RunCommand("pdfinfo '" + p.pdf + "'");
  std::smatch mt;
  if (std::regex_search(info, mt, std::regex("Pages: +([0-9]+)"))) {
    p.pages = std::stoi(mt[1]);
  }
  return p;
}

std::string PageText(const Pack& p, int page) {
  return RunCommand("pdftotext -f " + std::to_string(page) + " -l " +
                    std::to_string(page) + " '" + p.pdf + "' -");
}

// "N. Title… (Pages A - B)" lines of the front sheet: item number -> range.
std::map<int, ItemPages> FrontSheetRanges(const Pack& p) {
  std::map<int, ItemPages> out;
  std::string text;
  for (int page = 1; page <= p.pages; ++page) {
    std::string t = PageText(p, page);
    text += t;
    if (t.find("AGENDA") == std::string::npos && page > 1 &&
        t.find("EXEMPT ITEMS") == std::string::npos) {
      break;
    }
  }
  // Lines may wrap: join them, then find "N. … (Pages A - B)", or
  // "(Page A)" for a one-page item.
  std::string flat = std::regex_replace(text, std::regex("\\s+"), " ");
  std::regex item(R"((\d+)\. (?:(?!\d+\. ).)*?\((?:Pages (\d+) - (\d+)|Page (\d+))\))");
  for (auto it = std::sregex_iterator(flat.begin(), flat.end(), item);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    out[std::stoi(m[1])] = m[4].matched
                               ? ItemPages{std::stoi(m[4]), std::stoi(m[4])}
                               : ItemPages{std::stoi(m[2]), std::stoi(m[3])};
  }
  return out;
}

const char kSample[] = "samples/cabinet-meeting/meeting.xml";

TEST(Pack, EveryRangeIsWhereTheReportStartsAndEnds) {
  CLERK_REQUIRE_POPPLER();
  Pack p = MakePack(kSample, false, "pack-public.pdf");
  ASSERT_FALSE(p.pdf.empty()) << p.diags;
  std::map<int, ItemPages> printed = FrontSheetRanges(p);
  // Items 4–7 have papers (7 exempt: its notice); 1–3 are standing items.
  ASSERT_EQ(printed.size(), 4u) << PageText(p, 1);
  for (int n = 4; n <= 7; ++n) {
    SCOPED_TRACE("item " + std::to_string(n));
    ItemPages r = printed[n];
    EXPECT_EQ(r.first, p.ranges[static_cast<size_t>(n - 1)].first);
    EXPECT_EQ(r.last, p.ranges[static_cast<size_t>(n - 1)].last);
    int own = r.last - r.first + 1;
    // The report's own footer restarts at its first page and ends on its
    // last: "Page 1 of K" … "Page K of K" (the notice has no footer).
    if (n != 7) {
      EXPECT_NE(PageText(p, r.first).find("Page 1 of " + std::to_string(own)),
                std::string::npos);
      std::string k = std::to_string(own);
      EXPECT_NE(PageText(p, r.last).find("Page " + k + " of " + k),
                std::string::npos);
    }
  }
  EXPECT_NE(PageText(p, printed[4].first).find("SEND 'Written Statement of"),
            std::string::npos);
  EXPECT_NE(PageText(p, printed[5].first).find("Response to the SEND statutory direction"),
            std::string::npos);
  // The ranges follow on with no gap, and the last ends the pack.
  EXPECT_EQ(printed[5].first, printed[4].last + 1);
  EXPECT_EQ(printed[6].first, printed[5].last + 1);
  EXPECT_EQ(printed[7].first, printed[6].last + 1);
  EXPECT_EQ(printed[7].last, p.pages);
}

TEST(Pack, PackPageNumberOnEveryPage) {
  CLERK_REQUIRE_POPPLER();
  Pack p = MakePack(kSample, false, "pack-numbers.pdf");
  ASSERT_FALSE(p.pdf.empty()) << p.diags;
  ASSERT_GT(p.pages, 10);
  for (int page = 1; page <= p.pages; ++page) {
    EXPECT_NE(PageText(p, page).find("Pack page " + std::to_string(page) +
                                     "\n"),
              std::string::npos)
        << "page " << page;
  }
}

TEST(Pack, BookmarksNameEveryItem) {
  CLERK_REQUIRE_POPPLER();
  Pack p = MakePack(kSample, false, "pack-outline.pdf");
  ASSERT_FALSE(p.pdf.empty()) << p.diags;
  std::string script = WriteTemp("pack-outline.py", R"PY(
import json, subprocess, sys
j = json.loads(subprocess.check_output(['qpdf', '--json=2', '--json-key=outlines', sys.argv[1]]))
for o in j['outlines']:
    print(o['title'] + '|' + str(o['destpageposfrom1']))
)PY");
  std::string top = RunCommand("/usr/bin/python3 '" + script + "' '" + p.pdf + "'");
  std::string want =
      "Agenda|1\n"
      "4. SEND 'Written Statement of Action' Update|" +
      std::to_string(p.ranges[3].first) + "\n";
  EXPECT_EQ(top.substr(0, want.size()), want) << top;
  EXPECT_NE(top.find("\n5. "), std::string::npos) << top;
  EXPECT_NE(top.find("\n6. "), std::string::npos) << top;
  EXPECT_NE(top.find("\n7. Disposal of the Former Highways Depot, Westbrook "
                     "Lane|" + std::to_string(p.ranges[6].first)),
            std::string::npos)
      << top;
}

TEST(Pack, AgendaLinksToEachReport) {
  CLERK_REQUIRE_POPPLER();
  Pack p = MakePack(kSample, false, "pack-links.pdf");
  ASSERT_FALSE(p.pdf.empty()) << p.diags;
  // The first page's internal links, in order, as target page numbers (a
  // link over two lines is two annotations: printed once).
  std::string script = WriteTemp("pack-links.py", R"PY(
import json, subprocess, sys
o = json.loads(subprocess.check_output(['qpdf', '--json=2', sys.argv[1]]))['qpdf'][1]
pages = [p['object'] for p in json.loads(subprocess.check_output(
    ['qpdf', '--json=2', '--json-key=pages', sys.argv[1]]))['pages']]
last = None
for a in o['obj:' + pages[0]]['value'].get('/Annots', []):
    d = o['obj:' + a]['value'].get('/Dest')
    if d is None: continue
    if isinstance(d, str): d = o['obj:' + d]['value']
    t = pages.index(d[0]) + 1
    if t != last: print(t)
    last = t
)PY");
  std::string targets = RunCommand("/usr/bin/python3 '" + script + "' '" + p.pdf + "'");
  std::string want;
  for (size_t i : {3, 4, 5, 6}) want += std::to_string(p.ranges[i].first) + "\n";
  EXPECT_EQ(targets, want);
}

TEST(Pack, ExemptItemOnlyInTheMembersPack) {
  CLERK_REQUIRE_POPPLER();
  Pack pub = MakePack(kSample, false, "pack-pub.pdf");
  Pack mem = MakePack(kSample, true, "pack-members.pdf");
  ASSERT_FALSE(pub.pdf.empty()) << pub.diags;
  ASSERT_FALSE(mem.pdf.empty()) << mem.diags;
  std::string pub_text = RunCommand("pdftotext '" + pub.pdf + "' -");
  std::string mem_text = RunCommand("pdftotext '" + mem.pdf + "' -");
  EXPECT_EQ(pub_text.find("Harbourside"), std::string::npos);
  EXPECT_NE(mem_text.find("Harbourside"), std::string::npos);
  // The notice cites the paragraph, on the page the agenda gives.
  std::string notice = PageText(pub, pub.ranges[6].first);
  EXPECT_NE(notice.find("NOT FOR PUBLICATION"), std::string::npos);
  EXPECT_NE(notice.find("paragraph 3 of Part 1 of Schedule 12A"),
            std::string::npos);
  // The members' pack: its front sheet and the exempt report only.
  EXPECT_EQ(mem.ranges[3].first, 0);
  EXPECT_EQ(mem.ranges[6].last, mem.pages);
  EXPECT_EQ(mem_text.find("Written Statement of Action' Update\n\nFrom"),
            std::string::npos);
  // Both are one tagged document passing the PDF/UA machine checks.
  for (const Pack* p : {&pub, &mem}) {
    std::vector<std::string> ua = testing::UnexpectedMatterhornFailures(p->pdf);
    EXPECT_TRUE(ua.empty()) << p->pdf << ": " << ua.front();
  }
}

// A copy of the sample (with templates/ and styles/ where its relative
// paths expect them) whose WSoA report has `extra` more paragraphs.
std::string LengthenedSample(const std::string& name, int extra) {
  sfs::path root = sfs::path(CLERK_BINARY_DIR) / "pack-test" / name;
  sfs::remove_all(root);
  sfs::create_directories(root / "samples");
  const auto opts = sfs::copy_options::recursive;
  sfs::copy("templates", root / "templates", opts);
  sfs::copy("styles", root / "styles", opts);
  sfs::copy("samples/cabinet-meeting", root / "samples/cabinet-meeting", opts);
  sfs::path content = root / "samples/cabinet-meeting/papers/wsoa/content.xml";
  std::ifstream in(content);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  std::string paras;
  for (int i = 0; i < extra; ++i) {
    paras += "<para>An added paragraph that makes the report longer, so "
             "that every later range on the front sheet must move on by "
             "the pages it adds to the pack.</para>";
  }
  size_t at = text.find("</section>");
  text.insert(at, paras);
  std::ofstream(content, std::ios::trunc) << text;
  return (root / "samples/cabinet-meeting/meeting.xml").string();
}

TEST(Pack, ALongerReportMovesEveryLaterRange) {
  CLERK_REQUIRE_POPPLER();
  Pack before = MakePack(LengthenedSample("short", 0), false, "short.pdf");
  Pack after = MakePack(LengthenedSample("long", 40), false, "long.pdf");
  ASSERT_FALSE(before.pdf.empty()) << before.diags;
  ASSERT_FALSE(after.pdf.empty()) << after.diags;
  std::map<int, ItemPages> b = FrontSheetRanges(before);
  std::map<int, ItemPages> a = FrontSheetRanges(after);
  ASSERT_EQ(a.size(), 4u);
  int grew = (a[4].last - a[4].first) - (b[4].last - b[4].first);
  ASSERT_GE(grew, 2);
  EXPECT_EQ(a[4].first, b[4].first);
  for (int n = 5; n <= 7; ++n) {
    EXPECT_EQ(a[n].first, b[n].first + grew) << n;
    EXPECT_EQ(a[n].last, b[n].last + grew) << n;
  }
  EXPECT_EQ(after.pages, before.pages + grew);
}

TEST(Pack, ExemptNoticeCitesTheParagraphInWords) {
  EXPECT_EQ(ExemptNotice(1),
            "This report is not for publication because it contains exempt "
            "information as defined in paragraph 1 of Part 1 of Schedule 12A "
            "to the Local Government Act 1972: information relating to any "
            "individual. It is in the members' pack.");
}

}  // namespace
}  // namespace clerk
