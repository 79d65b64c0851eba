#include "pipeline/batch_checks.h"

#include "model/walk.h"

namespace clerk {

std::string CheckRecordSources(const ReportPlan& plan,
                               const std::vector<BatchRecord>& records,
                               const std::string& record_source) {
  for (size_t i = 0; i < plan.job.data.size() && i < plan.data.size(); ++i) {
    if (plan.data[i]) continue;
    const std::string& name = plan.job.data[i].name;
    std::vector<std::string> without;
    for (const BatchRecord& r : records) {
      bool given = r.context || r.data;
      if (name == record_source) given = given || !r.data_path.empty();
      for (const NamedPath& e : r.extra_data) given = given || e.name == name;
      if (!given) without.push_back(r.label);
    }
    if (without.empty()) continue;
    std::string what = "the data source '" + name + "'";
    if (without.size() == records.size()) {
      std::string gives;
      const BatchRecord& r = records.front();
      if (!r.data_path.empty()) gives = record_source;
      for (const NamedPath& e : r.extra_data) {
        gives += (gives.empty() ? "" : ", ") + e.name;
      }
      return what + " is given neither by the job nor by any record" +
             (gives.empty() ? "" : " (the records give: " + gives + ")") +
             "; name the records' source with --record-data NAME, or give '" +
             name + "' in the job or with --data " + name + "=FILE";
    }
    std::string list;
    for (size_t k = 0; k < without.size() && k < 5; ++k) {
      list += (k ? ", " : "") + without[k];
    }
    if (without.size() > 5) list += ", …";
    return what + " is missing from " + std::to_string(without.size()) +
           " of the " + std::to_string(records.size()) + " records (" + list +
           ")";
  }
  return "";
}

int CountPlaceholders(const model::Document& doc) {
  int n = 0;
  model::Walk(doc.root, [&](const model::Node& node, model::Event e) {
    if (e != model::Event::kEnter) return true;
    for (const model::Runs* runs : {&node.runs, &node.title}) {
      for (const model::Run& r : *runs) {
        n += r.kind == model::RunKind::kPlaceholder;
      }
    }
    return true;
  });
  return n;
}

}  // namespace clerk
