#include "typeset/paragraph_cache.hpp"

namespace typeset {

std::string ParagraphCache::key(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                                std::string_view source_file) {
  // Every input of the preparation, with separators no text can hold. The
  // file is the one its problems would be reported in.
  std::string key(source_file);
  key += '\x1f';
  key += style.family;
  key += '\x1f';
  key += static_cast<char>('0' + static_cast<int>(style.base_style));
  key += style.hyphenate ? 'h' : '-';
  for (const InlineRun& run : runs) {
    key += '\x1e';
    key += run.italic ? 'i' : '-';
    key += run.bold ? 'b' : '-';
    key += run.superscript ? 's' : '-';
    key += run.line_break ? 'n' : '-';
    key += std::to_string(run.position.line);
    key += ':';
    key += std::to_string(run.position.column);
    key += '\x1f';
    key += run.text;
  }
  return key;
}

const PreparedText* ParagraphCache::find(const std::vector<InlineRun>& runs,
                                         const ParagraphStyle& style,
                                         std::string_view source_file) {
  const std::string name = key(runs, style, source_file);
  const std::lock_guard lock(mutex_);
  const auto found = prepared_.find(name);
  if (found == prepared_.end()) return nullptr;
  ++hits_;
  return found->second.get();
}

const PreparedText* ParagraphCache::add(const std::vector<InlineRun>& runs,
                                        const ParagraphStyle& style, PreparedText& prepared,
                                        std::string_view source_file) {
  std::string name = key(runs, style, source_file);
  // What the entry holds once kept, with a few words per allocation and the
  // map's node.
  constexpr std::size_t kPerAllocation = 16;
  const std::size_t entry = sizeof(PreparedText) + prepared.glyphs.size() * sizeof(PreparedGlyph) +
                            prepared.words.size() * sizeof(PreparedWord) +
                            prepared.problems.size() * sizeof(base::Diagnostic) + name.capacity() +
                            4 * kPerAllocation + sizeof(decltype(prepared_)::value_type);
  const std::lock_guard lock(mutex_);
  // Another thread may have kept the same paragraph meanwhile: its copy
  // stays (someone may hold it), the same as this one.
  if (const auto found = prepared_.find(name); found != prepared_.end()) return found->second.get();
  if (bytes_ + entry > budget_) return nullptr;
  bytes_ += entry;
  // Kept until the run is done: without the room grown for appending (up to
  // half of a vector's memory).
  prepared.glyphs.shrink_to_fit();
  prepared.words.shrink_to_fit();
  auto stored = std::make_unique<const PreparedText>(std::move(prepared));
  const PreparedText* result = stored.get();
  prepared_.emplace(std::move(name), std::move(stored));
  return result;
}

void ParagraphCache::release() {
  const std::lock_guard lock(mutex_);
  decltype(prepared_)().swap(prepared_);  // its buckets too
  budget_ = 0;
  bytes_ = 0;
}

std::size_t ParagraphCache::size() const {
  const std::lock_guard lock(mutex_);
  return prepared_.size();
}

std::size_t ParagraphCache::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

int ParagraphCache::hits() const {
  const std::lock_guard lock(mutex_);
  return hits_;
}

}  // namespace typeset
