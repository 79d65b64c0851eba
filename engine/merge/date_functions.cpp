#include "merge/date_functions.h"

#include <cstdio>
#include <initializer_list>

#include "base/utf8.h"
#include "load/field_types.h"

namespace clerk {

namespace {

struct Fn {
  std::string_view name;
  int args;
  std::vector<int> dates;
};

const std::vector<Fn>& Functions() {
  static const std::vector<Fn> fns = {
      {"before", 2, {0, 1}},  {"days-between", 2, {0, 1}},
      {"overdue", 3, {0, 2}}, {"weekday", 1, {0}},
      {"quarter", 1, {0}},    {"financial-year", 1, {0}},
      // Not a date function, but rewritten the same way: if(c, a, b) is a's
      // string when c is true, else b's.
      {"if", 3, {}},
  };
  return fns;
}

const Fn* Find(std::string_view name) {
  for (const Fn& f : Functions()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

// The rewritten expression grows with each nested call; past this it is
// refused rather than handed to the XPath compiler.
constexpr size_t kMaxRewritten = 64 * 1024;

bool NameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// XPath pieces over an ISO date string. `a` is an argument expression.
// Cat appends its parts to one string (GCC 12 at -O3 warns falsely,
// -Wrestrict, GCC bug 105329, about "literal" + a returned string).
std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}
std::string Str(const std::string& a) { return Cat({"string((", a, "))"}); }
std::string Part(const std::string& a, int from, int len) {
  return Cat({"number(substring(", Str(a), ",", std::to_string(from), ",",
              std::to_string(len), "))"});
}
// yyyymmdd as a number; NaN unless `a` has the shape dddd-dd-dd.
std::string Key(const std::string& a) {
  std::string s = Str(a);
  return Cat({"number(concat(substring(", s, ",1,4),substring(", s,
              ",6,2),substring(", s, ",9,2),substring('x',1+2*number(",
              "string-length(", s, ")=10 and substring(", s,
              ",5,1)='-' and substring(", s, ",8,1)='-'))))"});
}
// A day count (consecutive days differ by one); NaN like Key.
std::string Days(const std::string& a) {
  std::string y = Part(a, 1, 4), m = Part(a, 6, 2), d = Part(a, 9, 2);
  std::string yp = Cat({"(", y, "-number(", m, "<3))"});
  return Cat({"(365*", yp, "+floor(", yp, " div 4)-floor(", yp, " div 100)+floor(", yp,
              " div 400)+floor((153*((", m, "+9) mod 12)+2) div 5)+", d, "+0*", Key(a), ")"});
}
std::string Valid(const std::string& a) {
  return Cat({"number(", Key(a), "=", Key(a), ")"});
}

std::string Expand(const Fn& f, const std::vector<std::string>& a) {
  if (f.name == "if") {
    // substring(s, 1) is s and substring(s, 1 div 0) (infinity) is "":
    // exactly one branch survives, as a string.
    return Cat({"concat(substring(", Str(a[1]), ",1 div boolean((", a[0],
                "))),substring(", Str(a[2]), ",1 div not((", a[0], "))))"});
  }
  if (f.name == "before") return Cat({"(", Key(a[0]), "<", Key(a[1]), ")"});
  if (f.name == "days-between") {
    return Cat({"(", Days(a[1]), "-", Days(a[0]), ")"});
  }
  if (f.name == "overdue") {
    // The done words are known only when merging (the job's or the
    // style's RAG vocabulary): the variable $clerk.done holds them as
    // "|Complete|Closed|".
    return Cat({"(", Key(a[0]), "<", Key(a[2]), " and not(contains($", kDoneVariable,
                ",concat('|',", Str(a[1]), ",'|'))))"});
  }
  if (f.name == "weekday") {
    return Cat({"normalize-space(substring('Monday    Tuesday   Wednesday Thursday "
                " Friday    Saturday  Sunday    ',10*((",
                Days(a[0]), "+1) mod 7)+1,10))"});
  }
  std::string m = Part(a[0], 6, 2);
  if (f.name == "quarter") {
    return Cat({"(floor(((", m, "+8) mod 12) div 3)+1+0*", Key(a[0]), ")"});
  }
  // financial-year: "2024/25" for April 2024 to March 2025.
  std::string fy = Cat({"(", Part(a[0], 1, 4), "-number(", m, "<4))"});
  return Cat({"substring(concat(", fy, ",'/',substring(string(100+((", fy,
              "+1) mod 100)),2)),1,7*", Valid(a[0]), ")"});
}

// Rewrites s[i..] up to the end or an unmatched ')' / top-level ','
// (when `in_call`); *i is left on the stopping character.
bool RewriteFrom(std::string_view s, size_t* i, bool in_call,
                 std::string* out, std::string* error) {
  int depth = 0;
  while (*i < s.size()) {
    char c = s[*i];
    if (c == '\'' || c == '"') {
      size_t end = s.find(c, *i + 1);
      if (end == std::string_view::npos) end = s.size() - 1;
      out->append(s.substr(*i, end - *i + 1));
      *i = end + 1;
      continue;
    }
    if (in_call && depth == 0 && (c == ')' || c == ',')) return true;
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    bool starts_name = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        c == '_') &&
                       (*i == 0 || (!NameChar(s[*i - 1]) && s[*i - 1] != '$' &&
                                    s[*i - 1] != '@'));
    if (!starts_name) {
      out->push_back(c);
      ++*i;
      continue;
    }
    size_t e = *i;
    while (e < s.size() && NameChar(s[e])) ++e;
    std::string_view name = s.substr(*i, e - *i);
    size_t p = e;
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n')) ++p;
    const Fn* f = Find(name);
    if (!f || p >= s.size() || s[p] != '(') {
      out->append(name);
      *i = e;
      continue;
    }
    *i = p + 1;
    std::vector<std::string> args;
    for (;;) {
      std::string arg;
      if (!RewriteFrom(s, i, true, &arg, error)) return false;
      if (*i >= s.size()) {
        *error = std::string(name) + "( is never closed";
        return false;
      }
      args.emplace_back(Trim(arg));
      if (s[*i] == ')') {
        ++*i;
        break;
      }
      ++*i;  // ','
    }
    if (args.size() == 1 && args[0].empty()) args.clear();
    if (static_cast<int>(args.size()) != f->args) {
      *error = std::string(name) + " takes " + std::to_string(f->args) +
               (f->args == 1 ? " argument" : " arguments") + ", not " +
               std::to_string(args.size());
      return false;
    }
    for (const std::string& a : args) {
      if (a.empty()) {
        *error = "an argument of " + std::string(name) + " is empty";
        return false;
      }
    }
    out->append(Expand(*f, args));
    if (out->size() > kMaxRewritten) {
      *error = "the date functions make this expression too long (nest them "
               "less, or use <let>)";
      return false;
    }
  }
  return true;
}

}  // namespace

std::string DoneVariableValue(const std::vector<std::string>& done) {
  std::string v = "|";
  for (const std::string& w : done) v += w + "|";
  return v;
}

const std::vector<std::string_view>& DateFunctionNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const Fn& f : Functions()) v.push_back(f.name);
    return v;
  }();
  return names;
}

std::optional<std::vector<int>> DateFunctionDateArgs(std::string_view name) {
  const Fn* f = Find(name);
  if (!f) return std::nullopt;
  return f->dates;
}

std::optional<std::string> RewriteDateFunctions(
    std::string_view xpath, std::string* error) {
  std::string out;
  size_t i = 0;
  if (!RewriteFrom(xpath, &i, false, &out, error)) return std::nullopt;
  return out;
}

std::optional<std::string> EvaluateDateFunction(
    std::string_view name, const std::vector<std::string>& args,
    const std::vector<std::string>& done) {
  const Fn* f = Find(name);
  if (!f || static_cast<int>(args.size()) != f->args) return std::nullopt;
  if (name == "if") return args[0] == "true" ? args[1] : args[2];
  auto date = [&](size_t i) { return ReadIsoDate(args[i]); };
  if (name == "before" || name == "overdue") {
    auto a = date(0), b = date(name == "before" ? 1 : 2);
    bool r = a && b && DaysFromCivil(*a) < DaysFromCivil(*b);
    if (name == "overdue") {
      for (const std::string& w : done) r = r && args[1] != w;
    }
    return r ? "true" : "false";
  }
  auto a = date(0);
  if (!a) return std::nullopt;
  if (name == "days-between") {
    auto b = date(1);
    if (!b) return std::nullopt;
    return std::to_string(DaysFromCivil(*b) - DaysFromCivil(*a));
  }
  if (name == "weekday") {
    static const char* kDays[] = {"Thursday", "Friday", "Saturday", "Sunday",
                                  "Monday", "Tuesday", "Wednesday"};
    long d = DaysFromCivil(*a) % 7;
    return kDays[d < 0 ? d + 7 : d];
  }
  if (name == "quarter") return std::to_string((a->month + 8) % 12 / 3 + 1);
  int fy = a->year - (a->month < 4 ? 1 : 0);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d/%02d", fy, (fy + 1) % 100);
  return buf;
}

}  // namespace clerk
