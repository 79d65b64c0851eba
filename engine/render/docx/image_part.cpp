#include "render/docx/image_part.h"

#include <algorithm>

#include "base/file_system.h"
#include "media/image.h"
#include "render/docx/styles_part.h"
#include "render/docx/units.h"

namespace clerk::render::docx {

bool WritePicture(BodyContext& ctx, XmlWriter& w, const std::string& path,
                  double width_mm, std::string_view alt, const SourceLoc& loc) {
  auto fs = NewRealFileSystem();
  Result<std::string> bytes = fs->Read(path);
  // The original bytes are embedded, but only once they decode within the
  // pixel budget (media/image.h), so DOCX refuses what PDF refuses.
  Result<std::shared_ptr<const media::Image>> decoded =
      bytes.ok() ? media::LoadImage(path, *bytes)
                 : Result<std::shared_ptr<const media::Image>>(bytes.status());
  if (!decoded.ok()) {
    if (ctx.diags != nullptr) ctx.diags->Error(loc, decoded.status().message());
    return false;
  }
  const bool png = (*decoded)->format == media::ImageFormat::kPng;
  ImageSize size;
  size.width = (*decoded)->width;
  size.height = (*decoded)->height;
  size.extension = png ? "png" : "jpeg";
  size.content_type = png ? "image/png" : "image/jpeg";
  const int n = static_cast<int>(ctx.media.size()) + 1;
  std::string name = "image" + std::to_string(n) + "." + std::string(size.extension);
  std::string rid = "rIdImg" + std::to_string(n);
  ctx.rels.Add(rid, "image", "media/" + name);
  ctx.media.push_back({"word/media/" + name, std::string(size.content_type),
                       std::move(*bytes), false});

  const model::PageSetup& page = ctx.style.page;
  double max_w = ctx.landscape ? page.height - page.margin_left - page.margin_right
                               : TextWidthPt(page);
  double w_pt = width_mm > 0 ? width_mm * kPtPerMm : size.width * 0.75;  // 96 dpi
  w_pt = std::min(w_pt, max_w);
  double h_pt = w_pt * size.height / size.width;
  const long long cx = Emu(w_pt), cy = Emu(h_pt);
  const int id = ctx.next_drawing_id++;

  w.Raw("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">");
  w.Start("wp:extent");
  w.Attr("cx", cx);
  w.Attr("cy", cy);
  w.EndEmpty();
  w.Start("wp:docPr");
  w.Attr("id", id);
  w.Attr("name", "Picture " + std::to_string(id));
  if (alt.empty()) {
    // No alt text (a draft): marked decorative as Word does (Office 2019's
    // a16 "decorative" extension), so checkers and readers skip it.
    w.Raw("><a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\">"
          "<adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\""
          " val=\"1\"/></a:ext></a:extLst></wp:docPr>");
  } else {
    w.Attr("descr", alt);
    w.EndEmpty();
  }
  w.Raw("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        "<pic:pic><pic:nvPicPr>");
  w.Start("pic:cNvPr");
  w.Attr("id", 0);
  w.Attr("name", name);
  w.Attr("descr", alt);
  w.EndEmpty();
  w.Raw("<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>");
  w.Start("a:blip");
  w.Attr("r:embed", rid);
  w.EndEmpty();
  w.Raw("<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>"
        "<a:off x=\"0\" y=\"0\"/>");
  w.Start("a:ext");
  w.Attr("cx", cx);
  w.Attr("cy", cy);
  w.EndEmpty();
  w.Raw("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
  return true;
}

}  // namespace clerk::render::docx
