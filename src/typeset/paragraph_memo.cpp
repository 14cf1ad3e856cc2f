#include "typeset/paragraph_memo.hpp"

#include <bit>
#include <functional>
#include <string_view>
#include <utility>

namespace typeset {
namespace {

void combine(std::size_t& hash, std::size_t value) {
  hash ^= value + 0x9e3779b97f4a7c15 + (hash << 6) + (hash >> 2);
}

// Of the texts and where they were typed, the measure and the size: what
// tells paragraphs apart (a label repeated in every session's sheet differs
// by its place). The entries found by it are compared whole.
std::size_t hash_of(const std::vector<InlineRun>& runs, const ParagraphStyle& style, double width) {
  std::size_t hash = runs.size();
  for (const InlineRun& run : runs) {
    combine(hash, std::hash<std::string_view>{}(run.text));
    combine(hash, static_cast<std::size_t>(run.position.line) << 20 ^
                      static_cast<std::size_t>(run.position.column));
  }
  combine(hash, std::bit_cast<std::size_t>(width));
  combine(hash, std::bit_cast<std::size_t>(style.size));
  return hash;
}

// What an entry holds, with a few words for each allocation and the map's node.
std::size_t bytes_of(const std::vector<InlineRun>& runs, const ParagraphLayout& layout,
                     const std::vector<base::Diagnostic>& problems) {
  constexpr std::size_t kPerAllocation = 16;
  std::size_t bytes = 96 + runs.size() * (sizeof(InlineRun) + kPerAllocation);
  for (const InlineRun& run : runs) bytes += run.text.capacity() + run.link.capacity();
  for (const LineBox& line : layout.lines) {
    bytes += sizeof(LineBox) + 2 * kPerAllocation;
    bytes += line.runs.size() * sizeof(GlyphRun) + line.links.size() * sizeof(LinkBox);
    for (const GlyphRun& run : line.runs) bytes += run.text.capacity();
    for (const LinkBox& link : line.links)
      bytes += link.uri.capacity() + link.destination.capacity();
  }
  for (const base::Diagnostic& problem : problems)
    bytes += sizeof(base::Diagnostic) + problem.file.capacity() + problem.message.capacity();
  return bytes;
}

}  // namespace

SetParagraphFn ParagraphMemo::wrap(SetParagraphFn set) {
  return
      [this, set = std::move(set)](const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                                   double width, base::Diagnostics* diagnostics) {
        return set_or_recall(set, runs, style, width, diagnostics);
      };
}

void ParagraphMemo::next_pass() {
  for (auto& [hash, entry] : entries_) {
    entry.asked_before = entry.asked_now;
    entry.asked_now = 0;
  }
}

ParagraphLayout ParagraphMemo::set_or_recall(const SetParagraphFn& set,
                                             const std::vector<InlineRun>& runs,
                                             const ParagraphStyle& style, double width,
                                             base::Diagnostics* diagnostics) {
  const std::size_t hash = hash_of(runs, style, width);
  for (auto [entry, end] = entries_.equal_range(hash); entry != end; ++entry) {
    Entry& kept = entry->second;
    if (kept.width != width || !(kept.style == style) || !(kept.runs == runs)) continue;
    ++hits_;
    if (diagnostics != nullptr)
      for (const base::Diagnostic& problem : kept.problems) diagnostics->add(problem);
    if (++kept.asked_now < kept.asked_before || kept.asked_before == 0) return kept.layout;
    // Asked for as often as in the pass before: no more this pass.
    ParagraphLayout layout = std::move(kept.layout);
    bytes_ -= kept.bytes;
    entries_.erase(entry);
    return layout;
  }
  // Set with its problems gathered, so that they can be told again.
  base::Diagnostics problems;
  ParagraphLayout layout = set(runs, style, width, &problems);
  const std::size_t bytes = bytes_of(runs, layout, problems.items());
  if (bytes_ + bytes <= budget_) {
    bytes_ += bytes;
    entries_.emplace(hash, Entry{.runs = runs,
                                 .style = style,
                                 .width = width,
                                 .layout = layout,
                                 .problems = problems.items(),
                                 .bytes = bytes,
                                 .asked_now = 1});
  }
  if (diagnostics != nullptr) diagnostics->append(std::move(problems));
  return layout;
}

}  // namespace typeset
