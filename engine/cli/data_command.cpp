// clerk data FILE: how a template addresses each column or element of a
// data file, its detected type, counts and sample values (docs/cli.md).
#include <algorithm>
#include <iostream>
#include <sstream>

#include "base/utf8.h"
#include "cli/commands.h"
#include "cli/request_options.h"
#include "load/data_profile.h"

namespace clerk::cli {

namespace {

std::string Pad(const std::string& s, size_t width) {
  size_t n = Utf8Length(s);
  return n >= width ? s + "  " : s + std::string(width - n + 2, ' ');
}

std::string TypeText(const FieldProfile& f, bool csv) {
  if (!f.leaf) return "(elements)";
  const Detection& d = f.detection;
  if (d.values == 0) return "(empty)";
  std::string t = FieldTypeName(d.type);
  if (d.type == FieldType::kDate && d.format) {
    t += std::string(" ") + DateFormatName(*d.format);
  }
  if (d.type != FieldType::kText && d.fitting < d.values) {
    t += ", " + std::to_string(d.values - d.fitting) + " not";
  }
  if (csv && (d.type == FieldType::kDate || d.type == FieldType::kRag)) {
    t += " *";
  }
  return t;
}

}  // namespace

namespace {

// Writes the profile table of `src` named `name` to `os`.
void PrintProfile(const DataSource& src, const std::string& name,
                  const DataProfile& p, std::ostream& os) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"path", p.csv ? "header" : "", "type", "count", "empty",
                  "sample values"});
  for (const FieldProfile& f : p.fields) {
    std::string samples;
    for (const std::string& s : f.samples) {
      samples += (samples.empty() ? "" : " | ") + s;
    }
    rows.push_back({"$" + name + "/" + f.path, f.header, TypeText(f, p.csv),
                    std::to_string(f.count),
                    f.leaf ? std::to_string(f.detection.empty) : "",
                    samples});
  }
  std::vector<size_t> width(6, 0);
  for (const auto& r : rows) {
    for (size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], Utf8Length(r[c]));
  }
  if (p.csv) {
    os << src.file->path << ": CSV, " << p.rows << " row"
       << (p.rows == 1 ? "" : "s") << ", " << p.fields.size() << " column"
       << (p.fields.size() == 1 ? "" : "s") << "\n"
       << "With --data " << name << "=" << src.file->path << " (or <data name=\""
       << name << "\">), $" << name << "/row is every row; inside\n"
       << "<for-each select=\"$" << name
       << "/row\"> a column is its name alone (due-date).\n\n";
  } else {
    os << src.file->path << ": XML, root element <" << p.root << ">\n"
       << "With --data " << name << "=" << src.file->path << " (or <data name=\""
       << name << "\">), $" << name << " is the root element; the first data "
       << "source is\nalso the template's context, where paths start without $"
       << name << "/.\n\n";
  }
  for (const auto& r : rows) {
    std::string line;
    for (size_t c = 0; c < r.size(); ++c) {
      if (c == 1 && !p.csv) continue;
      line += c + 1 == r.size() ? r[c] : Pad(r[c], width[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    os << line << "\n";
  }
  if (p.csv) {
    os << "\n* detected: read and stored as ISO dates / the RAG vocabulary's "
          "words when the file is loaded\n  (declare another type with "
          "<field path=… type=…/> or --type, or turn detection off with "
          "<data detect=\"false\">)\n";
  }
}

}  // namespace

int DataCommand(const std::vector<std::string>& args) {
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")(
      "name", po::value<std::string>(),
      "NAME: the data source's name, $NAME (default: the file's name)")(
      "type", po::value<std::vector<std::string>>()->composing(),
      "SOURCE:FIELD=TYPE[:FORMATS]: check the values of a field against a "
      "type. Repeatable.");
  po::variables_map vm;
  if (!ParseArgs("data", args, desc, &vm)) return kExitUsage;
  if (vm.count("help")) {
    std::cout << "Usage: clerk data FILE.csv|FILE.xml [options]\n\n"
                 "Shows how a template addresses every column or element of "
                 "a data file, the type\nclerk detects for it, how many "
                 "values it has and a few of them.\n\n"
              << desc;
    return kExitOk;
  }
  if (!vm.count("input")) {
    std::cerr << "clerk data: no data file given\nTry 'clerk data --help'.\n";
    return kExitUsage;
  }
  std::string path = vm["input"].as<std::string>();
  std::string name;
  if (vm.count("name")) {
    name = vm["name"].as<std::string>();
  } else {
    std::string base = path.substr(path.find_last_of('/') + 1);
    name = CsvColumnName(base.substr(0, base.find('.')));
  }
  TypingOptions typing;
  if (vm.count("type")) {
    for (const std::string& t : vm["type"].as<std::vector<std::string>>()) {
      std::string error;
      auto d = ParseTypeOption(t, &error);
      if (!d) {
        std::cerr << "clerk data: " << error << "\nTry 'clerk data --help'.\n";
        return kExitUsage;
      }
      d->loc = SourceLoc{"--type " + t, 0, 0};
      typing.fields.push_back(std::move(*d));
    }
  }
  auto fs = NewRealFileSystem();
  Diagnostics diags;
  auto src = LoadDataSource(*fs, name, path, SourceLoc{}, &diags);
  if (!src) {
    PrintDiagnostics(*fs, diags);
    return kExitInput;
  }
  DataProfile profile = ProfileDataSource(*src, typing.rag);
  PrintProfile(*src, name, profile, std::cout);
  ApplyFieldTypes(src.get(), typing, &diags);
  PrintDiagnostics(*fs, diags);
  return diags.has_errors() ? kExitInput : kExitOk;
}

}  // namespace clerk::cli
