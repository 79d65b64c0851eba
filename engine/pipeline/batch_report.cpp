#include "pipeline/batch_report.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iterator>
#include <set>

#include <nlohmann/json.hpp>

namespace clerk {

namespace sfs = std::filesystem;

std::string BatchReportJson(const std::vector<BatchRecord>& records,
                            const std::vector<RecordOutcome>& outcomes) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (size_t i = 0; i < records.size(); ++i) {
    const RecordOutcome& o = outcomes[i];
    bool wrote = o.kind == RecordOutcome::kOk ||
                 o.kind == RecordOutcome::kSkipped;
    nlohmann::ordered_json r;
    r["record"] = records[i].label;
    r["status"] = OutcomeName(o.kind);
    r["outputs"] = wrote ? o.outputs : std::vector<std::string>{};
    r["message"] = o.message;
    r["ms"] = std::round(o.ms * 10) / 10;  // one decimal, as before
    r["warnings"] = o.warnings;
    r["placeholders"] = o.placeholders;
    list.push_back(std::move(r));
  }
  nlohmann::ordered_json j;
  j["records"] = std::move(list);
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

int RemoveStaleTemporaries(const std::string& dir,
                           const std::vector<std::string>& outputs) {
  std::set<std::string> names;
  for (const std::string& p : outputs) {
    names.insert(sfs::path(p).filename().string());
  }
  const std::string kTag = ".clerk-";
  int removed = 0;
  std::error_code ec;
  for (const auto& e : sfs::directory_iterator(dir.empty() ? "." : dir, ec)) {
    std::string n = e.path().filename().string();
    // "." + NAME.EXT + ".clerk-" + six characters (mkstemp's XXXXXX).
    if (n.size() < 1 + kTag.size() + 6 + 1 || n[0] != '.') continue;
    size_t tag = n.size() - 6 - kTag.size();
    if (n.compare(tag, kTag.size(), kTag) != 0) continue;
    if (!names.count(n.substr(1, tag - 1))) continue;
    std::error_code rm;
    if (e.is_regular_file(rm) && sfs::remove(e.path(), rm)) ++removed;
  }
  return removed;
}

bool DirectoryInside(const std::string& inner, const std::string& outer) {
  std::error_code ec;
  sfs::path i = sfs::weakly_canonical(sfs::absolute(inner, ec), ec);
  sfs::path o = sfs::weakly_canonical(sfs::absolute(outer, ec), ec);
  if (ec) return false;
  auto [oi, ii] = std::mismatch(o.begin(), o.end(), i.begin(), i.end());
  return oi == o.end() || (std::next(oi) == o.end() && oi->empty());
}

}  // namespace clerk
