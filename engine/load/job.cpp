#include "load/job.h"

#include "base/output_name.h"
#include "load/source_file.h"
#include "load/job_types.h"
#include "load/xml_check.h"

namespace clerk {

bool LooksLikeJob(const std::string& text) {
  size_t i = 0;
  while ((i = text.find('<', i)) != std::string::npos) {
    if (i + 1 < text.size() && (text[i + 1] == '?' || text[i + 1] == '!')) {
      ++i;
      continue;
    }
    std::string_view rest(text.data() + i + 1, text.size() - i - 1);
    return rest.substr(0, 3) == "job" &&
           (rest.size() == 3 || rest[3] == ' ' || rest[3] == '>' ||
            rest[3] == '\n' || rest[3] == '\t' || rest[3] == '\r' ||
            rest[3] == '/');
  }
  return false;
}

std::optional<Job> LoadJob(const FileSystem& fs, const std::string& path,
                           Diagnostics* diags) {
  auto file = LoadXmlFile(fs, path, "job file", SourceLoc{}, diags);
  if (!file) return std::nullopt;
  int before = diags->error_count();
  pugi::xml_node root = file->doc.document_element();
  Job job;
  job.file = path;
  std::string dir = DirName(path);
  CheckAttributes(*file, root, {}, diags);
  CheckNoText(*file, root, diags);
  auto href = [&](pugi::xml_node el) -> NamedPath {
    NamedPath np;
    np.loc = file->LocOf(el);
    pugi::xml_attribute a = el.attribute("href");
    if (!a || !*a.value()) {
      std::string what("<");  // appended: GCC 12 -Wrestrict (bug 105329)
      what.append(LocalName(el)).append("> needs an href attribute");
      diags->Error(np.loc, what);
      return np;
    }
    np.path = NormalPath(JoinPath(dir, a.value()));
    np.loc = file->LocOf(el, a);
    return np;
  };
  const std::vector<std::string_view> kElements = {"template", "style", "data",
                                                   "param", "output", "rag",
                                                   "compare"};
  for (pugi::xml_node el : root.children()) {
    if (el.type() != pugi::node_element) continue;
    std::string_view n = LocalName(el);
    if (n == "template") {
      CheckAttributes(*file, el, {"href"}, diags);
      job.template_path = href(el);
    } else if (n == "style") {
      CheckAttributes(*file, el, {"href"}, diags);
      job.style_path = href(el);
    } else if (n == "data") {
      CheckAttributes(*file, el, {"name", "href", "detect"}, diags);
      NamedPath np = href(el);
      np.name = el.attribute("name").value();
      LoadFieldDecls(*file, el, np.name, &job, diags);
      std::string job_dir = dir.empty() ? "." : dir;
      if (!np.path.empty() && !ResolvesInside(fs, np.path, job_dir)) {
        diags->Error(np.loc, "data file '" +
                                 std::string(el.attribute("href").value()) +
                                 "' is outside the job's directory " + job_dir +
                                 " (name it on the command line with --data "
                                 "instead)");
      }
      if (np.name.empty()) {
        diags->Error(file->LocOf(el), "<data> needs a name attribute (the "
                                      "XPath variable, e.g. name=\"plan\" "
                                      "for $plan)");
      }
      job.data.push_back(std::move(np));
    } else if (n == "param") {
      CheckAttributes(*file, el, {"name", "value"}, diags);
      NamedPath np;
      np.loc = file->LocOf(el);
      np.name = el.attribute("name").value();
      np.path = el.attribute("value").value();
      if (np.name.empty()) diags->Error(np.loc, "<param> needs a name attribute");
      job.params.push_back(std::move(np));
    } else if (n == "output") {
      CheckAttributes(*file, el, {"name", "mode", "formats"}, diags);
      job.output_name = el.attribute("name").value();
      if (el.attribute("name")) {
        std::string why = CheckOutputName(job.output_name);
        if (!why.empty()) {
          diags->Error(file->LocOf(el, el.attribute("name")), why);
          job.output_name.clear();
        }
      }
      job.mode = el.attribute("mode").value();
      job.formats = el.attribute("formats").value();
      if (!job.mode.empty() && job.mode != "draft" && job.mode != "final") {
        diags->Error(file->LocOf(el, el.attribute("mode")),
                     "unknown mode '" + job.mode + "' (draft or final)");
      }
    } else if (n == "rag") {
      CheckAttributes(*file, el, {}, diags);
      job.rag = LoadRagVocabulary(*file, el, diags);
    } else if (n == "compare") {
      if (job.compare) {
        diags->Error(file->LocOf(el), "a job has one <compare>");
        continue;
      }
      job.compare = LoadCompareSpec(fs, *file, el, dir, diags);
    } else {
      UnknownElement(*file, el, kElements, "in a job file", diags);
    }
  }
  if (job.template_path.path.empty() && diags->error_count() == before) {
    diags->Error(file->LocOf(root), "the job names no <template href=\"…\"/>");
  }
  if (diags->error_count() > before) return std::nullopt;
  return job;
}

}  // namespace clerk
