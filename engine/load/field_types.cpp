#include "load/field_types.h"

#include <cstdio>

#include "base/calendar.h"
#include "base/utf8.h"

namespace clerk {

namespace {

struct TypeName {
  std::string_view name;
  FieldType type;
};

const TypeName kTypes[] = {
    {"text", FieldType::kText},       {"date", FieldType::kDate},
    {"money", FieldType::kMoney},     {"integer", FieldType::kInteger},
    {"decimal", FieldType::kDecimal}, {"percent", FieldType::kPercent},
    {"rag", FieldType::kRag},
};

struct FormatName {
  std::string_view name;
  DateFormat format;
};

const FormatName kFormats[] = {
    {"iso", DateFormat::kIso},          {"yyyy-mm-dd", DateFormat::kIso},
    {"dd/mm/yyyy", DateFormat::kDmy},   {"dd/mm/yy", DateFormat::kDmyShort},
    {"d-month-yyyy", DateFormat::kLong}, {"dd-mmm-yy", DateFormat::kExcel},
    {"dd-mmm-yyyy", DateFormat::kExcelLong},
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Lower case with every run of space, '-' or '_' made one space, so
// "Not-started", "not  started" and "NOT STARTED" are one key.
std::string Key(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : Trim(s)) {
    if (c == ' ' || c == '\t' || c == '-' || c == '_') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

bool Digits(std::string_view s, size_t lo, size_t hi) {
  if (s.size() < lo || s.size() > hi) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int Int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// "Mar", "March", "Sept" -> 3, 3, 9; 0 when not a month.
int MonthOf(std::string_view s, bool allow_full) {
  std::string m = Lower(s);
  for (int i = 0; i < 12; ++i) {
    std::string full = Lower(kMonthNames[i]);
    if ((m.size() == 3 && full.compare(0, 3, m) == 0) ||
        (allow_full && (m == full || (m == "sept" && i == 8)))) {
      return i + 1;
    }
  }
  return 0;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    parts.push_back(s.substr(start, p == std::string_view::npos ? p : p - start));
    if (p == std::string_view::npos) return parts;
    start = p + 1;
  }
}

// The shape of `s` as a date: fills y/m/d (unchecked) and the format.
bool DateShape(std::string_view s, CivilDate* d, DateFormat* f) {
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' &&
      Digits(s.substr(0, 4), 4, 4) && Digits(s.substr(5, 2), 2, 2) &&
      Digits(s.substr(8, 2), 2, 2)) {
    *d = {Int(s.substr(0, 4)), Int(s.substr(5, 2)), Int(s.substr(8, 2))};
    *f = DateFormat::kIso;
    return true;
  }
  auto slash = Split(s, '/');
  if (slash.size() == 3 && Digits(slash[0], 1, 2) && Digits(slash[1], 1, 2)) {
    if (Digits(slash[2], 4, 4)) {
      *d = {Int(slash[2]), Int(slash[1]), Int(slash[0])};
      *f = DateFormat::kDmy;
      return true;
    }
    if (Digits(slash[2], 2, 2)) {
      *d = {2000 + Int(slash[2]), Int(slash[1]), Int(slash[0])};
      *f = DateFormat::kDmyShort;
      return true;
    }
  }
  auto dash = Split(s, '-');
  if (dash.size() == 3 && Digits(dash[0], 1, 2) && MonthOf(dash[1], false)) {
    if (Digits(dash[2], 2, 2)) {
      *d = {2000 + Int(dash[2]), MonthOf(dash[1], false), Int(dash[0])};
      *f = DateFormat::kExcel;
      return true;
    }
    if (Digits(dash[2], 4, 4)) {
      *d = {Int(dash[2]), MonthOf(dash[1], false), Int(dash[0])};
      *f = DateFormat::kExcelLong;
      return true;
    }
  }
  auto words = Split(s, ' ');
  if (words.size() == 3) {
    std::string_view day = words[0];
    if (day.size() > 2) {
      std::string_view suf = day.substr(day.size() - 2);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
        day.remove_suffix(2);
      }
    }
    int m = MonthOf(words[1], true);
    if (Digits(day, 1, 2) && m && Digits(words[2], 4, 4)) {
      *d = {Int(words[2]), m, Int(day)};
      *f = DateFormat::kLong;
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<FieldType> FieldTypeByName(std::string_view name) {
  for (const TypeName& t : kTypes) {
    if (t.name == name) return t.type;
  }
  return std::nullopt;
}

const char* FieldTypeName(FieldType t) {
  for (const TypeName& e : kTypes) {
    if (e.type == t) return e.name.data();
  }
  return "text";
}

const char* FieldTypeList() {
  return "text, date, money, integer, decimal, percent or rag";
}

std::optional<DateFormat> DateFormatByName(std::string_view name) {
  std::string n = Lower(name);
  for (const FormatName& f : kFormats) {
    if (f.name == n) return f.format;
  }
  return std::nullopt;
}

const char* DateFormatName(DateFormat f) {
  for (const FormatName& e : kFormats) {
    if (e.format == f) return e.name.data();
  }
  return "iso";
}

const char* DateFormatList() {
  return "iso, dd/mm/yyyy, dd/mm/yy, d-month-yyyy, dd-mmm-yy or dd-mmm-yyyy";
}

std::optional<CivilDate> ReadDate(std::string_view in, DateFormat* format,
                                  std::string* why) {
  std::string_view s = Trim(in);
  CivilDate d;
  if (!DateShape(s, &d, format)) {
    *why = std::string("'").append(s) +
           "' is not a date (write 2025-03-31, 31/03/2025, 31 March 2025 or "
           "31-Mar-25)";
    return std::nullopt;
  }
  if (d.month < 1 || d.month > 12) {
    *why = std::string("'").append(s) + "' is not a date: there is no month " +
           std::to_string(d.month);
    return std::nullopt;
  }
  if (d.year < 1 || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
    *why = std::string("'").append(s) + "' is not a date: " +
           kMonthNames[d.month - 1] + " " + std::to_string(d.year) + " has " +
           std::to_string(DaysInMonth(d.year, d.month)) + " days";
    return std::nullopt;
  }
  return d;
}

std::string IsoDate(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year % 10000, d.month,
                d.day);
  return buf;
}

std::optional<CivilDate> ReadIsoDate(std::string_view s) {
  DateFormat f;
  std::string why;
  auto d = ReadDate(s, &f, &why);
  if (!d || f != DateFormat::kIso || Trim(s).size() != s.size()) {
    return std::nullopt;
  }
  return d;
}

long DaysFromCivil(const CivilDate& d) {
  // Howard Hinnant's days_from_civil, for years >= 1.
  long y = d.year - (d.month <= 2 ? 1 : 0);
  long era = y / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

RagVocabulary::RagVocabulary()
    : words_({{"Red", {"R"}, "red", false},
              {"Amber", {"A"}, "amber", false},
              {"Green", {"G"}, "green", false},
              {"Complete", {"C", "B", "Blue", "Completed", "Done"}, "complete",
               true},
              {"Not started", {"N", "Grey"}, "not-started", false}}) {}

RagVocabulary::RagVocabulary(std::vector<RagWord> words)
    : words_(std::move(words)) {}

std::optional<std::string> RagVocabulary::Canonical(std::string_view s) const {
  std::string k = Key(s);
  if (k.empty()) return std::nullopt;
  for (const RagWord& w : words_) {
    if (Key(w.word) == k) return w.word;
    for (const std::string& a : w.also) {
      if (Key(a) == k) return w.word;
    }
  }
  return std::nullopt;
}

std::string RagVocabulary::ColourOf(std::string_view canonical) const {
  for (const RagWord& w : words_) {
    if (w.word == canonical) return w.colour;
  }
  return "";
}

std::vector<std::string> RagVocabulary::DoneWords() const {
  std::vector<std::string> out;
  for (const RagWord& w : words_) {
    if (w.done) out.push_back(w.word);
  }
  return out;
}

std::string RagVocabulary::Describe() const {
  std::string out, also;
  for (size_t i = 0; i < words_.size(); ++i) {
    if (i > 0) out += i + 1 == words_.size() ? " or " : ", ";
    out += words_[i].word;
    for (const std::string& a : words_[i].also) {
      also += (also.empty() ? "" : ", ") + a;
    }
  }
  if (!also.empty()) out += " (or " + also + ")";
  return out;
}

std::optional<std::string> CanonicalNumber(std::string_view in, bool pound) {
  std::string_view s = Trim(in);
  bool neg = false;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    neg = true;
    s = Trim(s.substr(1, s.size() - 2));
  }
  auto strip_pound = [&] {
    if (pound && s.substr(0, 2) == "\xC2\xA3") s = Trim(s.substr(2));
  };
  strip_pound();
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    if (neg) return std::nullopt;
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  strip_pound();
  std::string whole, frac;
  bool dot = false;
  char prev = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      (dot ? frac : whole).push_back(c);
    } else if (c == '.' && !dot) {
      dot = true;
    } else if (c == ',' && !dot && prev >= '0' && prev <= '9') {
      // grouping comma
    } else {
      return std::nullopt;
    }
    prev = c;
  }
  if (prev == ',' || (whole.empty() && frac.empty())) return std::nullopt;
  size_t nz = whole.find_first_not_of('0');
  whole = nz == std::string::npos ? "0" : whole.substr(nz);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string out = whole;
  if (!frac.empty()) out += "." + frac;
  if (neg && out != "0") out = "-" + out;
  return out;
}

namespace {

// "73.5" -> "0.735": the decimal point moved two places left.
std::string DivideBy100(const std::string& n) {
  bool neg = !n.empty() && n[0] == '-';
  std::string digits = neg ? n.substr(1) : n;
  size_t dot = digits.find('.');
  std::string whole = dot == std::string::npos ? digits : digits.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : digits.substr(dot + 1);
  while (whole.size() < 3) whole = "0" + whole;
  frac = whole.substr(whole.size() - 2) + frac;
  whole = whole.substr(0, whole.size() - 2);
  std::string joined = whole + "." + frac;
  auto c = CanonicalNumber(joined, false);
  std::string out = c ? *c : "0";
  return neg && out != "0" ? "-" + out : out;
}

}  // namespace

TypedValue ReadTyped(FieldType type, std::string_view raw,
                     const RagVocabulary& vocab) {
  TypedValue v;
  std::string_view s = Trim(raw);
  if (s.empty()) {
    v.ok = true;
    return v;
  }
  std::string q = std::string("'").append(s) + "'";
  switch (type) {
    case FieldType::kText:
      v.ok = true;
      v.canonical = std::string(raw);
      return v;
    case FieldType::kDate: {
      auto d = ReadDate(s, &v.format, &v.why);
      if (!d) return v;
      v.ok = true;
      v.canonical = IsoDate(*d);
      return v;
    }
    case FieldType::kMoney: {
      auto n = CanonicalNumber(s, true);
      if (!n) {
        v.why = q + " is not an amount of money (write 1250, 1,250.50, "
                "£1,250, -£1,250 or (£1,250))";
        return v;
      }
      v.ok = true;
      v.canonical = *n;
      return v;
    }
    case FieldType::kInteger: {
      auto n = CanonicalNumber(s, false);
      if (!n || n->find('.') != std::string::npos) {
        v.why = q + " is not a whole number (write 12500 or 12,500)";
        return v;
      }
      v.ok = true;
      v.canonical = *n;
      return v;
    }
    case FieldType::kDecimal: {
      auto n = CanonicalNumber(s, false);
      if (!n) {
        v.why = q + " is not a number (write 3.25, -0.5 or 1,250.75)";
        return v;
      }
      v.ok = true;
      v.canonical = *n;
      return v;
    }
    case FieldType::kPercent: {
      bool pct = !s.empty() && s.back() == '%';
      std::string_view num = pct ? Trim(s.substr(0, s.size() - 1)) : s;
      auto n = CanonicalNumber(num, false);
      if (!n) {
        v.why = q + " is not a percentage (write 73%, 73.5% or the ratio "
                "0.735)";
        return v;
      }
      v.ok = true;
      v.canonical = pct ? DivideBy100(*n) : *n;
      return v;
    }
    case FieldType::kRag: {
      auto w = vocab.Canonical(s);
      if (!w) {
        v.why = q + " is not a RAG status: write " + vocab.Describe();
        return v;
      }
      v.ok = true;
      v.canonical = *w;
      return v;
    }
  }
  return v;
}

}  // namespace clerk
