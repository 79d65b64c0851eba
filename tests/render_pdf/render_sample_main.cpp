// A small tool for looking at the renderer's output by hand:
//   render_pdf_sample OUT.pdf [rows] [long_paragraphs] [appendix] [welsh]
// With CLERK_PDF_BENCH=N it renders N times and prints the time per render.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "render/pdf/pdf_renderer.h"
#include "render_pdf/sample_document.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s OUT.pdf [rows] [long] [appendix] [welsh]\n", argv[0]);
    return 2;
  }
  clerk::testing::SampleOptions o;
  if (argc > 2) o.action_rows = std::atoi(argv[2]);
  if (argc > 3) o.long_paragraphs = std::atoi(argv[3]);
  if (argc > 4) o.appendix = std::atoi(argv[4]) != 0;
  if (argc > 5) o.welsh = std::atoi(argv[5]) != 0;
  auto doc = clerk::testing::SampleReport(o);
  auto style = clerk::model::DefaultStyle();
  clerk::Diagnostics diags;
  std::string out;
  clerk::Status st = clerk::render::RenderPdf(doc, style, {}, &diags, &out);
  std::fputs(diags.ToString().c_str(), stderr);
  if (!st.ok()) {
    std::fprintf(stderr, "error: %s\n", st.message().c_str());
    return 1;
  }
  if (const char* bench = std::getenv("CLERK_PDF_BENCH")) {
    int n = std::atoi(bench);
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) {
      clerk::Diagnostics d;
      std::string o2;
      if (!clerk::render::RenderPdf(doc, style, {}, &d, &o2).ok()) return 1;
    }
    double ms = std::chrono::duration<double, std::milli>(
                    std::chrono::steady_clock::now() - t0).count() / n;
    std::printf("%d renders: %.2f ms per render (%.0f/s), %zu bytes\n", n, ms,
                1000 / ms, out.size());
  }
  std::ofstream(argv[1], std::ios::binary) << out;
  return out.empty() ? 1 : 0;
}
