#include "typeset/pagination.hpp"

#include <fmt/format.h>

#include <cmath>
#include <deque>

#include "base/message_text.hpp"
#include "typeset/columns.hpp"
#include "typeset/table.hpp"

namespace typeset {

namespace {

constexpr double kTolerance = 0.01;  // points: rounding, not room

class Paginator {
 public:
  Paginator(std::deque<Strip> strips, const PaginationInput& input)
      : input_(input), queue_(std::move(strips)) {
    open_page(input.first_master);
  }

  std::vector<PageLayout> run() {
    while (!queue_.empty()) {
      Strip strip = std::move(queue_.front());
      queue_.pop_front();
      step(std::move(strip));
    }
    if (!page_.strips.empty() || pages_.empty()) pages_.push_back(std::move(page_));
    return std::move(pages_);
  }

 private:
  void open_page(const std::string& master) {
    master_ = master;
    page_ = PageLayout{};
    page_.master = master;
    const PageMaster* found = input_.tmpl->page_master(master);
    if (found == nullptr) {
      report(fmt::format("gabarit de page inconnu « {} »", master));
      static const PageMaster kPlain;
      found = &kPlain;
    }
    page_.frame = found->frame();
    y_ = 0;
    has_content_ = false;
  }

  // The next page uses `next_master` when a page break names one, else the
  // master that the current one says follows it, else the same.
  void close_page(const std::string& next_master) {
    pages_.push_back(std::move(page_));
    if (!next_master.empty()) {
      open_page(next_master);
      return;
    }
    const PageMaster* current = input_.tmpl->page_master(master_);
    open_page(current != nullptr && !current->next.empty() ? current->next : master_);
  }

  void report(std::string message) const {
    if (input_.diagnostics == nullptr) return;
    input_.diagnostics->error(input_.tmpl->source_file, {}, std::move(message));
  }

  double room() const { return page_.frame.height - y_; }

  // " (« first words »)": which content a message is about.
  static std::string where(const Strip& strip) {
    const GlyphRun* first = strip.boxes.glyphs.empty() ? nullptr : &strip.boxes.glyphs.front();
    if (first == nullptr && strip.columns) {
      const ColumnSetLayout& set = *strip.columns;
      for (std::size_t i = set.begin; i < set.end && first == nullptr; ++i) {
        const std::string inner = where((*set.content)[i]);
        if (!inner.empty()) return inner;
      }
    }
    if (first == nullptr && strip.row) {
      for (const CellLayout& cell : strip.row->cells) {
        for (const Strip& line : cell.strips) {
          if (first == nullptr && !line.boxes.glyphs.empty()) first = &line.boxes.glyphs.front();
        }
      }
    }
    if (first == nullptr) return {};
    return fmt::format(" (« {} »)", base::excerpt(first->text, 40));
  }

  void place(Strip strip, double space, bool repeated = false) {
    y_ += space;
    const bool content = !repeated && (strip.height > 0 || strip.text_lines > 0);
    page_.strips.push_back({std::move(strip), page_.frame.y + y_, page_.frame.x, repeated});
    y_ += page_.strips.back().strip.height;
    has_content_ = has_content_ || content;
  }

  // A conditional break (PageBreakBlock::unless_room, min_tail) with enough
  // room left on a page of the same master: no break.
  bool room_to_stay(const Strip& strip) const {
    const StripControls& controls = strip.flow_controls();
    if (controls.break_unless_room <= 0) return false;
    if (!controls.master.empty() && controls.master != master_) return false;
    const double frame = page_.frame.height;
    const double left = room();
    if (left + kTolerance < controls.break_unless_room * frame) return false;
    if (controls.break_min_tail <= 0 || frame <= 0) return true;
    // What follows, stacked: an estimate (splits repeat labels and padding).
    double group = 0;
    double first_space = 0;  // dropped at the top of a new page
    for (const Strip& next : queue_) {
      if (next.page_break_before) break;
      if (group > 0) {
        group += next.space_before;
      } else {
        first_space = next.space_before;
      }
      group += next.height;
    }
    const double here = group + first_space - left;
    if (here <= 0) return true;  // all of it fits on this page
    const double tail_here = std::fmod(here, frame);
    const double tail_fresh = std::fmod(group, frame);
    const double limit = controls.break_min_tail * frame;
    const bool page_full_enough = frame - left >= limit;
    return !(tail_here < limit && tail_fresh > tail_here && page_full_enough);
  }

  void repeat_header_for(const Strip& strip) {
    if (!page_.strips.empty() || strip.table < 0 || strip.header || !strip.row) return;
    if (!strip.row->style->repeat_header || input_.table_headers == nullptr) return;
    const auto table = static_cast<std::size_t>(strip.table);
    if (table >= input_.table_headers->size()) return;
    for (const Strip& header : (*input_.table_headers)[table]) place(header, 0, true);
  }

  void step(Strip strip) {
    if (strip.page_break_before) {
      strip.page_break_before = false;
      const StripControls& controls = strip.flow_controls();
      if (page_.strips.empty()) {
        if (!controls.master.empty())
          open_page(controls.master);  // nothing placed yet: just change the master
      } else if (!room_to_stay(strip)) {
        close_page(controls.master);
      }
      const bool carries_nothing = strip.height == 0 && strip.boxes.empty() &&
                                   controls.marks.empty() && controls.outlines.empty();
      if (carries_nothing) return;  // so that two breaks in a row make no empty page
    }
    repeat_header_for(strip);
    const double space = y_ > 0 ? strip.space_before : 0;
    if (space + strip.height <= room() + kTolerance) {
      place(std::move(strip), space);
      return;
    }
    if (try_split(strip, space) || try_split_columns(strip, space)) return;
    end_page_before(std::move(strip), space);
  }

  // Fills the page with the columns' first part and queues the rest.
  bool try_split_columns(const Strip& strip, double space) {
    if (!strip.columns) return false;
    const double available = room() - space;
    std::optional<ColumnsSplit> split = split_columns(strip, available, ColumnBreaks::legal);
    if (!split && !has_content_) split = split_columns(strip, available, ColumnBreaks::any_strip);
    if (!split) return false;
    if (split->first.height > available + kTolerance) {
      report(fmt::format("page {} : un élément plus haut qu'une colonne déborde de {:.1f} pt{}",
                         pages_.size() + 1, split->first.height - available, where(strip)));
    }
    place(std::move(split->first), space);
    if (split->rest) {
      queue_.push_front(std::move(*split->rest));
      close_page({});
    }
    return true;
  }

  // Places the part of a row that fits and queues the rest for the next page.
  bool try_split(const Strip& strip, double space) {
    if (!strip.row) return false;
    const bool fresh = !has_content_;
    if (!fresh && (strip.header || !strip.row->style->rows_split)) return false;
    const double available = room() - space;
    std::vector<SplitRule> rules{SplitRule::strict};
    if (fresh) rules = {SplitRule::strict, SplitRule::relaxed, SplitRule::any_line};
    for (SplitRule rule : rules) {
      std::optional<RowSplit> split = split_row(*strip.row, available, rule);
      if (!split) continue;
      if (split->first.height() > available + kTolerance) {
        report(
            fmt::format("page {} : une ligne de tableau plus haute que la page déborde de "
                        "{:.1f} pt{}",
                        pages_.size() + 1, split->first.height() - available, where(strip)));
      }
      Strip first = strip;
      first.height = split->first.height();
      first.text_lines = 0;
      for (const CellLayout& cell : split->first.cells)
        first.text_lines += count_text_lines(cell.strips);
      first.row = std::make_shared<RowLayout>(std::move(split->first));
      Strip rest;
      rest.table = strip.table;
      rest.row_x = strip.row_x;
      rest.height = split->rest.height();
      rest.break_before = true;
      for (const CellLayout& cell : split->rest.cells)
        rest.text_lines += count_text_lines(cell.strips);
      rest.row = std::make_shared<RowLayout>(std::move(split->rest));
      place(std::move(first), space);
      queue_.push_front(std::move(rest));
      close_page({});
      return true;
    }
    return false;
  }

  // The strip does not fit: end the page at its last legal break.
  void end_page_before(Strip strip, double space) {
    std::size_t first_content = page_.strips.size();
    for (std::size_t i = 0; i < page_.strips.size(); ++i) {
      const PlacedStrip& placed = page_.strips[i];
      if (!placed.repeated_header && (placed.strip.height > 0 || placed.strip.text_lines > 0)) {
        first_content = i;
        break;
      }
    }
    if (first_content == page_.strips.size()) {
      // A fresh page and still no room: place it anyway rather than lose it.
      report(
          fmt::format("page {} : un élément de {:.1f} pt ne tient pas dans le cadre de {:.1f} pt{}",
                      pages_.size() + 1, strip.height, page_.frame.height, where(strip)));
      place(std::move(strip), space);
      return;
    }
    // Position j: a break before page_.strips[j], or before `strip` when j == size.
    const std::size_t size = page_.strips.size();
    auto legal = [&](std::size_t j) {
      if (j == size) return strip.break_before;
      return !page_.strips[j].repeated_header && page_.strips[j].strip.break_before;
    };
    auto splits_word = [&](std::size_t j) {
      return j == size ? strip.splits_word : page_.strips[j].strip.splits_word;
    };
    std::size_t cut = 0;
    for (std::size_t j = size; j > first_content && cut == 0; --j) {
      if (legal(j)) cut = j;
    }
    if (cut == 0) {
      cut = size;  // nowhere legal: break here all the same
    } else if (splits_word(cut) && cut - 1 > first_content && legal(cut - 1)) {
      --cut;  // one line less on this page rather than a word cut across pages
    }
    queue_.push_front(std::move(strip));
    for (std::size_t j = page_.strips.size(); j > cut; --j) {
      queue_.push_front(std::move(page_.strips[j - 1].strip));
    }
    page_.strips.resize(cut);
    close_page({});
  }

  const PaginationInput& input_;
  std::deque<Strip> queue_;
  std::vector<PageLayout> pages_;
  PageLayout page_;
  std::string master_;
  double y_ = 0;
  bool has_content_ = false;
};

}  // namespace

std::vector<PageLayout> paginate(std::deque<Strip> strips, const PaginationInput& input) {
  return Paginator(std::move(strips), input).run();
}

}  // namespace typeset
