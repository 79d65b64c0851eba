#include "render/pdf/ttf_metrics.h"

#include <map>
#include <mutex>

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
  m->program_ = std::move(program);
  return m;
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
