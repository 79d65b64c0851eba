// PNG through libpng: palettes, tRNS and low bit depths expanded, 16-bit
// samples cut to their high byte, Adam7 de-interlaced. No gamma or colour
// conversion: the samples are what the file holds, as viewers without
// colour management show them (libpng's simplified API would treat a
// 16-bit file without a gAMA chunk as linear light and brighten it).
//
// libpng reports errors by calling the error callback, which must not
// return; it longjmps back here. Nothing with a destructor lives in
// Decode's frame or in the libpng frames it leaves, and nothing Decode
// changes after setjmp is read after the jump.
#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>

#include "base/limits.h"
#include "media/image.h"

namespace clerk::media::internal {

namespace {

struct PngState {
  char message[256];
  const unsigned char* data;
  size_t size, pos;
  bool too_many_pixels;
  png_uint_32 width, height;
};

extern "C" void OnPngError(png_structp png, png_const_charp msg) {
  auto* st = static_cast<PngState*>(png_get_error_ptr(png));
  std::snprintf(st->message, sizeof st->message, "%s", msg);
  png_longjmp(png, 1);
}

extern "C" void OnPngWarning(png_structp, png_const_charp) {}

extern "C" void OnPngRead(png_structp png, png_bytep out, png_size_t n) {
  auto* st = static_cast<PngState*>(png_get_io_ptr(png));
  if (n > st->size - st->pos) png_error(png, "the file ends early");
  std::memcpy(out, st->data + st->pos, n);
  st->pos += n;
}

// Decodes into out->pixels with out->components + alpha interleaved
// (1 grey, 2 grey + alpha, 3 RGB, 4 RGBA); *channels says which.
bool Decode(PngState* st, Image* out, int* channels) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, st, OnPngError, OnPngWarning);
  if (png == nullptr) return false;
  png_infop info = png_create_info_struct(png);
  if (info == nullptr) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    return false;
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return false;
  }
  png_set_read_fn(png, st, OnPngRead);
  // Text, ICC and other ancillary chunks: at most 8 MB each, 1000 of them.
  png_set_chunk_malloc_max(png, 8u << 20);
  png_set_chunk_cache_max(png, 1000);
  png_read_info(png, info);
  st->width = png_get_image_width(png, info);
  st->height = png_get_image_height(png, info);
  if (static_cast<unsigned long long>(st->width) * st->height > limits::kMaxImagePixels) {
    st->too_many_pixels = true;
    png_destroy_read_struct(&png, &info, nullptr);
    return false;
  }
  png_set_expand(png);
  png_set_strip_16(png);
  const int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  *channels = png_get_channels(png, info);
  const size_t stride = png_get_rowbytes(png, info);
  if (png_get_bit_depth(png, info) != 8 || *channels < 1 || *channels > 4 ||
      stride != size_t{st->width} * static_cast<size_t>(*channels)) {
    png_error(png, "unexpected sample layout");
  }
  out->width = static_cast<int>(st->width);
  out->height = static_cast<int>(st->height);
  out->pixels.assign(stride * st->height, '\0');
  auto* base = reinterpret_cast<png_bytep>(&out->pixels[0]);
  for (int p = 0; p < passes; ++p) {
    for (png_uint_32 y = 0; y < st->height; ++y) png_read_row(png, base + stride * y, nullptr);
  }
  png_read_end(png, nullptr);
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

}  // namespace

Result<Image> DecodePng(const std::string& path, std::string_view bytes) {
  PngState st;
  std::memset(&st, 0, sizeof st);
  st.data = reinterpret_cast<const unsigned char*>(bytes.data());
  st.size = bytes.size();
  Image img;
  img.format = ImageFormat::kPng;
  int channels = 0;
  if (!Decode(&st, &img, &channels)) {
    if (st.too_many_pixels) return CheckPixelBudget(path, st.width, st.height);
    return Status::Error("the PNG image " + path + " is damaged: " +
                         (st.message[0] != 0 ? st.message : "libpng cannot read it"));
  }
  const bool alpha = channels == 2 || channels == 4;
  img.components = alpha ? channels - 1 : channels;
  if (!alpha) return img;
  // Split the interleaved alpha into its own plane (a PDF soft mask).
  const size_t n = size_t{st.width} * st.height, c = static_cast<size_t>(img.components);
  std::string color(n * c, '\0');
  img.alpha.assign(n, '\0');
  bool opaque = true;
  for (size_t i = 0; i < n; ++i) {
    std::memcpy(&color[i * c], &img.pixels[i * (c + 1)], c);
    img.alpha[i] = img.pixels[i * (c + 1) + c];
    opaque = opaque && static_cast<unsigned char>(img.alpha[i]) == 0xFF;
  }
  img.pixels = std::move(color);
  if (opaque) img.alpha.clear();
  return img;
}

}  // namespace clerk::media::internal
