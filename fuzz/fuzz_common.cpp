#include "fuzz_common.h"

namespace clerk::fuzz {

FuzzFileSystem::FuzzFileSystem() : real_(NewRealFileSystem()) {}

bool FuzzFileSystem::IsSystemFont(const std::string& path) {
  std::string n = NormalPath(path);
  return n.rfind("/usr/share/fonts/", 0) == 0 &&
         n.find("/../") == std::string::npos;
}

Result<std::string> FuzzFileSystem::Read(const std::string& path) const {
  if (IsSystemFont(path)) return real_->Read(path);
  return MemoryFileSystem::Read(path);
}

bool FuzzFileSystem::Exists(const std::string& path) const {
  if (IsSystemFont(path)) return real_->Exists(path);
  return MemoryFileSystem::Exists(path);
}

std::string FuzzFileSystem::Canonical(const std::string& path) const {
  if (IsSystemFont(path)) return real_->Canonical(path);
  return MemoryFileSystem::Canonical(path);
}

std::vector<std::pair<std::string, std::string>> SplitBundle(
    std::string_view input) {
  std::vector<std::pair<std::string, std::string>> files;
  std::string name = "report.xml";
  size_t pos = 0;
  auto header_at = [&](size_t at, std::string* n, size_t* body) {
    if (input.substr(at, 4) != "==> ") return false;
    size_t end = input.find(" <==\n", at + 4);
    size_t nl = input.find('\n', at);
    if (end == std::string_view::npos || end > nl) return false;
    *n = std::string(input.substr(at + 4, end - at - 4));
    *body = end + 5;
    return true;
  };
  std::string n;
  size_t body = 0;
  if (header_at(0, &n, &body)) {
    name = n;
    pos = body;
  }
  size_t start = pos;
  for (;;) {
    size_t nl = input.find("\n==> ", pos);
    if (nl == std::string_view::npos) break;
    if (header_at(nl + 1, &n, &body)) {
      files.push_back({name, std::string(input.substr(start, nl + 1 - start))});
      name = n;
      start = pos = body;
    } else {
      pos = nl + 1;
    }
  }
  files.push_back({name, std::string(input.substr(start))});
  return files;
}

void AddFixedData(FuzzFileSystem* fs) {
  fs->Add("/fuzz/data.xml",
          "<report id=\"r1\" council=\"Kent County Council\">\n"
          "  <meeting date=\"2023-11-14\" quarter=\"Q3\"/>\n"
          "  <section id=\"intro\" title=\"Introduction\">\n"
          "    <para>As members will recall &amp; so on.</para>\n"
          "    <para>Second paragraph, £1,250.50 spent.</para>\n"
          "  </section>\n"
          "  <section id=\"next\" title=\"Next steps\"><para>More.</para>"
          "</section>\n"
          "  <recommendation>That the committee notes the report.</recommendation>\n"
          "  <recommendation>That the plan is agreed.</recommendation>\n"
          "  <contact name=\"A Person\" email=\"a.person@example.gov.uk\"/>\n"
          "</report>\n");
  fs->Add("/fuzz/plan.csv",
          "Ref,Action,Owner,Due date,RAG,Amount\n"
          "W1.01,Publish the plan,Director,2023-08-04,G,1250\n"
          "W1.02,\"Review, with partners\",Head of SEN,04/09/2023,Amber,0.734\n"
          "W2.01,Train staff,Lead,4 August 2023,Complete,-12\n");
}

}  // namespace clerk::fuzz
