// Ctrl-C (SIGINT) and SIGTERM while a command writes files. The first signal
// only raises a flag: the command checks it between documents, abandons its
// staged files (output_staging.hpp) and says so. A second signal ends the
// process at once, as usual; the next run then removes what it left.
//
//   documents::InterruptionWatch watch;          // for the command's lifetime
//   … if (watch.received() != 0) { staging.abandon(); report; return 130; }
#pragma once

#include <csignal>
#include <string>

namespace documents {

class InterruptionWatch {
 public:
  InterruptionWatch();   // installs the handlers (one watch at a time)
  ~InterruptionWatch();  // puts the previous ones back
  InterruptionWatch(const InterruptionWatch&) = delete;
  InterruptionWatch& operator=(const InterruptionWatch&) = delete;

  // The signal received since the watch began (SIGINT, SIGTERM), or 0.
  int received() const;

  // "Ctrl-C (SIGINT)", "SIGTERM".
  static std::string describe(int signal_number);
  // The exit status of a process ended by `signal_number`, by convention 128 + n.
  static int exit_status(int signal_number) { return 128 + signal_number; }

 private:
  struct sigaction previous_interrupt_ {};
  struct sigaction previous_terminate_ {};
};

}  // namespace documents
