#include "typeset/styles.hpp"

#include <algorithm>
#include <cctype>

namespace typeset {

const ListLevelStyle& ListStyle::level(int depth) const {
  static const ListLevelStyle kDefault;  // a list style always has levels once read
  if (levels.empty()) return kDefault;
  auto index = static_cast<std::size_t>(std::max(depth, 0));
  return levels[std::min(index, levels.size() - 1)];
}

namespace {

std::string roman(int number) {
  static const std::pair<int, const char*> kNumerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string text;
  for (auto [value, numeral] : kNumerals) {
    while (number >= value) {
      text += numeral;
      number -= value;
    }
  }
  return text;
}

std::string alphabetic(int number) {
  std::string text;
  while (number > 0) {
    --number;
    text.insert(text.begin(), static_cast<char>('a' + number % 26));
    number /= 26;
  }
  return text;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string format_list_number(const std::string& format, int number) {
  // The first of 1 a A i I is the counter; what surrounds it is kept.
  auto position = format.find_first_of("1aAiI");
  if (position == std::string::npos) return format;
  std::string counter;
  switch (format[position]) {
    case '1':
      counter = std::to_string(number);
      break;
    case 'a':
      counter = number > 0 ? alphabetic(number) : std::to_string(number);
      break;
    case 'A':
      counter = number > 0 ? upper(alphabetic(number)) : std::to_string(number);
      break;
    case 'i':
      counter = number > 0 ? roman(number) : std::to_string(number);
      break;
    default:
      counter = number > 0 ? upper(roman(number)) : std::to_string(number);
      break;
  }
  return format.substr(0, position) + counter + format.substr(position + 1);
}

std::vector<double> resolve_column_widths(const std::vector<ColumnWidth>& columns, double total) {
  std::vector<double> widths(columns.size(), 0);
  double fixed = 0;
  double shares = 0;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    switch (columns[i].unit) {
      case ColumnWidth::Unit::points:
        widths[i] = columns[i].value;
        break;
      case ColumnWidth::Unit::percent:
        widths[i] = total * columns[i].value / 100;
        break;
      case ColumnWidth::Unit::fill:
        shares += columns[i].value;
        break;
    }
    fixed += widths[i];
  }
  double rest = std::max(0.0, total - fixed);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].unit == ColumnWidth::Unit::fill && shares > 0) {
      widths[i] = rest * columns[i].value / shares;
    }
  }
  return widths;
}

double ColumnsStyle::column_width(double total) const {
  const int columns = std::max(1, count);
  return std::max(0.0, (total - gap * (columns - 1)) / columns);
}

}  // namespace typeset
