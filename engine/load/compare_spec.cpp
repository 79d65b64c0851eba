#include "load/compare_spec.h"

#include "load/field_types.h"
#include "load/xml_check.h"

namespace clerk {

namespace {

// "31/12/2023" or "2023-12-31" -> "2023-12-31"; "" with *why otherwise.
std::string AsOfDate(std::string_view s, std::string* why) {
  DateFormat f;
  auto d = ReadDate(s, &f, why);
  return d ? IsoDate(*d) : "";
}

}  // namespace

std::optional<CompareSpec> LoadCompareSpec(const FileSystem& fs,
                                           const SourceFile& file,
                                           pugi::xml_node el,
                                           const std::string& dir,
                                           Diagnostics* diags) {
  int before = diags->error_count();
  CheckAttributes(file, el,
                  {"name", "data", "key", "rag", "due", "title", "commentary",
                   "rows", "label", "as-of"},
                  diags);
  CompareSpec spec;
  spec.loc = file.LocOf(el);
  spec.key_loc = el.attribute("key") ? file.LocOf(el, el.attribute("key"))
                                     : spec.loc;
  if (auto a = el.attribute("name")) spec.name = a.value();
  spec.data = el.attribute("data").value();
  spec.key = el.attribute("key").value();
  spec.rag = el.attribute("rag").value();
  spec.due = el.attribute("due").value();
  spec.title = el.attribute("title").value();
  spec.commentary = el.attribute("commentary").value();
  spec.rows = el.attribute("rows").value();
  spec.label = el.attribute("label").value();
  if (spec.name.empty()) {
    diags->Error(file.LocOf(el, el.attribute("name")),
                 "<compare name> is empty: it names the XPath variable "
                 "($compare by default)");
  }
  if (auto a = el.attribute("as-of")) {
    std::string why;
    spec.as_of = AsOfDate(a.value(), &why);
    if (spec.as_of.empty()) diags->Error(file.LocOf(el, a), "as-of: " + why);
  }
  std::string job_dir = dir.empty() ? "." : dir;
  for (pugi::xml_node c : el.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view n = LocalName(c);
    if (n != "snapshot" && n != "history") {
      UnknownElement(file, c, {"snapshot", "history"}, "in <compare>", diags);
      continue;
    }
    bool folder = n == "history";
    if (folder) {
      CheckAttributes(file, c, {"href"}, diags);
    } else {
      CheckAttributes(file, c, {"href", "label", "as-of"}, diags);
    }
    SnapshotRef ref;
    ref.folder = folder;
    pugi::xml_attribute href = c.attribute("href");
    ref.loc = href ? file.LocOf(c, href) : file.LocOf(c);
    if (!href || !*href.value()) {
      diags->Error(file.LocOf(c), "<" + std::string(n) +
                                      "> needs an href attribute");
      continue;
    }
    ref.path = NormalPath(JoinPath(dir, href.value()));
    if (!ResolvesInside(fs, ref.path, job_dir)) {
      diags->Error(ref.loc, "snapshot '" + std::string(href.value()) +
                                "' is outside the job's directory " + job_dir);
      continue;
    }
    if (!folder) {
      ref.label = c.attribute("label").value();
      pugi::xml_attribute as_of = c.attribute("as-of");
      if (!as_of) {
        diags->Error(file.LocOf(c),
                     "<snapshot> needs an as-of attribute (the date its "
                     "position was reported at, e.g. as-of=\"2023-09-30\"): "
                     "overdue actions are counted at it");
        continue;
      }
      std::string why;
      ref.as_of = AsOfDate(as_of.value(), &why);
      if (ref.as_of.empty()) {
        diags->Error(file.LocOf(c, as_of), "as-of: " + why);
        continue;
      }
    }
    spec.snapshots.push_back(std::move(ref));
  }
  if (spec.snapshots.empty() && diags->error_count() == before) {
    diags->Error(spec.loc,
                 "<compare> names no earlier snapshot (add <snapshot "
                 "href=\"…\" as-of=\"…\"/> or <history href=\"folder\"/>)");
  }
  if (diags->error_count() > before) return std::nullopt;
  return spec;
}

}  // namespace clerk
