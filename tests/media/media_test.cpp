// media/: images decoded to the pixels the renderers embed, fonts checked
// and rewritten by HarfBuzz with the metrics layout uses.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "base/limits.h"
#include "media/font_program.h"
#include "media/image.h"

namespace clerk::media {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The seeds are 24 x 16: a red-to-blue gradient (top to bottom) whose
// top-left 12 x 8 quarter is transparent where the format has alpha.
Image Decode(const std::string& name) {
  std::string path = "fuzz/seeds/fuzz_image/" + name;
  auto img = DecodeImage(path, Slurp(path));
  EXPECT_TRUE(img.ok()) << img.status().message();
  if (!img.ok()) return Image{};
  EXPECT_EQ(img->width, 24) << name;
  EXPECT_EQ(img->height, 16) << name;
  EXPECT_EQ(img->pixels.size(), size_t{24 * 16} * static_cast<size_t>(img->components)) << name;
  return *img;
}

unsigned char At(const std::string& plane, size_t i) { return static_cast<unsigned char>(plane[i]); }

TEST(Image, InterlacedRgbaPngHasItsAlphaAsAPlane) {
  Image img = Decode("interlaced-rgba.png");
  EXPECT_EQ(img.components, 3);
  ASSERT_EQ(img.alpha.size(), 24u * 16u);
  EXPECT_EQ(At(img.alpha, 0), 0);              // top left: transparent
  EXPECT_EQ(At(img.alpha, 24 * 16 - 1), 255);  // bottom right: opaque
  EXPECT_GT(At(img.pixels, 0), 200);           // top row red
  EXPECT_GT(At(img.pixels, (24 * 16 - 1) * 3 + 2), 200);  // bottom row blue
}

TEST(Image, GreyPngsAreOneComponent) {
  EXPECT_EQ(Decode("interlaced-grey.png").components, 1);
  Image ga = Decode("grey-alpha.png");
  EXPECT_EQ(ga.components, 1);
  EXPECT_EQ(ga.alpha.size(), 24u * 16u);
}

TEST(Image, SixteenBitAndPalettePngsBecomeEightBitRgb) {
  Image rgb16 = Decode("rgb16.png");
  EXPECT_EQ(rgb16.components, 3);
  EXPECT_TRUE(rgb16.alpha.empty());
  EXPECT_GT(At(rgb16.pixels, 0), 200);
  Image pal = Decode("palette.png");
  EXPECT_EQ(pal.components, 3);
  EXPECT_TRUE(pal.alpha.empty());
}

TEST(Image, SixteenBitPngHasTheSameColoursAsEightBit) {
  // No gamma conversion: a 16-bit file without gAMA is not taken as linear
  // light (libpng's simplified API would brighten its mid-tones).
  Image rgb16 = Decode("rgb16.png"), rgba8 = Decode("interlaced-rgba.png");
  ASSERT_EQ(rgb16.pixels.size(), rgba8.pixels.size());
  for (size_t i = (8 * 24 + 12) * 3; i < rgb16.pixels.size(); i += 31) {  // opaque part
    EXPECT_NEAR(At(rgb16.pixels, i), At(rgba8.pixels, i), 2) << i;
  }
}

TEST(Image, JpegsDecode) {
  Image prog = Decode("progressive.jpg");
  EXPECT_EQ(prog.format, ImageFormat::kJpeg);
  EXPECT_EQ(prog.components, 3);
  EXPECT_GT(At(prog.pixels, 0), 200);  // red at the top
  EXPECT_EQ(Decode("grey.jpg").components, 1);
}

TEST(Image, AdobeCmykJpegIsUninverted) {
  // The file stores Adobe's inverted CMYK; the pixels are plain CMYK, so
  // the red top row has little cyan and much magenta.
  Image cmyk = Decode("cmyk.jpg");
  ASSERT_EQ(cmyk.components, 4);
  EXPECT_LT(At(cmyk.pixels, 0), 40);   // C
  EXPECT_GT(At(cmyk.pixels, 1), 200);  // M
}

TEST(Image, PixelBudgetRefusesBeforeDecoding) {
  EXPECT_EQ(internal::CheckPixelBudget("x.png", 30000, 30000).message(),
            "the image x.png is 30000x30000 pixels, more than the limit of 40 megapixels; "
            "scale it down");
  EXPECT_TRUE(internal::CheckPixelBudget("x.png", 8000, 5000).ok());
  EXPECT_FALSE(internal::CheckPixelBudget("x.png", 8000, 5001).ok());
}

TEST(Image, DamagedAndUnknownImagesAreRefused) {
  std::string png = Slurp("fuzz/seeds/fuzz_image/palette.png");
  auto truncated = DecodeImage("t.png", png.substr(0, png.size() / 2));
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().message().rfind("the PNG image t.png is damaged: ", 0), 0u)
      << truncated.status().message();
  std::string jpeg = Slurp("fuzz/seeds/fuzz_image/grey.jpg");
  auto bad = DecodeImage("t.jpg", jpeg.substr(0, 40));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("the JPEG image t.jpg is damaged: ", 0), 0u)
      << bad.status().message();
  EXPECT_EQ(DecodeImage("t.gif", "GIF89a").status().message(),
            "the image t.gif is neither PNG nor JPEG");
}

TEST(Image, FuzzedJpegWithTwoFramesIsRefused) {
  // Found by fuzz_image (a "slow unit", 2026-11-25): 399 bytes whose second
  // SOF declares 4096 x 6144 CMYK, within the pixel budget, so the 100 MB
  // of pixels are allocated before libjpeg finds the file bad (0.4 s; 3 to
  // 15 s under ASan on a loaded machine).
  std::string path = "fuzz/seeds/fuzz_image/fuzz-two-sof-25mp.jpg";
  auto img = DecodeImage(path, Slurp(path));
  ASSERT_FALSE(img.ok());
  EXPECT_EQ(img.status().message(),
            "the JPEG image " + path + " is damaged: Invalid JPEG file structure: two SOF markers");
}

const char kSans[] = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";

TEST(Font, LiberationKeepsItsMetricsAndLosesItsLayoutTables) {
  std::string bytes = Slurp(kSans);
  auto font = SanitiseFont(kSans, bytes);
  ASSERT_TRUE(font.ok()) << font.status().message();
  EXPECT_EQ((*font)->units_per_em, 2048);
  EXPECT_EQ((*font)->ascender, 1854);
  EXPECT_EQ((*font)->descender, -434);
  EXPECT_EQ((*font)->advances['a'], 1139);
  EXPECT_EQ((*font)->advances[' '], 569);
  EXPECT_EQ((*font)->advances[0x4E2D], FontProgram::kMissing);  // no CJK
  const std::string& out = (*font)->bytes;
  EXPECT_LT(out.size(), bytes.size());
  EXPECT_EQ(out.find("GSUB"), std::string::npos);
  EXPECT_EQ(out.find("GPOS"), std::string::npos);
  EXPECT_NE(out.find("glyf"), std::string::npos);
  // The rewrite is itself a good font, and rewriting it changes nothing.
  auto again = SanitiseFont("again", out);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ((*again)->advances, (*font)->advances);
}

TEST(Font, CacheIsKeyedByContent) {
  std::string bytes = Slurp(kSans);
  auto a = LoadFontProgram("same-path.ttf", bytes);
  auto b = LoadFontProgram("same-path.ttf", bytes);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->get(), b->get());
  auto c = LoadFontProgram("same-path.ttf", "not a font");
  EXPECT_FALSE(c.ok());
}

TEST(Font, TooLargeIsRefused) {
  auto font = SanitiseFont("big.ttf", std::string(limits::kMaxFontFileBytes + 1, '\0'));
  EXPECT_EQ(font.status().message(), "font file big.ttf cannot be used: it is larger than 32 MiB");
}

}  // namespace
}  // namespace clerk::media
