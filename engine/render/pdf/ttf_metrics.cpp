#include "render/pdf/ttf_metrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

#include "media/font_shaper.h"

namespace clerk::render::pdf {

// Widths in 1/1000 em, truncated as libharu truncates them for /Widths.
std::shared_ptr<const FontMetrics> FontMetrics::FromProgram(
    std::shared_ptr<const media::FontProgram> program) {
  auto m = std::make_shared<FontMetrics>();
  const int upem = program->units_per_em;
  m->ascent_ = program->ascender * 1000 / upem;
  m->descent_ = program->descender * 1000 / upem;
  m->widths_.assign(0x10000, kMissing);
  for (size_t cp = 0; cp < program->advances.size(); ++cp) {
    const uint16_t a = program->advances[cp];
    if (a == media::FontProgram::kMissing) continue;
    const int w = a * 1000 / upem;
    m->widths_[cp] = static_cast<uint16_t>(w >= kMissing ? kMissing - 1 : w);
  }
  m->kerning_ = program->shaper != nullptr && program->shaper->has_kerning();
  if (m->kerning_) {
    m->pairs_ = std::make_unique<std::atomic<int16_t>[]>(kSlots * kSlots);
    for (int i = 0; i < kSlots * kSlots; ++i) {
      m->pairs_[i].store(kUnknown, std::memory_order_relaxed);
    }
  }
  m->program_ = std::move(program);
  return m;
}

int FontMetrics::ShapePair(char32_t a, char32_t b) const {
  const uint16_t na = program_->advances.size() > a ? program_->advances[a]
                                                    : media::FontProgram::kMissing;
  const uint16_t nb = program_->advances.size() > b ? program_->advances[b]
                                                    : media::FontProgram::kMissing;
  if (na == media::FontProgram::kMissing || nb == media::FontProgram::kMissing) return 0;
  const char32_t pair[2] = {a, b};
  const std::vector<int> adv = program_->shaper->Advances(std::u32string_view(pair, 2));
  if (adv.size() != 2) return 0;
  const long diff = static_cast<long>(adv[0]) + adv[1] - na - nb;
  const long k = std::lround(static_cast<double>(diff) * 1000.0 / program_->units_per_em);
  return static_cast<int>(std::clamp(k, -30000L, 30000L));
}

int FontMetrics::KernSlow(char32_t a, char32_t b, int sa, int sb) const {
  if (sa >= 0 && sb >= 0) {
    // Two threads may shape the same pair at once; both store the same value.
    const int k = ShapePair(a, b);
    pairs_[sa * kSlots + sb].store(static_cast<int16_t>(k), std::memory_order_relaxed);
    return k;
  }
  const uint64_t key = (static_cast<uint64_t>(a) << 32) | b;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = other_pairs_.find(key);
    if (it != other_pairs_.end()) return it->second;
  }
  const int k = ShapePair(a, b);
  std::lock_guard<std::mutex> lock(mu_);
  if (other_pairs_.size() >= 1 << 16) other_pairs_.clear();
  other_pairs_[key] = static_cast<int16_t>(k);
  return k;
}

Result<std::shared_ptr<const FontMetrics>> FontMetrics::Parse(
    const std::string& path, const std::string& bytes) {
  auto program = media::SanitiseFont(path, bytes);
  if (!program.ok()) return program.status();
  return FromProgram(*program);
}

Result<std::shared_ptr<const FontMetrics>> FontMetrics::Load(
    const std::string& path) {
  // media caches the program by path and content; the metrics follow it.
  auto program = media::LoadFontProgram(path);
  if (!program.ok()) return program.status();
  static std::mutex mu;
  static auto* cache =
      new std::map<const media::FontProgram*, std::shared_ptr<const FontMetrics>>;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache->find(program->get());
  if (it != cache->end()) return it->second;
  if (cache->size() >= 64) cache->clear();
  std::shared_ptr<const FontMetrics> m = FromProgram(*program);
  (*cache)[program->get()] = m;  // m keeps the program, so the key stays unique
  return m;
}

}  // namespace clerk::render::pdf
