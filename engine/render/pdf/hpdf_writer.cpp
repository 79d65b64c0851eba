#include "render/pdf/hpdf_writer.h"

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "base/limits.h"
#include "base/utf8.h"
#include "render/pdf/cp1252.h"
#include "render/pdf/font_embed.h"
#include "render/pdf/hpdf_resources.h"
#include "render/pdf/image_info.h"
#include "render/pdf/pdf_structure.h"
#include "render/pdf/to_unicode.h"

namespace clerk::render::pdf {

namespace {

// What libharu 2.3.0 writes as the Info /Producer; the XMP repeats it.
constexpr const char* kProducer = "Haru Free PDF Library 2.3.0";

struct ErrorState {
  HPDF_STATUS error = 0;
  HPDF_STATUS detail = 0;
};

extern "C" void OnHpdfError(HPDF_STATUS error_no, HPDF_STATUS detail_no,
                            void* user_data) {
  auto* s = static_cast<ErrorState*>(user_data);
  if (s->error == 0) {
    s->error = error_no;
    s->detail = detail_no;
  }
}

// 128-bit FNV-1a style digest (two 64-bit lanes) for the document ID.
struct Digest {
  uint64_t a = 1469598103934665603ull, b = 7809847782465536322ull;
  void Add(const std::string& s) {
    for (unsigned char c : s) {
      a = (a ^ c) * 1099511628211ull;
      b = (b ^ c) * 0x100000001b3ull + 0x9E3779B97F4A7C15ull;
    }
  }
  void Bytes(HPDF_BYTE out[16]) const {
    for (int i = 0; i < 8; ++i) {
      out[i] = static_cast<HPDF_BYTE>(a >> (56 - 8 * i));
      out[8 + i] = static_cast<HPDF_BYTE>(b >> (56 - 8 * i));
    }
  }
};

struct Anchor {
  size_t page = 0;
  double top = 0;  // PDF y
};

struct PendingLink {
  size_t page = 0;
  HPDF_Rect rect{};
  std::string uri, target;
  int slot = 0;  // PdfStructure::ReserveLink
};

class Writer {
 public:
  explicit Writer(const FontSet& fonts) : fonts_(fonts) {}
  ~Writer() {
    if (pdf_ != nullptr) HPDF_Free(pdf_);
  }

  Status Write(const std::vector<Page>& pages,
               const std::vector<StructElem>& elems, const DocInfo& info,
               std::string* out);

 private:
  Status Check(const char* what) {
    if (err_.error == 0) return Status::Ok();
    char buf[160];
    std::snprintf(buf, sizeof buf, "libharu error 0x%04X (detail %u) while %s",
                  static_cast<unsigned>(err_.error),
                  static_cast<unsigned>(err_.detail), what);
    return Status::Error(buf);
  }
  const char* FontName(int face);
  HPDF_Font Font(int face, bool cid);
  void DrawText(HPDF_Page page, const Op& op, double y);
  // The Td operator that moves the text line start to (x, y).
  std::string MoveTextTo(double x, double y);
  void DrawPage(size_t index, const Page& page);
  void Links();
  void Outline(const std::vector<Page>& pages);
  void Info(const DocInfo& info);

  const FontSet& fonts_;
  PdfStructure* tags_ = nullptr;
  HPDF_Doc pdf_ = nullptr;
  ErrorState err_;
  std::map<std::string, const char*> font_names_;  // by file path
  std::array<HPDF_Font, 4> ansi_{}, cid_{};
  std::map<std::string, HPDF_Image> images_;
  std::string image_error_;  // an image that changed since layout read it
  std::vector<HPDF_Page> hpages_;
  std::map<std::string, Anchor> anchors_;
  std::vector<PendingLink> links_;
  Digest digest_;
  // Graphics state of the page being drawn.
  HPDF_Font cur_font_ = nullptr;
  double cur_size_ = 0;
  long line_x_ = 0, line_y_ = 0;  // start of the text line (Td) in a BT, 1/10000 pt
};

const char* Writer::FontName(int face) {
  const std::string& path = fonts_.path(face);
  auto it = font_names_.find(path);
  if (it != font_names_.end()) return it->second;
  // The sanitised program, never the user's file (hpdf_resources.h).
  const char* name = LoadTrueTypeFont(pdf_, fonts_.metrics(face).program());
  font_names_[path] = name;
  return name;
}

HPDF_Font Writer::Font(int face, bool cid) {
  HPDF_Font& slot = cid ? cid_[face] : ansi_[face];
  if (slot != nullptr) return slot;
  const char* name = FontName(face);
  if (name == nullptr) return nullptr;
  slot = HPDF_GetFont(pdf_, name, cid ? "UTF-8" : "CP1252");
  if (slot == nullptr) return nullptr;
  if (!cid && UseWinAnsiEncoding(pdf_) != HPDF_OK) return nullptr;
  // Replace libharu's ToUnicode (invalid for CID fonts, absent for simple
  // ones) with a correct map. The old stream stays unreferenced.
  HPDF_Dict cmap = HPDF_DictStream_New(pdf_->mmgr, pdf_->xref);
  if (cmap == nullptr) return nullptr;
  cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  std::string text = cid ? IdentityToUnicodeCMap() : Cp1252ToUnicodeCMap();
  HPDF_Stream_Write(cmap->stream, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                    static_cast<HPDF_UINT>(text.size()));
  HPDF_Dict_Add(slot, "ToUnicode", cmap);
  return slot;
}

void Writer::DrawText(HPDF_Page page, const Op& op, double y) {
  // The text is cut into chunks of one font (the CP1252 font, or the CID
  // font for other characters); each chunk is placed with Td and shown with
  // Tj, or with TJ when pairs inside it are kerned. The pen advances by the
  // same widths and kerning (FontSet) that layout measured with.
  const FontMetrics& m = fonts_.metrics(op.face);
  const double scale = op.size / 1000.0;
  std::string body, glyphs;  // TJ/Tj operand; what libharu counts glyphs of
  bool chunk_cid = false, kerned = false, open = false;
  double chunk_x = op.x, pen = op.x;
  char32_t prev = 0;
  auto close_string = [&] {
    if (open) body += chunk_cid ? '>' : ')';
    open = false;
  };
  auto flush = [&] {
    close_string();
    if (glyphs.empty()) return;
    HPDF_Font f = Font(op.face, chunk_cid);
    if (f != nullptr) {
      if (f != cur_font_ || op.size != cur_size_) {
        HPDF_Page_SetFontAndSize(page, f, static_cast<HPDF_REAL>(op.size));
        cur_font_ = f;
        cur_size_ = op.size;
      }
      // libharu embeds only the glyphs it has measured.
      HPDF_Font_TextWidth(f, reinterpret_cast<const HPDF_BYTE*>(glyphs.data()),
                          static_cast<HPDF_UINT>(glyphs.size()));
      std::string out = MoveTextTo(chunk_x, y);
      if (kerned) {
        out += '[';
        out += body;
        out += "] TJ\n";
      } else {
        out += body;
        out += " Tj\n";
      }
      const HPDF_STATUS st = WriteContent(page, out);
      if (st != HPDF_OK && err_.error == 0) err_.error = st;
    }
    body.clear();
    glyphs.clear();
    kerned = false;
  };
  const std::string& s = op.text;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const size_t n = DecodeUtf8(s, i, &cp);
    const unsigned char b = ToCp1252(cp);
    const bool cid = b == 0;
    const int kern = prev != 0 ? m.Kern(prev, cp) : 0;
    if (cid != chunk_cid || cp > 0xFFFF) flush();
    pen += kern * scale;
    if (cp > 0xFFFF) {  // not showable (reported as missing by layout)
      pen += fonts_.CharWidth(op.face, cp, op.size);
      prev = 0;
      i += n;
      continue;
    }
    if (glyphs.empty()) {
      chunk_cid = cid;
      chunk_x = pen;
    } else if (kern != 0) {
      close_string();
      char num[16];
      num[0] = ' ';
      auto [end, ec] = std::to_chars(num + 1, num + sizeof num - 1, -kern);
      *end++ = ' ';
      body.append(num, end);
      kerned = true;
    }
    if (!open) {
      body += cid ? '<' : '(';
      open = true;
    }
    if (cid) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
      body += hex;
      glyphs.append(s, i, n);
    } else {
      if (b == '(' || b == ')' || b == '\\') {
        body += '\\';
        body += static_cast<char>(b);
      } else if (b < 0x20 || b >= 0x7F) {
        char oct[8];
        std::snprintf(oct, sizeof oct, "\\%03o", b);
        body += oct;
      } else {
        body += static_cast<char>(b);
      }
      glyphs += static_cast<char>(b);
    }
    pen += fonts_.CharWidth(op.face, cp, op.size);
    prev = cp;
    i += n;
  }
  flush();
}

namespace {

// `q` ten-thousandths of a point as PDF number text ("-12.5", "0").
void AppendFixed(std::string* out, long q) {
  if (q < 0) {
    *out += '-';
    q = -q;
  }
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, q / 10000);
  out->append(buf, end);
  long frac = q % 10000;
  if (frac == 0) return;
  char digits[5] = {static_cast<char>('0' + frac / 1000), static_cast<char>('0' + frac / 100 % 10),
                    static_cast<char>('0' + frac / 10 % 10), static_cast<char>('0' + frac % 10), 0};
  int n = 4;
  while (digits[n - 1] == '0') --n;
  *out += '.';
  out->append(digits, static_cast<size_t>(n));
}

}  // namespace

std::string Writer::MoveTextTo(double x, double y) {
  // Td is relative to the start of the previous line of this text object.
  // Positions are kept in ten-thousandths of a point, the precision
  // written, so errors do not add up along a page.
  const long qx = std::lround(x * 10000), qy = std::lround(y * 10000);
  std::string out;
  AppendFixed(&out, qx - line_x_);
  out += ' ';
  AppendFixed(&out, qy - line_y_);
  out += " Td\n";
  line_x_ = qx;
  line_y_ = qy;
  return out;
}

void Writer::DrawPage(size_t index, const Page& page) {
  HPDF_Page hp = hpages_[index];
  cur_font_ = nullptr;
  cur_size_ = 0;
  bool in_text = false;
  Rgb text_color;
  bool text_color_set = false;
  tags_->BeginPage(index, hp);
  auto draw = [&](const Op& op, double top) {
    double y = page.height - (top + op.y);  // PDF y of the op's reference
    if (op.kind == Op::kLink) {
      PendingLink l;
      l.page = index;
      l.rect = HPDF_Rect{static_cast<HPDF_REAL>(op.x), static_cast<HPDF_REAL>(y - op.h),
                         static_cast<HPDF_REAL>(op.x + op.w), static_cast<HPDF_REAL>(y)};
      l.uri = op.text;
      l.target = op.target;
      l.slot = tags_->ReserveLink(index, op.elem);
      links_.push_back(std::move(l));
      return;
    }
    bool text = op.kind == Op::kText;
    // A marked-content sequence never crosses BT or ET.
    if (text != in_text) tags_->Close();
    if (text != in_text) {
      if (text) {
        HPDF_Page_BeginText(hp);
        cur_font_ = nullptr;  // font state is per text object in libharu
        line_x_ = line_y_ = 0;
      } else {
        HPDF_Page_EndText(hp);
      }
      in_text = text;
    }
    tags_->Mark(op.elem);
    switch (op.kind) {
      case Op::kText:
        if (!text_color_set || !(text_color == op.color)) {
          HPDF_Page_SetRGBFill(hp, static_cast<HPDF_REAL>(op.color.r),
                               static_cast<HPDF_REAL>(op.color.g),
                               static_cast<HPDF_REAL>(op.color.b));
          text_color = op.color;
          text_color_set = true;
        }
        digest_.Add(op.text);
        DrawText(hp, op, y);
        break;
      case Op::kFill:
        HPDF_Page_SetRGBFill(hp, static_cast<HPDF_REAL>(op.color.r),
                             static_cast<HPDF_REAL>(op.color.g),
                             static_cast<HPDF_REAL>(op.color.b));
        text_color_set = false;
        HPDF_Page_Rectangle(hp, static_cast<HPDF_REAL>(op.x), static_cast<HPDF_REAL>(y - op.h),
                            static_cast<HPDF_REAL>(op.w), static_cast<HPDF_REAL>(op.h));
        HPDF_Page_Fill(hp);
        break;
      case Op::kStroke:
      case Op::kLine:
        HPDF_Page_SetRGBStroke(hp, static_cast<HPDF_REAL>(op.color.r),
                               static_cast<HPDF_REAL>(op.color.g),
                               static_cast<HPDF_REAL>(op.color.b));
        HPDF_Page_SetLineWidth(hp, static_cast<HPDF_REAL>(op.size));
        if (op.kind == Op::kStroke) {
          HPDF_Page_Rectangle(hp, static_cast<HPDF_REAL>(op.x), static_cast<HPDF_REAL>(y - op.h),
                              static_cast<HPDF_REAL>(op.w), static_cast<HPDF_REAL>(op.h));
        } else {
          HPDF_Page_MoveTo(hp, static_cast<HPDF_REAL>(op.x), static_cast<HPDF_REAL>(y));
          HPDF_Page_LineTo(hp, static_cast<HPDF_REAL>(op.x + op.w),
                           static_cast<HPDF_REAL>(y - op.h));
        }
        HPDF_Page_Stroke(hp);
        break;
      case Op::kImage: {
        HPDF_Image img = nullptr;
        auto it = images_.find(op.text);
        if (it != images_.end()) {
          img = it->second;
        } else {
          // Decoded pixels, never the file (layout has decoded it once;
          // media caches it).
          auto decoded = media::LoadImage(op.text);
          if (decoded.ok()) {
            img = LoadDecodedImage(pdf_, **decoded);
          } else if (image_error_.empty()) {
            image_error_ = decoded.status().message();
          }
          images_[op.text] = img;
        }
        if (img != nullptr) {
          HPDF_Page_DrawImage(hp, img, static_cast<HPDF_REAL>(op.x),
                              static_cast<HPDF_REAL>(y - op.h),
                              static_cast<HPDF_REAL>(op.w), static_cast<HPDF_REAL>(op.h));
        }
        break;
      }
      case Op::kLink:
        break;  // handled above
    }
  };
  for (const PlacedItem& pi : page.items) {
    for (const Op& op : pi.item->ops) draw(op, pi.top);
  }
  for (const Op& op : page.extra) draw(op, 0);
  tags_->Close();
  if (in_text) HPDF_Page_EndText(hp);
  tags_->EndPage();
}

void Writer::Links() {
  for (const PendingLink& l : links_) {
    HPDF_Annotation annot = nullptr;
    if (!l.uri.empty()) {
      annot = HPDF_Page_CreateURILinkAnnot(hpages_[l.page], l.rect, l.uri.c_str());
    } else {
      auto it = anchors_.find(l.target);
      if (it == anchors_.end()) {
        tags_->SetLinkAnnotation(l.slot, nullptr);
        continue;
      }
      HPDF_Destination dst = HPDF_Page_CreateDestination(hpages_[it->second.page]);
      HPDF_Destination_SetXYZ(dst, 0, static_cast<HPDF_REAL>(it->second.top), 1);
      annot = HPDF_Page_CreateLinkAnnot(hpages_[l.page], l.rect, dst);
    }
    if (annot != nullptr) HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
    tags_->SetLinkAnnotation(l.slot, annot);
  }
}

void Writer::Outline(const std::vector<Page>& pages) {
  HPDF_Encoder enc = HPDF_GetEncoder(pdf_, "UTF-8");
  std::vector<std::pair<int, HPDF_Outline>> stack;  // (level, outline)
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const PlacedItem& pi : pages[p].items) {
      for (const OutlineEntry& e : pi.item->outline) {
        while (!stack.empty() && stack.back().first >= e.level) stack.pop_back();
        HPDF_Outline parent = stack.empty() ? nullptr : stack.back().second;
        HPDF_Outline o = HPDF_CreateOutline(pdf_, parent, ClampPdfTitle(e.title).c_str(), enc);
        if (o == nullptr) return;
        HPDF_Destination dst = HPDF_Page_CreateDestination(hpages_[p]);
        HPDF_Destination_SetXYZ(dst, 0, static_cast<HPDF_REAL>(pages[p].height - pi.top), 1);
        HPDF_Outline_SetDestination(o, dst);
        HPDF_Outline_SetOpened(o, HPDF_TRUE);
        stack.emplace_back(e.level, o);
      }
    }
  }
}

void Writer::Info(const DocInfo& info) {
  auto set = [&](HPDF_InfoType type, const std::string& v) {
    if (!v.empty()) HPDF_SetInfoAttr(pdf_, type, ClampPdfTitle(v).c_str());
  };
  set(HPDF_INFO_TITLE, info.title);
  set(HPDF_INFO_AUTHOR, info.author);
  set(HPDF_INFO_SUBJECT, info.subject);
  set(HPDF_INFO_KEYWORDS, info.keywords);
  set(HPDF_INFO_CREATOR, info.creator);
  if (!info.created.empty()) {
    HPDF_Date d{};
    int Y = 0, M = 0, D = 0, h = 0, m = 0, s = 0;
    if (std::sscanf(info.created.c_str(), "%d-%d-%dT%d:%d:%d", &Y, &M, &D, &h, &m, &s) >= 3) {
      d.year = Y, d.month = M, d.day = D, d.hour = h, d.minutes = m, d.seconds = s;
      d.ind = 'Z';
      HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, d);
    }
  }
  digest_.Add(info.title);
  digest_.Add(info.author);
  digest_.Add(info.subject);
  HPDF_BYTE id[16];
  digest_.Bytes(id);
  HPDF_Array ids = HPDF_Array_New(pdf_->mmgr);
  if (ids != nullptr) {
    HPDF_Array_Add(ids, HPDF_Binary_New(pdf_->mmgr, id, 16));
    HPDF_Array_Add(ids, HPDF_Binary_New(pdf_->mmgr, id, 16));
    HPDF_Dict_Add(pdf_->trailer, "ID", ids);
  }
}

Status Writer::Write(const std::vector<Page>& pages,
                     const std::vector<StructElem>& elems, const DocInfo& info,
                     std::string* out) {
  pdf_ = HPDF_New(OnHpdfError, &err_);
  if (pdf_ == nullptr) return Status::Error("libharu could not create a document");
  HPDF_SetCompressionMode(pdf_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(pdf_);
  HPDF_SetCurrentEncoder(pdf_, "UTF-8");
  if (Status st = Check("setting up the document"); !st.ok()) return st;
  if (pages.size() > limits::kMaxPdfPages) {  // layout refuses these first
    return Status::Error("the PDF would have " + std::to_string(pages.size()) +
                         " pages, more than the limit of " +
                         std::to_string(limits::kMaxPdfPages));
  }
  for (const Page& p : pages) {
    HPDF_Page hp = HPDF_AddPage(pdf_);
    if (hp == nullptr) break;  // Check() below reports libharu's error
    HPDF_Page_SetWidth(hp, static_cast<HPDF_REAL>(p.width));
    HPDF_Page_SetHeight(hp, static_cast<HPDF_REAL>(p.height));
    hpages_.push_back(hp);
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const PlacedItem& pi : pages[i].items) {
      for (const std::string& id : pi.item->anchors) {
        anchors_.emplace(id, Anchor{i, pages[i].height - pi.top});
      }
    }
  }
  if (Status st = Check("adding pages"); !st.ok()) return st;
  if (hpages_.size() != pages.size()) return Status::Error("libharu could not add a page");
  PdfStructure tags(pdf_, elems, pages.size());
  tags_ = &tags;
  for (size_t i = 0; i < pages.size(); ++i) DrawPage(i, pages[i]);
  if (Status st = Check("drawing pages"); !st.ok()) return st;
  if (!image_error_.empty()) return Status::Error(image_error_);
  Links();
  if (Status st = Check("adding links"); !st.ok()) return st;
  Outline(pages);
  HPDF_SetPageMode(pdf_, HPDF_PAGE_MODE_USE_OUTLINE);
  if (Status st = Check("building the outline"); !st.ok()) return st;
  Info(info);
  if (Status st = Check("writing document information"); !st.ok()) return st;
  XmpInfo xmp;
  xmp.title = info.title;
  xmp.author = info.author;
  xmp.subject = info.subject;
  xmp.keywords = info.keywords;
  xmp.creator = info.creator;
  xmp.producer = kProducer;
  xmp.created = info.created;
  xmp.language = info.language.empty() ? "en-GB" : info.language;
  tags.Finish(xmp);
  tags_ = nullptr;
  if (Status st = Check("writing the structure tree"); !st.ok()) return st;
  std::vector<HPDF_Font> used(ansi_.begin(), ansi_.end());
  used.insert(used.end(), cid_.begin(), cid_.end());
  if (!EmbedFontPrograms(pdf_, used) && err_.error == 0) {
    return Status::Error("cannot embed the font programs");
  }
  if (Status st = Check("embedding fonts"); !st.ok()) return st;
  HPDF_SaveToStream(pdf_);
  if (Status st = Check("saving"); !st.ok()) return st;
  HPDF_UINT32 size = HPDF_GetStreamSize(pdf_);
  out->resize(size);
  HPDF_UINT32 got = 0;
  while (got < size) {
    HPDF_UINT32 n = size - got;
    HPDF_ReadFromStream(pdf_, reinterpret_cast<HPDF_BYTE*>(&(*out)[got]), &n);
    if (n == 0) break;
    got += n;
  }
  if (err_.error == HPDF_STREAM_EOF) err_ = ErrorState{};
  if (Status st = Check("reading the saved stream"); !st.ok()) return st;
  if (got != size) return Status::Error("libharu returned a short PDF stream");
  return Status::Ok();
}

}  // namespace

Status WritePdf(const std::vector<Page>& pages,
                const std::vector<StructElem>& elems, const DocInfo& info,
                const FontSet& fonts, std::string* out) {
  Writer w(fonts);
  Status st = w.Write(pages, elems, info, out);
  if (!st.ok()) out->clear();
  return st;
}

}  // namespace clerk::render::pdf
