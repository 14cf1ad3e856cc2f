// Setting an environment variable for one test (SOURCE_DATE_EPOCH,
// BROCHURE_DATA_DIR), put back as it was afterwards.
#pragma once

#include <cstdlib>
#include <optional>
#include <string>

namespace test_support {

class EnvironmentVariable {
 public:
  // `value` nullptr: the variable is unset for the test.
  EnvironmentVariable(std::string name, const char* value) : name_(std::move(name)) {
    if (const char* old = std::getenv(name_.c_str())) previous_ = old;
    if (value) {
      ::setenv(name_.c_str(), value, 1);
    } else {
      ::unsetenv(name_.c_str());
    }
  }
  ~EnvironmentVariable() {
    if (previous_) {
      ::setenv(name_.c_str(), previous_->c_str(), 1);
    } else {
      ::unsetenv(name_.c_str());
    }
  }
  EnvironmentVariable(const EnvironmentVariable&) = delete;
  EnvironmentVariable& operator=(const EnvironmentVariable&) = delete;

 private:
  std::string name_;
  std::optional<std::string> previous_;
};

}  // namespace test_support
