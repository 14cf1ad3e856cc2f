#include "base/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace base {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  const char* severity = diagnostic.severity == Severity::error ? "error" : "warning";
  if (diagnostic.position.line == 0) {
    return fmt::format("{}: {}: {}", diagnostic.file, severity, diagnostic.message);
  }
  return fmt::format("{}:{}:{}: {}: {}", diagnostic.file, diagnostic.position.line,
                     diagnostic.position.column, severity, diagnostic.message);
}

void Diagnostics::error(std::string file, SourcePosition position, std::string message) {
  items_.push_back({Severity::error, std::move(file), position, std::move(message)});
}

void Diagnostics::warning(std::string file, SourcePosition position, std::string message) {
  items_.push_back({Severity::warning, std::move(file), position, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::append(Diagnostics&& other) {
  if (items_.empty()) {
    items_ = std::move(other.items_);
  } else {
    items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                  std::make_move_iterator(other.items_.end()));
  }
  other.items_.clear();
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

int Diagnostics::error_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  }));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(items_.size()) - error_count();
}

}  // namespace base
