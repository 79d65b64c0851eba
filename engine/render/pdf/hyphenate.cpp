#include "render/pdf/hyphenate.h"

#include <hyphen.h>

#include <cstdlib>
#include <mutex>
#include <string>

namespace clerk::render::pdf {

namespace {

constexpr const char* kPatterns = "/usr/share/hyphen/hyph_en_GB.dic";
constexpr size_t kMinWord = 5, kMaxWord = 64;

// Loaded once per process; libhyphen only reads the dictionary afterwards,
// so batch threads share it.
HyphenDict* Dictionary() {
  static std::once_flag once;
  static HyphenDict* dict = nullptr;
  std::call_once(once, [] { dict = hnj_hyphen_load(kPatterns); });
  return dict;
}

bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::vector<size_t> HyphenationPoints(std::string_view word) {
  std::vector<size_t> out;
  size_t b = 0, e = word.size();
  while (b < e && !IsLetter(word[b])) ++b;
  while (e > b && !IsLetter(word[e - 1])) --e;
  if (e - b < kMinWord || e - b > kMaxWord) return out;
  std::string core;
  for (size_t i = b; i < e; ++i) {
    char c = word[i];
    if (!IsLetter(c)) return out;  // "co-production", "SD2.04", "2023/24"
    core += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  HyphenDict* dict = Dictionary();
  if (dict == nullptr) return out;
  std::string hyphens(core.size() + 5, '\0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int rc = hnj_hyphen_hyphenate3(dict, core.data(), static_cast<int>(core.size()),
                                 hyphens.data(), nullptr, &rep, &pos, &cut, 2, 3, 2, 3);
  if (rep != nullptr) {  // non-standard hyphenation (not in en-GB): unused
    for (size_t i = 0; i < core.size(); ++i) std::free(rep[i]);
    std::free(rep);
  }
  std::free(pos);
  std::free(cut);
  if (rc != 0) return out;
  for (size_t i = 0; i + 1 < core.size(); ++i) {
    if (hyphens[i] & 1) out.push_back(b + i + 1);
  }
  return out;
}

}  // namespace clerk::render::pdf
