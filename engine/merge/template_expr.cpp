#include "merge/template_expr.h"

#include <cctype>

#include "base/utf8.h"
#include "merge/date_functions.h"

namespace clerk {

namespace {

// The location of byte i of `s`, which starts at `loc`.
SourceLoc Offset(const SourceLoc& loc, const std::string& s, size_t i) {
  SourceLoc l = loc;
  for (size_t k = 0; k < i && k < s.size(); ++k) {
    if (s[k] == '\n') {
      ++l.line;
      l.col = 1;
    } else if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) {
      ++l.col;
    }
  }
  return l;
}

// "name(a, b)" where the parenthesis closes at the end: the name and the
// top-level arguments.
bool SplitCall(const std::string& s, std::string* name,
                      std::vector<std::pair<std::string, size_t>>* args) {
  size_t p = s.find('(');
  if (p == std::string::npos || s.back() != ')') return false;
  std::string n(Trim(std::string_view(s).substr(0, p)));
  if (n.empty()) return false;
  for (char c : n) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return false;
  }
  int depth = 0;
  char quote = 0;
  size_t start = p + 1;
  for (size_t i = p; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(' || c == '[') {
      ++depth;
    } else if (c == ')' || c == ']') {
      --depth;
      if (depth == 0 && i != s.size() - 1) return false;
      if (depth == 0) args->push_back({s.substr(start, i - start), start});
    } else if (c == ',' && depth == 1) {
      args->push_back({s.substr(start, i - start), start});
      start = i + 1;
    }
  }
  *name = n;
  return true;
}

}  // namespace

ExprCompiler::ExprCompiler(pugi::xpath_variable_set* vars, Diagnostics* diags)
    : vars_(vars), diags_(diags) {
  vars_->add(std::string(kDoneVariable).c_str(), pugi::xpath_type_string);
}

// Splits "a {x} b" into pieces, compiling each expression. `loc` is where
// the text starts; expression locations are offset from it (exact when
// the text has no line breaks or entities before the brace).
Interp ExprCompiler::ParseInterp(const std::string& s, const SourceLoc& loc,
                               bool collapse) {
  Interp out;
  std::string lit;
  auto flush = [&] {
    if (lit.empty()) return;
    Piece p;
    p.literal = collapse ? CollapseSpace(lit) : lit;
    out.push_back(std::move(p));
    lit.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '{' && i + 1 < s.size() && s[i + 1] == '{') {
      lit.push_back('{');
      ++i;
    } else if (ch == '}' && i + 1 < s.size() && s[i + 1] == '}') {
      lit.push_back('}');
      ++i;
    } else if (ch == '}') {
      diags_->Error(Offset(loc, s, i),
                    "unmatched '}' (write }} for a literal brace)");
    } else if (ch == '{') {
      size_t j = i + 1;
      char quote = 0;
      while (j < s.size() && (quote || s[j] != '}')) {
        if (quote && s[j] == quote) {
          quote = 0;
        } else if (!quote && (s[j] == '\'' || s[j] == '"')) {
          quote = s[j];
        }
        ++j;
      }
      if (j >= s.size()) {
        diags_->Error(Offset(loc, s, i),
                      "unclosed '{' (write {{ for a literal brace)");
        return out;
      }
      flush();
      Piece p;
      p.expr = CompileExpr(s.substr(i + 1, j - i - 1),
                           Offset(loc, s, i + 1));
      if (p.expr) out.push_back(std::move(p));
      i = j;
    } else {
      lit.push_back(ch);
    }
  }
  flush();
  return out;
}


std::unique_ptr<pugi::xpath_query> ExprCompiler::Query(const std::string& text,
                                                   const SourceLoc& loc) {
  if (Trim(text).empty()) {
    diags_->Error(loc, "empty XPath expression");
    return nullptr;
  }
  std::string rewrite_error;
  auto rewritten = RewriteDateFunctions(text, &rewrite_error);
  if (!rewritten) {
    diags_->Error(loc, "invalid XPath '" + text + "': " + rewrite_error);
    return nullptr;
  }
  try {
    return std::make_unique<pugi::xpath_query>(rewritten->c_str(), vars_);
  } catch (const pugi::xpath_exception& e) {
    SourceLoc at = loc;
    ptrdiff_t off = e.result().offset;
    if (*rewritten != text) off = 0;  // an offset into the rewritten text
    if (off > 0) at.col += static_cast<int>(Utf8Length(
                     std::string_view(text).substr(0, static_cast<size_t>(off))));
    std::string why = e.result().description();
    // Very long expressions are cut in the message (the caret points).
    std::string shown = Utf8Length(text) > 80
                            ? std::string(text.substr(0, 60)) + "…"
                            : text;
    std::string msg = "invalid XPath '" + shown + "': " + why;
    if (why.find("variable") != std::string::npos) {
      msg = "invalid XPath '" + text + "': unknown variable";
      size_t dollar = text.find('$');
      if (dollar != std::string::npos) {
        size_t e2 = dollar + 1;
        while (e2 < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[e2])) ||
                text[e2] == '-' || text[e2] == '_' || text[e2] == '.')) {
          ++e2;
        }
        msg += " " + text.substr(dollar, e2 - dollar) +
               " (data sources, params and <let> names are variables)";
      }
    } else if (why.find("function") != std::string::npos) {
      size_t paren = text.find('(');
      if (paren != std::string::npos) {
        std::string fn(Trim(text.substr(0, paren)));
        std::string sug = Suggest(fn, FormatterNames());
        std::string dsug = Suggest(fn, DateFunctionNames());
        if (!sug.empty()) {
          msg += "; did you mean the formatter " + sug + "(…)?";
        } else if (!dsug.empty()) {
          msg += "; did you mean the date function " + dsug + "(…)?";
        }
      }
    }
    diags_->Error(at, msg);
    return nullptr;
  }
}


std::unique_ptr<Expr> ExprCompiler::CompileExpr(const std::string& raw,
                                              const SourceLoc& loc) {
  auto e = std::make_unique<Expr>();
  std::string s(Trim(raw));
  e->text = s;
  e->loc = loc;
  std::string name;
  std::vector<std::pair<std::string, size_t>> args;
  if (SplitCall(s, &name, &args)) {
    if (auto dates = DateFunctionDateArgs(name)) {
      // The whole expression is compiled (rewritten) below; its date
      // arguments are kept to be checked when the value is used.
      e->date_function = name;
      for (int i : *dates) {
        if (static_cast<size_t>(i) >= args.size()) break;
        SourceLoc aloc = loc;
        aloc.col += static_cast<int>(args[static_cast<size_t>(i)].second);
        auto q = Query(std::string(Trim(args[static_cast<size_t>(i)].first)),
                       aloc);
        if (!q) return nullptr;
        e->date_args.push_back(std::move(q));
      }
    } else if (auto f = FormatterByName(name)) {
      int n = static_cast<int>(args.size());
      if (n < FormatterMinArgs(*f) || n > FormatterMaxArgs(*f)) {
        int lo = FormatterMinArgs(*f), hi = FormatterMaxArgs(*f);
        diags_->Error(loc, "formatter " + name + " takes " +
                               std::to_string(lo) +
                               (hi > lo ? " or " + std::to_string(hi) : "") +
                               (hi == 1 ? " argument" : " arguments") +
                               ", not " + std::to_string(n));
        return nullptr;
      }
      e->formatter = f;
      for (auto& [a, off] : args) {
        SourceLoc aloc = loc;
        aloc.col += static_cast<int>(off);
        auto q = Query(std::string(Trim(a)), aloc);
        if (!q) return nullptr;
        e->args.push_back(std::move(q));
      }
      return e;
    }
  }
  auto q = Query(s, loc);
  if (!q) return nullptr;
  e->args.push_back(std::move(q));
  return e;
}

}  // namespace clerk
