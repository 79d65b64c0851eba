// The blocks and runs of the page's <main>: one switch over node kinds,
// like every renderer (model::Walk order).
#ifndef CLERK_RENDER_HTML_HTML_BODY_H_
#define CLERK_RENDER_HTML_HTML_BODY_H_

#include <string>

#include "base/diagnostic.h"
#include "model/document.h"
#include "model/style.h"
#include "render/html/html_ids.h"

namespace clerk::render::html {

class BodyWriter {
 public:
  BodyWriter(const model::Style& style, const IdMap& ids, Diagnostics* diags,
             std::string* out)
      : style_(style), ids_(ids), diags_(diags), out_(*out) {}

  // One block at the top level of <main>, or nested (`depth` sections
  // deep; `in_numbered`: inside a numbered section, so unnumbered blocks
  // sit in the text column).
  void Block(const model::Node& n, int depth, bool in_numbered);
  // A title line: the page's <h1> (`is_h1`), else a <p> in the title or
  // kicker style.
  void TitleLine(const model::Node& n, bool is_h1);
  // A heading element at `desired` level (2 … 6), never more than one
  // level below the previous heading.
  void OpenHeading(int desired, const std::string& id, const std::string& cls = "");
  void CloseHeading();
  void Runs(const model::Runs& runs);
  // A "Contents" navigation list of the top-level sections and appendices
  // with links to them (the web page's PDF outline), when there are at
  // least three (or at least one when the template `asked` with
  // <contents/>, which places it); hidden in print.
  void Contents(const model::Node& root, bool asked = false);
  // True when the style prints this node's number bold (<level bold>).
  bool LabelBold(const model::Node& n) const;
  static std::string AlignClass(model::Align a);
  // An <img> for the picture at `path`; false (and an error in diags at
  // `loc`) when it cannot be read or is not a PNG or JPEG.
  bool Image(const std::string& path, const std::string& alt, double width_mm,
             const char* cls, const SourceLoc& loc);

 private:
  void Section(const model::Node& n, int depth, bool in_numbered);
  void Paragraph(const model::Node& n, int depth, bool in_numbered);
  void List(const model::Node& n, int depth, bool indent);
  void Table(const model::Node& n, bool indent);
  void Row(const model::Node& row, const model::Node& table, bool header);
  void Contact(const model::Node& n, bool indent);
  void Cover(const model::Node& n, int depth);
  // A cover field across the page (model::CoverFieldRunsIn).
  void RunInField(const model::Node& f, int depth);
  void Open(const char* tag, const std::string& cls, const std::string& id);
  void Number(const model::Node& n);

  const model::Style& style_;
  const IdMap& ids_;
  Diagnostics* diags_;
  std::string& out_;
  int last_heading_ = 1;
  int open_heading_ = 0;
  int list_headings_ = 0;
  int tables_ = 0;
};

}  // namespace clerk::render::html

#endif  // CLERK_RENDER_HTML_HTML_BODY_H_
