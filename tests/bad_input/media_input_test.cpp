// Fonts, images and PDF layout limits through the clerk binary (issue 9):
// every damaged font is refused with the style attribute's location before
// anything is written; every odd but valid image renders to PDF and DOCX;
// every oversized input stops at its stated limit. Each test prints how long
// clerk took (docs/reliability.md has the figures), never asserts it.
//
// The small valid images are fuzz/seeds/fuzz_image/ (made by
// scripts/make-test-images.sh); damaged fonts and big inputs are made here,
// from Liberation Sans.
#include <gtest/gtest.h>
#include <unistd.h>

#include "clerk_process.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

const char kFont[] = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
const char kImages[] = "fuzz/seeds/fuzz_image/";

std::string FirstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

uint32_t Be32(const std::string& b, size_t o) {
  return (uint32_t{static_cast<unsigned char>(b[o])} << 24) |
         (uint32_t{static_cast<unsigned char>(b[o + 1])} << 16) |
         (uint32_t{static_cast<unsigned char>(b[o + 2])} << 8) |
         static_cast<unsigned char>(b[o + 3]);
}
void PutBe32(std::string* b, size_t o, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*b)[o + i] = static_cast<char>(v >> (24 - 8 * i));
}

// The table directory record of `tag` in a TrueType font.
size_t TableRecord(const std::string& font, const char* tag) {
  size_t n = (static_cast<unsigned char>(font[4]) << 8) | static_cast<unsigned char>(font[5]);
  for (size_t i = 0; i < n; ++i) {
    if (font.compare(12 + 16 * i, 4, tag) == 0) return 12 + 16 * i;
  }
  ADD_FAILURE() << "no " << tag << " table";
  return 0;
}

std::string PngChunk(const std::string& type, const std::string& data) {
  std::string c(4, '\0');
  PutBe32(&c, 0, static_cast<uint32_t>(data.size()));
  c += type + data;
  // CRC-32 of type and data.
  uint32_t crc = 0xFFFFFFFF;
  for (char ch : type + data) {
    crc ^= static_cast<unsigned char>(ch);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
  }
  std::string t(4, '\0');
  PutBe32(&t, 0, ~crc);
  return c + t;
}

// What a shell command prints.
std::string Output(const std::string& cmd) {
  FILE* p = popen((cmd + " 2>/dev/null").c_str(), "r");
  std::string text;
  char buf[4096];
  size_t n;
  while (p != nullptr && (n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  if (p != nullptr) pclose(p);
  return text;
}

std::string Pdftotext(const fs::path& pdf) { return Output("pdftotext -q " + pdf.string() + " -"); }

class MediaInput : public testing::Test {
 protected:
  void SetUp() override {
    std::string name = testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::temp_directory_path() / ("clerk-media-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "out");
    std::ofstream(dir_ / "out" / "report.txt") << "last quarter's good report\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const fs::path& rel, const std::string& bytes) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << bytes;
  }
  std::map<std::string, std::string> Snapshot() {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir_ / "out")) {
      if (e.is_regular_file()) files[e.path().filename().string()] = Slurp(e.path());
    }
    return files;
  }
  // `clerk ARGS`, timed; the time goes to the test's output.
  Outcome Clerk(const std::string& args) {
    auto t0 = std::chrono::steady_clock::now();
    Outcome r = RunClerk(args, dir_);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("[ elapsed  ] clerk %s: %.2f s\n", args.substr(0, args.find(' ')).c_str(), s);
    return r;
  }
  // Renders t.xml (with style s/s.xml when there is one) to `formats`.
  Outcome Render(const std::string& formats, const std::string& extra = "") {
    std::string style = fs::exists(dir_ / "s" / "s.xml")
                            ? " --style " + (dir_ / "s" / "s.xml").string() : "";
    return Clerk("render " + (dir_ / "t.xml").string() + style + extra + " --format " +
                 formats + " --name report --out " + (dir_ / "out").string());
  }
  // A style whose regular face is `font` (written as s/font.ttf).
  void StyleWithFont(const std::string& font) {
    Write("s/font.ttf", font);
    Write("s/s.xml", "<style><font regular=\"font.ttf\"/></style>\n");
    Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><p>This quarter.</p></report>\n");
  }
  // The damaged font is refused by render and by check with `why`, at the
  // style's regular="" attribute, and nothing is written.
  void ExpectFontRefused(const std::string& why) {
    auto before = Snapshot();
    std::string want = (dir_ / "s" / "s.xml").string() + ":1:14: error: font file " +
                       (dir_ / "s" / "font.ttf").string() + " cannot be used: " + why;
    Outcome r = Render("text,pdf,docx");
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_EQ(FirstLine(r.err), want);
    EXPECT_EQ(Snapshot(), before) << "an output file was created or changed";
    Outcome c = Clerk("check " + (dir_ / "t.xml").string() + " --style " +
                      (dir_ / "s" / "s.xml").string());
    EXPECT_EQ(c.code, 1) << c.err;
    EXPECT_EQ(FirstLine(c.err), want);
  }
  // A template showing the image `name` (copied from fuzz/seeds/fuzz_image/
  // unless written already) renders to PDF and DOCX; returns the PDF.
  std::string ExpectImageRenders(const std::string& name) {
    if (!fs::exists(dir_ / name)) Write(name, Slurp(std::string(kImages) + name));
    Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><p>Chart.</p>\n<image src=\"" +
                       name + "\" alt=\"A chart\" width=\"40mm\"/></report>\n");
    Outcome r = Render("pdf,docx");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    std::string pdf = Slurp(dir_ / "out" / "report.pdf");
    EXPECT_NE(pdf.find("/Subtype /Image"), std::string::npos) << "no image in the PDF";
    EXPECT_TRUE(fs::exists(dir_ / "out" / "report.docx"));
    return pdf;
  }

  fs::path dir_;
};

// ---------------------------------------------------------------------------
// Fonts: HarfBuzz reads and rewrites them before libharu (media/font_program.h).

TEST_F(MediaInput, FontWithCorruptCmapOffsetsIsRefused) {
  std::string font = Slurp(kFont);
  size_t cmap = Be32(font, TableRecord(font, "cmap") + 8);
  // Every encoding record's subtable offset points past the end of the file.
  for (size_t i = 0; i < 3; ++i) PutBe32(&font, cmap + 4 + 8 * i + 4, 0x7FFFFFF0);
  StyleWithFont(font);
  ExpectFontRefused("its character map (cmap) maps no Unicode characters");
}

TEST_F(MediaInput, FontWithOneCorruptCmapOffsetRendersFromTheOthers) {
  std::string font = Slurp(kFont);
  size_t cmap = Be32(font, TableRecord(font, "cmap") + 8);
  PutBe32(&font, cmap + 8, 0x7FFFFFF0);
  StyleWithFont(font);
  Outcome r = Render("pdf");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Pdftotext(dir_ / "out" / "report.pdf").substr(0, 13), "This quarter.");
}

TEST_F(MediaInput, FontWithTooFewGlyphsIsRefused) {
  std::string font = Slurp(kFont);
  size_t maxp = Be32(font, TableRecord(font, "maxp") + 8);
  font[maxp + 4] = 0;  // numGlyphs 3: the cmap maps only glyphs past it
  font[maxp + 5] = 3;
  StyleWithFont(font);
  ExpectFontRefused("its character map (cmap) maps no character of the BMP");
}

TEST_F(MediaInput, FontWithTooManyGlyphsRenders) {
  std::string font = Slurp(kFont);
  size_t maxp = Be32(font, TableRecord(font, "maxp") + 8);
  font[maxp + 4] = '\xFF';  // numGlyphs 65535, loca has 2,600: HarfBuzz
  font[maxp + 5] = '\xFF';  // treats the rest as empty and writes it consistent
  StyleWithFont(font);
  Outcome r = Render("pdf");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Pdftotext(dir_ / "out" / "report.pdf").substr(0, 13), "This quarter.");
}

TEST_F(MediaInput, FontWithCmapAtTheEndOfTheFileIsRefused) {
  std::string font = Slurp(kFont);
  PutBe32(&font, TableRecord(font, "cmap") + 8, static_cast<uint32_t>(font.size() - 2));
  StyleWithFont(font);
  ExpectFontRefused("its character map (cmap) maps no Unicode characters");
}

TEST_F(MediaInput, OpenTypeCffFontIsRefusedWithAClearMessage) {
  // Liberation with its glyf table renamed to CFF: what HarfBuzz sees in an
  // .otf with PostScript outlines (no glyf, a CFF table).
  std::string font = Slurp(kFont);
  font.replace(TableRecord(font, "glyf"), 4, "CFF ");
  StyleWithFont(font);
  ExpectFontRefused("it has PostScript (CFF) outlines, and PDF output needs TrueType "
                    "(glyf) outlines; use the .ttf version of the font");
}

TEST_F(MediaInput, NotAFontIsRefused) {
  StyleWithFont(std::string(4096, 'x'));
  ExpectFontRefused("it is not a TrueType or OpenType font");
}

TEST_F(MediaInput, FontEncodingsAreWhatPdfUaAllows) {
  // Matterhorn 31-022 (no /.notdef in /Differences), 31-028 and 31-029 (no
  // glyph mapped to U+0000, U+FEFF or U+FFFE), for both kinds of font.
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><p>Caf\xC3\xA9 \xC5\x81\xC3\xB3"
                 "d\xC5\xBA</p></report>\n");
  Outcome r = Render("pdf");
  ASSERT_EQ(r.code, 0) << r.err;
  std::string qdf = Output("qpdf --qdf --object-streams=disable " +
                           (dir_ / "out" / "report.pdf").string() + " -");
  EXPECT_NE(qdf.find("/Encoding /WinAnsiEncoding"), std::string::npos);
  EXPECT_EQ(qdf.find("/Differences"), std::string::npos);
  EXPECT_NE(qdf.find("<0001> <00FF> <0001>"), std::string::npos);
  EXPECT_NE(qdf.find("<FE00> <FEFE> <FE00>"), std::string::npos);
  EXPECT_NE(qdf.find("<FF00> <FFFD> <FF00>"), std::string::npos);
  EXPECT_EQ(qdf.find("<0000> <00FF>"), std::string::npos);
}

// ---------------------------------------------------------------------------
// Images: decoded by clerk (media/image.h), raw pixels to libharu.

TEST_F(MediaInput, InterlacedRgbaPngRendersWithASoftMask) {
  std::string pdf = ExpectImageRenders("interlaced-rgba.png");
  EXPECT_NE(pdf.find("/SMask"), std::string::npos);
}

TEST_F(MediaInput, BatchWithAnInterlacedRgbaPngRendersEveryRecord) {
  // Issue 9: this image aborted the whole batch ("double free detected")
  // and no --report was written.
  Write("chart.png", Slurp(std::string(kImages) + "interlaced-rgba.png"));
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><p>Chart.</p>\n<image src=\"chart.png\" "
                 "alt=\"A chart\"/></report>\n");
  for (int i = 1; i <= 3; ++i) {
    Write("records/r" + std::to_string(i) + ".xml", "<record id=\"" + std::to_string(i) + "\"/>\n");
  }
  Outcome r = Clerk("batch " + (dir_ / "t.xml").string() + " --records " +
                    (dir_ / "records").string() + " --record-data rec --format pdf,docx --jobs 2 --out " +
                    (dir_ / "batch").string() + " --report " + (dir_ / "batch.json").string());
  EXPECT_EQ(r.code, 0) << r.err;
  for (int i = 1; i <= 3; ++i) {
    EXPECT_TRUE(fs::exists(dir_ / "batch" / ("r" + std::to_string(i) + ".pdf"))) << i;
    EXPECT_TRUE(fs::exists(dir_ / "batch" / ("r" + std::to_string(i) + ".docx"))) << i;
  }
  const std::string report = Slurp(dir_ / "batch.json");
  EXPECT_NE(report.find("r3.pdf"), std::string::npos) << report;
  EXPECT_EQ(report.find("failed"), std::string::npos) << report;
}

TEST_F(MediaInput, InterlacedGreyPngRenders) {
  std::string pdf = ExpectImageRenders("interlaced-grey.png");
  EXPECT_NE(pdf.find("/DeviceGray"), std::string::npos);
  EXPECT_EQ(pdf.find("/SMask"), std::string::npos);
}

TEST_F(MediaInput, SixteenBitPngRenders) { ExpectImageRenders("rgb16.png"); }

TEST_F(MediaInput, PalettePngRenders) { ExpectImageRenders("palette.png"); }

TEST_F(MediaInput, GreyAlphaPngRendersWithASoftMask) {
  std::string pdf = ExpectImageRenders("grey-alpha.png");
  EXPECT_NE(pdf.find("/SMask"), std::string::npos);
}

TEST_F(MediaInput, CmykJpegRenders) {
  std::string pdf = ExpectImageRenders("cmyk.jpg");
  EXPECT_NE(pdf.find("/DeviceCMYK"), std::string::npos);
}

TEST_F(MediaInput, ProgressiveJpegRenders) { ExpectImageRenders("progressive.jpg"); }

TEST_F(MediaInput, JpegWith70KiBOfMetadataBeforeSofRenders) {
  std::string jpeg = Slurp(std::string(kImages) + "grey.jpg");
  std::string app;
  for (int i = 0; i < 2; ++i) {  // two APP1 segments of 35 KiB after SOI
    const size_t len = 35 * 1024;
    app += "\xFF\xE1";
    app += static_cast<char>((len + 2) >> 8);
    app += static_cast<char>((len + 2) & 0xFF);
    app += std::string(len, 'm');
  }
  jpeg.insert(2, app);
  Write("big-exif.jpg", jpeg);
  ExpectImageRenders("big-exif.jpg");
}

TEST_F(MediaInput, HugePngIsRefusedByThePixelBudget) {
  // 30000 x 30000 grey: refused from its header, before any pixel is read.
  std::string ihdr(13, '\0');
  PutBe32(&ihdr, 0, 30000);
  PutBe32(&ihdr, 4, 30000);
  ihdr[8] = 8;  // bit depth; colour type 0 (grey)
  std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + PngChunk("IHDR", ihdr) +
                    PngChunk("IDAT", std::string("\x78\x9c\x03\x00\x00\x00\x00\x01", 8)) +
                    PngChunk("IEND", "");
  Write("huge.png", png);
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><p>Chart.</p>\n<image src=\"huge.png\" "
                 "alt=\"A chart\"/></report>\n");
  for (const char* format : {"pdf", "docx"}) {
    auto before = Snapshot();
    Outcome r = Render(format);
    EXPECT_EQ(r.code, 1) << r.err;
    EXPECT_EQ(FirstLine(r.err), (dir_ / "t.xml").string() + ":2:1: error: the image " +
                                    (dir_ / "huge.png").string() +
                                    " is 30000x30000 pixels, more than the limit of 40 "
                                    "megapixels; scale it down")
        << format;
    EXPECT_EQ(Snapshot(), before) << format;
  }
}

// ---------------------------------------------------------------------------
// PDF layout limits.

TEST_F(MediaInput, DocumentOverThePageLimitIsRefused) {
  std::string data = "<d>";
  for (int i = 0; i < 10'001; ++i) data += "<r/>";
  Write("d.xml", data + "</d>\n");
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><for-each select=\"$d/r\"><p>x</p>"
                 "<page-break/></for-each></report>\n");
  auto before = Snapshot();
  Outcome r = Render("pdf", " --data d=" + (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(FirstLine(r.err),
            "error: the PDF would have 10001 pages, more than the limit of 10000 pages; "
            "split the report");
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(MediaInput, OneMegabyteUnbrokenTableCellRenders) {
  Write("d.xml", "<d><w>" + std::string(1'000'000, 'x') + "</w></d>\n");
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><table><row><cell>a</cell>"
                 "<cell>{$d/w}</cell></row></table></report>\n");
  Outcome r = Render("pdf", " --data d=" + (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 0) << r.err;
  std::string text = Pdftotext(dir_ / "out" / "report.pdf");
  size_t xs = 0;
  for (char c : text) xs += c == 'x';
  EXPECT_EQ(xs, 1'000'000u) << "every character is on a page";
}

TEST_F(MediaInput, HundredThousandCharacterTitleRenders) {
  std::string title(100'000, 'T');
  Write("d.xml", "<d><s>" + title + "</s></d>\n");
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><meta title=\"{$d/s}\"/>"
                 "<section title=\"{$d/s}\"><p>x</p></section></report>\n");
  Write("s/s.xml", "<style><header left=\"{title}\"/></style>\n");  // and in the header
  Outcome r = Render("pdf,docx", " --data d=" + (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 0) << r.err;
  // /Title and the outline entry keep 1,000 characters and an ellipsis.
  const std::string kept = std::string(1'000, 'T') + "\xE2\x80\xA6\n";
  EXPECT_EQ(Output("pdfinfo " + (dir_ / "out" / "report.pdf").string() + " | grep '^Title:'"),
            "Title:           " + kept);
  std::string outline = Output("mutool show " + (dir_ / "out" / "report.pdf").string() +
                               " outline");
  // The outline entry has the section number before it.
  EXPECT_NE(outline.find("\"1. " + std::string(997, 'T') + "\xE2\x80\xA6\""), std::string::npos)
      << outline.substr(0, 200);
  // The header keeps three lines of it. On page 2 the header's lines start
  // at the left margin and the section title's, after its number, further
  // right: three words (lines of T's) start at the smallest x.
  std::string page2 =
      Output("pdftotext -f 2 -l 2 -bbox " + (dir_ / "out" / "report.pdf").string() + " -");
  std::vector<double> xs;
  for (size_t at = page2.find("xMin=\""); at != std::string::npos; at = page2.find("xMin=\"", at + 1)) {
    xs.push_back(std::stod(page2.substr(at + 6)));
  }
  ASSERT_FALSE(xs.empty());
  const double left = *std::min_element(xs.begin(), xs.end());
  EXPECT_EQ(std::count_if(xs.begin(), xs.end(), [&](double x) { return x < left + 1; }), 3);
}

TEST_F(MediaInput, FiveMegabyteSectionTitleStopsAtTheValueLimit) {
  // Issue 9: a 5 MB section title took >120 s and 7.5 GB. One computed value
  // is at most 1 MiB (merge's limit), so it stops there at once.
  std::string title;
  while (title.size() < 5u << 20) title += "Title words ";
  Write("d.xml", "<d><s>" + title + "</s></d>\n");
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><section title=\"{$d/s}\"><p>x</p>"
                 "</section></report>\n");
  auto before = Snapshot();
  Outcome r = Render("pdf", " --data d=" + (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(FirstLine(r.err), (dir_ / "t.xml").string() +
                                  ":1:55: error: the value of '$d/s' is longer than 1 MiB (the "
                                  "limit for one computed value)");
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(MediaInput, SectionTitleJustUnderTheValueLimitRenders) {
  // The PDF's own path for a title that long: the outline and document
  // information are cut, the page prints it all, in linear time.
  std::string title;
  while (title.size() + 12 < 1000u * 1000u) title += "Title words ";
  Write("d.xml", "<d><s>" + title + "</s></d>\n");
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><section title=\"{$d/s}\"><p>x</p>"
                 "</section></report>\n");
  Outcome r = Render("pdf", " --data d=" + (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 0) << r.err;
}

TEST_F(MediaInput, HundredThousandCharacterUrlIsRefusedAtTheLink) {
  Write("d.xml", "<d><u>https://example.org/" + std::string(100'000, 'a') + "</u></d>\n");
  Write("t.xml", "<report xmlns=\"urn:clerk:template:1\"><p>\n<link href=\"{$d/u}\">the plan</link>"
                 "</p></report>\n");
  auto before = Snapshot();
  Outcome r = Render("pdf", " --data d=" + (dir_ / "d.xml").string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(FirstLine(r.err), (dir_ / "t.xml").string() +
                                  ":2:21: error: the link target is 100020 bytes long, more "
                                  "than the limit of 8000 bytes");
  EXPECT_EQ(Snapshot(), before);
}

}  // namespace
