// The meeting file (`clerk pack`, `clerk minutes`): the fuzzed input is
// meeting.xml beside two small papers (one of them may be named exempt) and
// the shipped front-sheet and minutes templates and styles, copied into
// memory from the source tree. A meeting that loads is laid out as the
// public and members' packs (PDF and HTML) and as draft minutes (text).
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "pack/meeting_papers.h"
#include "pack/minutes.h"
#include "pack/pack.h"

namespace {

const char kJob[] = R"(<job xmlns="urn:clerk:template:1">
  <template href="report.xml"/>
  <data name="report" href="data.xml"/>
</job>
)";

const char kTemplate[] = R"(<report xmlns="urn:clerk:template:1">
  <meta title="{title}" council="Council" date="2025-01-30"/>
  <title>{title}</title>
  <recommendations id="recs"><item id="rec-1">{rec[1]}</item><item id="rec-2">{rec[2]}</item>
  </recommendations>
  <section title="Background"><p>See <ref to="rec-1"/>.</p><p>More.</p></section>
</report>
)";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The shipped files the seeds name, read once.
const std::vector<std::pair<std::string, std::string>>& Shipped() {
  static const auto* files = [] {
    auto* v = new std::vector<std::pair<std::string, std::string>>;
    for (const char* rel : {"templates/agenda-front-sheet.xml", "templates/draft-minutes.xml",
                            "styles/agenda.xml", "styles/minutes.xml",
                            "styles/kent-minutes.xml", "styles/default.xml"}) {
      v->emplace_back(std::string("/fuzz/") + rel,
                      Slurp(std::string(CLERK_SOURCE_DIR) + "/" + rel));
    }
    return v;
  }();
  return *files;
}

void AddPaper(clerk::fuzz::FuzzFileSystem* fs, const std::string& dir,
              const std::string& title) {
  fs->Add(dir + "/job.xml", kJob);
  fs->Add(dir + "/report.xml", kTemplate);
  fs->Add(dir + "/data.xml", "<report><title>" + title +
                                 "</title><rec>That the report be noted.</rec>"
                                 "<rec>That the plan be agreed.</rec></report>\n");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clerk;
  fuzz::FuzzFileSystem fs;
  for (const auto& [path, text] : Shipped()) fs.Add(path, text);
  AddPaper(&fs, "/fuzz/papers/a", "Budget monitoring");
  AddPaper(&fs, "/fuzz/papers/b", "Disposal of land");
  fs.Add("/fuzz/meeting.xml", std::string(reinterpret_cast<const char*>(data), size));
  Diagnostics diags;
  auto papers = PrepareMeeting(fs, "/fuzz/meeting.xml", "", &diags);
  if (!papers || diags.has_errors()) return 0;
  PackOptions opts;
  opts.stem = "meeting";
  opts.formats = {Format::kPdf, Format::kHtml};
  Status status;
  std::vector<OutputFile> files;
  BuildPack(fs, *papers, opts, &diags, &status, &files);
  Diagnostics minutes_diags;
  PackOptions text_opts = opts;
  text_opts.formats = {Format::kText};
  files.clear();
  BuildMinutes(fs, *papers, text_opts, &minutes_diags, &status, &files);
  return 0;
}
