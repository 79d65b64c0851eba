// JPEG through libjpeg-turbo: baseline and progressive, grey, YCbCr, RGB,
// CMYK and YCCK. Markers before SOF are skipped, however large.
//
// libjpeg reports errors by calling error_exit, which must not return; it
// longjmps back here. Nothing with a destructor lives in Decode's frame or
// in the libjpeg frames it leaves, so the jump skips no destructor.
#include <csetjmp>
#include <cstddef>
#include <cstdio>
#include <cstring>

#include <jpeglib.h>  // after <cstdio>: it needs size_t and FILE

#include "base/limits.h"
#include "media/image.h"

namespace clerk::media::internal {

namespace {

// Progressive JPEGs may have any number of scans, each a pass over every
// coefficient; a real one has about ten.
constexpr int kMaxScans = 1000;

struct JpegState {
  jpeg_error_mgr err;
  jpeg_progress_mgr progress;
  jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
  bool too_many_pixels;
  unsigned long long width, height;
};

extern "C" void OnJpegError(j_common_ptr cinfo) {
  auto* st = reinterpret_cast<JpegState*>(cinfo->err);
  if (st->message[0] == 0) (*cinfo->err->format_message)(cinfo, st->message);
  std::longjmp(st->jump, 1);
}

extern "C" void OnJpegMessage(j_common_ptr, int) {}  // warnings: ignore

extern "C" void OnJpegProgress(j_common_ptr cinfo) {
  if (!cinfo->is_decompressor) return;
  auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
  if (d->input_scan_number > kMaxScans) {
    auto* st = reinterpret_cast<JpegState*>(cinfo->err);
    std::snprintf(st->message, sizeof st->message, "it has more than %d scans", kMaxScans);
    std::longjmp(st->jump, 1);
  }
}

// C-style: see the file comment.
bool Decode(JpegState* st, const unsigned char* data, unsigned long size, Image* out) {
  jpeg_decompress_struct cinfo;
  std::memset(&cinfo, 0, sizeof cinfo);
  cinfo.err = jpeg_std_error(&st->err);
  st->err.error_exit = OnJpegError;
  st->err.emit_message = OnJpegMessage;
  if (setjmp(st->jump)) {
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  jpeg_create_decompress(&cinfo);
  st->progress.progress_monitor = OnJpegProgress;
  cinfo.progress = &st->progress;
  jpeg_mem_src(&cinfo, data, size);
  jpeg_read_header(&cinfo, TRUE);
  st->width = cinfo.image_width;
  st->height = cinfo.image_height;
  if (st->width * st->height > limits::kMaxImagePixels) {
    st->too_many_pixels = true;
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  const bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
  cinfo.out_color_space = cmyk ? JCS_CMYK : cinfo.num_components == 1 ? JCS_GRAYSCALE : JCS_RGB;
  jpeg_start_decompress(&cinfo);
  const size_t stride = size_t{cinfo.output_width} * static_cast<size_t>(cinfo.output_components);
  out->width = static_cast<int>(cinfo.output_width);
  out->height = static_cast<int>(cinfo.output_height);
  out->components = cinfo.output_components;
  out->pixels.assign(stride * cinfo.output_height, '\0');
  while (cinfo.output_scanline < cinfo.output_height) {
    JSAMPROW row = reinterpret_cast<JSAMPROW>(&out->pixels[stride * cinfo.output_scanline]);
    jpeg_read_scanlines(&cinfo, &row, 1);
  }
  // Adobe applications write CMYK inverted, and say so with an APP14 marker.
  if (cmyk && cinfo.saw_Adobe_marker) {
    for (char& c : out->pixels) c = static_cast<char>(255 - static_cast<unsigned char>(c));
  }
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  return true;
}

}  // namespace

Result<Image> DecodeJpeg(const std::string& path, std::string_view bytes) {
  JpegState st;
  std::memset(&st, 0, sizeof st);
  Image img;
  img.format = ImageFormat::kJpeg;
  if (!Decode(&st, reinterpret_cast<const unsigned char*>(bytes.data()),
              static_cast<unsigned long>(bytes.size()), &img)) {
    if (st.too_many_pixels) return CheckPixelBudget(path, st.width, st.height);
    return Status::Error("the JPEG image " + path + " is damaged: " + st.message);
  }
  if (img.components != 1 && img.components != 3 && img.components != 4) {
    return Status::Error("the JPEG image " + path + " has " +
                         std::to_string(img.components) + " colour components");
  }
  return img;
}

}  // namespace clerk::media::internal
