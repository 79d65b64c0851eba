#include "model/document.h"

namespace clerk::model {

std::string PlainText(const Runs& runs) {
  std::string out;
  for (const Run& r : runs) {
    if (r.kind == RunKind::kLineBreak) {
      out += '\n';
    } else {
      out += r.text;
    }
  }
  return out;
}

const char* RagName(Rag r) {
  switch (r) {
    case Rag::kNone: return "";
    case Rag::kRed: return "Red";
    case Rag::kAmber: return "Amber";
    case Rag::kGreen: return "Green";
    case Rag::kComplete: return "Complete";
    case Rag::kNotStarted: return "Not started";
  }
  return "";
}

}  // namespace clerk::model
