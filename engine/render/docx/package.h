// The parts of a WordprocessingML package and the two ways to ship them: a
// .docx (zip, package_zip.cpp) or one Flat OPC XML file (package_flat.cpp).
#ifndef CLERK_RENDER_DOCX_PACKAGE_H_
#define CLERK_RENDER_DOCX_PACKAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace clerk::render::docx {

struct Part {
  std::string name;          // "word/document.xml" (no leading '/')
  std::string content_type;  // its media type
  std::string data;          // bytes; XML parts start with kXmlDecl
  bool xml = true;           // false: binary (images)
};

inline constexpr std::string_view kRelsType =
    "application/vnd.openxmlformats-package.relationships+xml";

// Relationships of one part (or of the package): collects entries and
// writes the .rels XML. Ids are given by the caller and must be unique.
class Relationships {
 public:
  // `type` is the short name under officeDocument/2006/relationships/
  // ("styles", "hyperlink") or a full URI.
  void Add(std::string id, std::string_view type, std::string target,
           bool external = false);
  bool empty() const { return items_.empty(); }
  std::string Xml() const;

 private:
  struct Item {
    std::string id, type, target;
    bool external;
  };
  std::vector<Item> items_;
};

// `[Content_Types].xml` for `parts`: Defaults for rels/xml and the image
// extensions in use, an Override for every XML part.
std::string ContentTypesXml(const std::vector<Part>& parts);

// The .docx: `[Content_Types].xml` first, then `parts` in order, deflated,
// with fixed timestamps and attributes so that equal input gives equal
// bytes. Fails only when libzip does.
Status ZipPackage(const std::vector<Part>& parts, std::string* out);

// The Flat OPC form: one pkg:package document with every part inline
// (XML parts as pkg:xmlData, binary ones as base64 pkg:binaryData).
void FlatPackage(const std::vector<Part>& parts, std::string* out);

}  // namespace clerk::render::docx

#endif  // CLERK_RENDER_DOCX_PACKAGE_H_
