// The types a data field can be declared with (or is detected as), and how
// one value of each type is read and written in its canonical form: ISO
// dates, plain decimal numbers, ratios for percentages, the vocabulary's
// own words for RAG statuses. Pure functions: typed_data.h applies them to
// a loaded data source.
#ifndef CLERK_LOAD_FIELD_TYPES_H_
#define CLERK_LOAD_FIELD_TYPES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/style.h"

namespace clerk {

enum class FieldType { kText, kDate, kMoney, kInteger, kDecimal, kPercent, kRag };

// "date" -> kDate; nullopt for an unknown name.
std::optional<FieldType> FieldTypeByName(std::string_view name);
const char* FieldTypeName(FieldType t);
// "text, date, money, integer, decimal, percent or rag"
const char* FieldTypeList();

// The ways a date may be written. Day always comes before month.
enum class DateFormat {
  kIso,        // iso: 2025-03-31
  kDmy,        // dd/mm/yyyy: 31/03/2025, 1/4/2025
  kDmyShort,   // dd/mm/yy: 31/03/25 (20yy)
  kLong,       // d-month-yyyy: 31 March 2025, 31 Mar 2025, 31st March 2025
  kExcel,      // dd-mmm-yy: 31-Mar-25 (20yy)
  kExcelLong,  // dd-mmm-yyyy: 31-Mar-2025
};

std::optional<DateFormat> DateFormatByName(std::string_view name);
const char* DateFormatName(DateFormat f);
// "iso, dd/mm/yyyy, dd/mm/yy, d-month-yyyy, dd-mmm-yy or dd-mmm-yyyy"
const char* DateFormatList();

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

// Reads a date written in any of the formats above. On success the date
// and the format it was written in; nullopt with *why ("'31/02/2025' is not
// a date: February 2025 has 28 days") otherwise.
std::optional<CivilDate> ReadDate(std::string_view s, DateFormat* format,
                                  std::string* why);
// "2025-03-31"
std::string IsoDate(const CivilDate& d);
// Strict ISO yyyy-mm-dd with a real day; nullopt otherwise.
std::optional<CivilDate> ReadIsoDate(std::string_view s);
// Days since 1970-01-01 (negative before).
long DaysFromCivil(const CivilDate& d);

// One status of a RAG vocabulary: word ("Complete"), also (synonyms "C",
// "Completed", "Blue"), colour (red, amber, green, complete, not-started,
// none) and done (an action with it is never overdue).
using RagWord = model::RagStatus;

// A council's RAG statuses. Words and synonyms match ignoring case and
// runs of space; the default is Red (R), Amber (A), Green (G), Complete (C,
// B, Blue, Completed, Done; done) and Not started (N, Grey, Not-started).
class RagVocabulary {
 public:
  RagVocabulary();  // the default
  explicit RagVocabulary(std::vector<RagWord> words);

  // The canonical word for `s`, or nullopt.
  std::optional<std::string> Canonical(std::string_view s) const;
  // The colour class of a canonical word ("" when unknown).
  std::string ColourOf(std::string_view canonical) const;
  // Canonical words marked done ("Complete").
  std::vector<std::string> DoneWords() const;
  // "Red, Amber, Green, Complete or Not started (or R, A, G, C, …)"
  std::string Describe() const;
  const std::vector<RagWord>& words() const { return words_; }

 private:
  std::vector<RagWord> words_;
};

// A value read as a type: its canonical text, or why it does not fit.
struct TypedValue {
  bool ok = false;
  std::string canonical;     // the form stored in the data tree
  DateFormat format = DateFormat::kIso;  // for dates: how it was written
  std::string why;           // when !ok: "'soon' is not a date (…)"
};

// Reads `raw` (already trimmed) as `type`. An empty value is always ok and
// stays empty. `vocab` is used for kRag.
TypedValue ReadTyped(FieldType type, std::string_view raw,
                     const RagVocabulary& vocab);

// "1,250.50" / "£1,250.5" -> "1250.5": optional sign, optional £ (money),
// digits with comma grouping, optional fraction; accounting negatives
// "(1,250)". nullopt when it is not a number.
std::optional<std::string> CanonicalNumber(std::string_view s, bool pound);

}  // namespace clerk

#endif  // CLERK_LOAD_FIELD_TYPES_H_
