#include "cli/request_options.h"

#include <iostream>
#include <map>

#include "load/source_file.h"
#include "cli/colour.h"
#include "load/typed_data.h"

namespace clerk::cli {

void AddRequestOptions(po::options_description* desc) {
  desc->add_options()
      ("data", po::value<std::vector<std::string>>()->composing(),
       "NAME=FILE: a data source (XML or .csv), the XPath variable $NAME; "
       "replaces the job's source of that name. Repeatable.")
      ("param", po::value<std::vector<std::string>>()->composing(),
       "NAME=VALUE: a string parameter $NAME. Repeatable.")
      ("type", po::value<std::vector<std::string>>()->composing(),
       "SOURCE:FIELD=TYPE[:FORMATS]: the type of a data field (text, date, "
       "money, integer, decimal, percent, rag), e.g. plan:due-date=date or "
       "plan:due-date=date:dd/mm/yyyy,iso. Repeatable.")
      ("style", po::value<std::string>(), "FILE: the house style to use")
      ("color", po::value<std::string>(),
       "auto (default: colour when stderr is a terminal and NO_COLOR is not "
       "set), always or never")
      ("mode", po::value<std::string>(),
       "draft (missing values become visible placeholders) or final "
       "(missing values are errors; the default)");
}

namespace {

bool SplitPairs(const po::variables_map& vm, const char* name,
                std::vector<NamedPath>* out, std::string* error) {
  if (!vm.count(name)) return true;
  for (const std::string& s : vm[name].as<std::vector<std::string>>()) {
    size_t eq = s.find('=');
    if (eq == std::string::npos || eq == 0) {
      *error = std::string("--") + name + " takes NAME=" +
               (std::string(name) == "data" ? "FILE" : "VALUE") + ", not '" +
               s + "'";
      return false;
    }
    out->push_back(NamedPath{s.substr(0, eq), s.substr(eq + 1),
                             SourceLoc{"<command line>", 0, 0}});
  }
  return true;
}

}  // namespace

bool ReadRequest(const po::variables_map& vm, ReportRequest* req,
                 std::string* error) {
  if (!vm.count("input")) {
    *error = "no input file given";
    return false;
  }
  ColourMode colour = ColourMode::kAuto;
  if (vm.count("color")) {
    auto m = ParseColourMode(vm["color"].as<std::string>());
    if (!m) {
      *error = "--color takes auto, always or never, not '" +
               vm["color"].as<std::string>() + "'";
      return false;
    }
    colour = *m;
  }
  SetColour(colour);
  req->input = vm["input"].as<std::string>();
  if (!SplitPairs(vm, "data", &req->data, error)) return false;
  if (!SplitPairs(vm, "param", &req->params, error)) return false;
  for (NamedPath& p : req->data) p.loc = SourceLoc{};
  if (vm.count("type")) {
    for (const std::string& t : vm["type"].as<std::vector<std::string>>()) {
      auto decl = ParseTypeOption(t, error);
      if (!decl) return false;
      decl->loc = SourceLoc{"--type " + t, 0, 0};
      req->types.push_back(std::move(*decl));
    }
  }
  if (vm.count("style")) req->style = vm["style"].as<std::string>();
  if (vm.count("mode")) {
    req->mode = vm["mode"].as<std::string>();
    if (req->mode != "draft" && req->mode != "final") {
      *error = "--mode takes draft or final, not '" + req->mode + "'";
      return false;
    }
  }
  return true;
}

void PrintDiagnostics(const FileSystem& fs, const Diagnostics& diags) {
  std::map<std::string, std::unique_ptr<LineIndex>> indexes;
  std::map<std::string, std::string> texts;
  for (const Diagnostic& d : diags.all()) {
    std::string_view line;
    if (d.loc.valid() && d.loc.line > 0) {
      auto it = indexes.find(d.loc.file);
      if (it == indexes.end()) {
        Result<std::string> t = fs.Read(d.loc.file);
        texts[d.loc.file] = t.ok() ? *t : "";
        it = indexes
                 .emplace(d.loc.file,
                          std::make_unique<LineIndex>(texts[d.loc.file]))
                 .first;
      }
      line = it->second->Line(d.loc.line);
    }
    std::cerr << Colourize(FormatLong(d, line)) << "\n";
  }
  if (diags.omitted() > 0) std::cerr << OmittedLine(diags.omitted()) << "\n";
}

bool ParseArgs(const std::string& cmd, const std::vector<std::string>& args,
               const po::options_description& desc, po::variables_map* vm) {
  po::positional_options_description pos;
  pos.add("input", 1);
  po::options_description all;
  all.add(desc);
  all.add_options()("input", po::value<std::string>(), "input file");
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(),
              *vm);
    po::notify(*vm);
  } catch (const po::unknown_option& e) {
    // "did you mean" for options, as for commands.
    std::string given = e.get_option_name();
    std::vector<std::string> names;
    for (const auto& o : all.options()) names.push_back("--" + o->long_name());
    std::vector<std::string_view> cands(names.begin(), names.end());
    std::string sug = Suggest(given, cands);
    std::cerr << "clerk " << cmd << ": unknown option '" << given << "'"
              << (sug.empty() ? "" : "; did you mean '" + sug + "'?") << "\n"
              << "Try 'clerk " << cmd << " --help'.\n";
    return false;
  } catch (const po::error& e) {
    std::cerr << "clerk " << cmd << ": " << e.what() << "\n"
              << "Try 'clerk " << cmd << " --help'.\n";
    return false;
  }
  return true;
}

}  // namespace clerk::cli
