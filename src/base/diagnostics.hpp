// A problem found in an input file, reported in the GCC style
// `file:line:col: error: message`, with the message in plain French.
#pragma once

#include <string>
#include <vector>

namespace base {

// A place in a source file: 1-based line and column (in characters, not bytes).
// Line 0 means "the file as a whole".
struct SourcePosition {
  int line = 0;
  int column = 0;
  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  SourcePosition position;
  std::string message;
};

// "file:line:col: error: message" (or "file: error: message" when line is 0).
std::string format_diagnostic(const Diagnostic& diagnostic);

// Collects every problem of a run instead of stopping at the first one.
class Diagnostics {
 public:
  void error(std::string file, SourcePosition position, std::string message);
  void warning(std::string file, SourcePosition position, std::string message);
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  // Adds every problem of `other`, in its order.
  void append(const Diagnostics& other);
  void append(Diagnostics&& other);

  bool has_errors() const;
  int error_count() const;
  int warning_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace base
