// Which files make a style: the file named, and the chain of styles it
// extends (<style extends="kent.xml">), each read on top of the one before
// by the element reader (style_loader.cpp).
#include <memory>

#include "base/limits.h"
#include "base/shipped_dir.h"
#include "load/source_file.h"
#include "load/style_loader.h"
#include "load/style_reader.h"
#include "load/xml_check.h"

namespace clerk {

namespace {

using model::Style;

// The styles being read, outermost first: each one's canonical path and
// the name it was given by (for the cycle message).
struct ExtendChain {
  std::vector<std::string> canon, names;
};

std::optional<Style> FromFile(const FileSystem& fs, std::shared_ptr<SourceFile> file,
                              Diagnostics* diags, ExtendChain* chain);

// <style extends="kent.xml">: the style this one starts from, looked for
// beside this style, then among the shipped styles (base/shipped_dir.h).
// nullopt after an error (reported at the attribute).
std::optional<Style> BaseStyle(const FileSystem& fs, const SourceFile& file,
                               pugi::xml_attribute extends, Diagnostics* diags,
                               ExtendChain* chain) {
  const SourceLoc loc = file.LocOf(file.doc.document_element(), extends);
  const std::string href = extends.value();
  if (href.empty()) {
    diags->Error(loc, "extends names no style file");
    return std::nullopt;
  }
  const std::string dir = DirName(file.path).empty() ? "." : DirName(file.path);
  const std::string shipped = ShippedDir("styles");
  std::string path = NormalPath(JoinPath(dir, href));
  if (!fs.Exists(path) || !ResolvesInside(fs, path, dir)) {
    std::string other = NormalPath(JoinPath(shipped, href));
    if (fs.Exists(other) && ResolvesInside(fs, other, shipped)) {
      path = std::move(other);
    } else {
      diags->Error(loc,
                   "the style '" + href + "' that this style extends is neither in its "
                   "directory " + dir + " nor one of clerk's shipped styles",
                   {"a shipped style is named by its file name alone, such as kent.xml or "
                    "minutes.xml"});
      return std::nullopt;
    }
  }
  const std::string canon = fs.Canonical(path);
  for (const std::string& c : chain->canon) {
    if (c != canon) continue;
    std::string cycle;
    for (const std::string& n : chain->names) cycle += n + " -> ";
    diags->Error(loc, "style extends cycle: " + cycle + href);
    return std::nullopt;
  }
  if (chain->canon.size() > static_cast<size_t>(limits::kMaxStyleExtendsDepth)) {
    diags->Error(loc, "styles extend each other more than " +
                          std::to_string(limits::kMaxStyleExtendsDepth) + " deep (the limit)");
    return std::nullopt;
  }
  chain->canon.push_back(canon);
  chain->names.push_back(href);
  std::optional<Style> base =
      FromFile(fs, LoadXmlFile(fs, path, "style", loc, diags), diags, chain);
  chain->canon.pop_back();
  chain->names.pop_back();
  return base;
}

std::optional<Style> FromFile(const FileSystem& fs, std::shared_ptr<SourceFile> file,
                              Diagnostics* diags, ExtendChain* chain) {
  if (!file) return std::nullopt;
  pugi::xml_node root = file->doc.document_element();
  if (LocalName(root) != "style") {
    diags->Error(file->LocOf(root), "a style file's root element must be "
                                    "<style>, not <" +
                                        std::string(LocalName(root)) + ">");
    return std::nullopt;
  }
  int before = diags->error_count();
  Style s = model::DefaultStyle();
  if (pugi::xml_attribute extends = root.attribute("extends")) {
    // What this file says is read on top of the style it extends, so it
    // overrides only what it names.
    if (chain->canon.empty()) {
      chain->canon.push_back(fs.Canonical(file->path));
      chain->names.push_back(file->path);
    }
    std::optional<Style> base = BaseStyle(fs, *file, extends, diags, chain);
    if (!base) return std::nullopt;
    s = std::move(*base);
  }
  s.file = file->path;
  load_internal::ReadStyleElements(fs, *file, diags, &s);
  if (diags->error_count() > before) return std::nullopt;
  return s;
}

}  // namespace

std::optional<Style> LoadStyle(const FileSystem& fs, const std::string& path,
                               const SourceLoc& from, Diagnostics* diags) {
  ExtendChain chain;
  return FromFile(fs, LoadXmlFile(fs, path, "style", from, diags), diags, &chain);
}

std::optional<Style> ParseStyle(const FileSystem& fs, const std::string& path,
                                std::string text, Diagnostics* diags) {
  ExtendChain chain;
  return FromFile(fs, ParseXmlText(path, std::move(text), "style", diags), diags, &chain);
}

}  // namespace clerk
