#include "base/output_name.h"

namespace clerk {

std::string OutputNameProblem(std::string_view name) {
  if (name.empty()) return "it is empty";
  if (name.size() > kMaxOutputNameBytes) {
    return "it is longer than " + std::to_string(kMaxOutputNameBytes) +
           " bytes";
  }
  for (char c : name) {
    if (c == '/' || c == '\\') {
      std::string why("it contains '");
      why.push_back(c);
      why.append("' (an output name is a file name inside --out)");
      return why;
    }
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return "it contains a control character";
  }
  if (name[0] == '.') return "it starts with '.'";
  if (name[0] == '-') return "it starts with '-'";
  return "";
}

std::string CheckOutputName(std::string_view name) {
  std::string why = OutputNameProblem(name);
  if (why.empty()) return why;
  std::string msg("output name '");
  msg.append(name).append("' is not a plain file name: ").append(why);
  return msg;
}

}  // namespace clerk
