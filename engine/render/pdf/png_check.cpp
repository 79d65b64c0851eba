#include "render/pdf/png_check.h"

#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>

namespace clerk::render::pdf {

namespace {

struct PngState {
  char message[256];
  png_bytep row;  // in memory, not a local: it must survive longjmp
};

extern "C" void OnPngError(png_structp png, png_const_charp msg) {
  auto* st = static_cast<PngState*>(png_get_error_ptr(png));
  std::snprintf(st->message, sizeof st->message, "%s", msg);
  png_longjmp(png, 1);
}

extern "C" void OnPngWarning(png_structp, png_const_charp) {}

// Plain C-style decoding: nothing with a destructor lives across setjmp.
bool Decode(FILE* f, PngState* st) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, st, OnPngError, OnPngWarning);
  if (png == nullptr) return false;
  png_infop info = png_create_info_struct(png);
  st->row = nullptr;
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_free(png, st->row);
    st->row = nullptr;
    png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    return false;
  }
  png_init_io(png, f);
  png_read_info(png, info);
  int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  png_size_t rowbytes = png_get_rowbytes(png, info);
  png_uint_32 height = png_get_image_height(png, info);
  st->row = static_cast<png_bytep>(png_malloc(png, rowbytes));
  for (int p = 0; p < passes; ++p) {
    for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, st->row, nullptr);
  }
  png_read_end(png, nullptr);
  png_free(png, st->row);
  st->row = nullptr;
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

}  // namespace

bool PngDecodes(const std::string& path, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = "cannot open the image " + path;
    return false;
  }
  PngState st;
  std::memset(&st, 0, sizeof st);
  bool ok = Decode(f, &st);
  std::fclose(f);
  if (!ok) *error = "the PNG image " + path + " is damaged: " + st.message;
  return ok;
}

}  // namespace clerk::render::pdf
