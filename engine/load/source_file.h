// A loaded XML file: its text, a line index and the parsed pugixml tree.
// pugixml gives byte offsets only; LocOf turns a node into file:line:col.
#ifndef CLERK_LOAD_SOURCE_FILE_H_
#define CLERK_LOAD_SOURCE_FILE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/source_loc.h"
#include "load/line_index.h"

namespace clerk {

struct SourceFile {
  std::string path;  // as the user named it (used in messages)
  std::string text;
  std::unique_ptr<LineIndex> lines;
  pugi::xml_document doc;

  SourceLoc LocOfOffset(size_t offset) const;
  // Location of an element (its '<') or text node.
  SourceLoc LocOf(pugi::xml_node node) const;
  // Location of an attribute's name inside its element's start tag (falls
  // back to the element's location).
  SourceLoc LocOf(pugi::xml_node element, pugi::xml_attribute attr) const;
};

// Reads and parses an XML file. Problems (unreadable file, malformed XML,
// DOCTYPE/entities, invalid UTF-8, empty file) become errors in `diags` at
// `from` (the place that named the file) or in the file itself; the result
// is then null. `what` names the file's role in messages ("template",
// "data", "style").
std::shared_ptr<SourceFile> LoadXmlFile(const FileSystem& fs,
                                        const std::string& path,
                                        const std::string& what,
                                        const SourceLoc& from,
                                        Diagnostics* diags);

// Parses XML text already in memory (same checks as LoadXmlFile).
std::shared_ptr<SourceFile> ParseXmlText(std::string path, std::string text,
                                         const std::string& what,
                                         Diagnostics* diags);

// The local part of an element name ("c:section" -> "section").
std::string_view LocalName(pugi::xml_node node);

}  // namespace clerk

#endif  // CLERK_LOAD_SOURCE_FILE_H_
