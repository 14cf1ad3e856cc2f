#include "documents/interruption.hpp"

namespace documents {
namespace {

// Written by the signal handler, hence a lock-free type with static storage:
// the one piece of global state a signal leaves no way around.
volatile std::sig_atomic_t received_signal = 0;

extern "C" void note_signal(int signal_number) {
  received_signal = signal_number;
}

}  // namespace

InterruptionWatch::InterruptionWatch() {
  received_signal = 0;
  struct sigaction action {};
  action.sa_handler = note_signal;
  sigemptyset(&action.sa_mask);
  // The handler runs once; a second signal finds the default action and ends
  // the process (a user pressing Ctrl-C twice means it).
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigaction(SIGINT, &action, &previous_interrupt_);
  sigaction(SIGTERM, &action, &previous_terminate_);
}

InterruptionWatch::~InterruptionWatch() {
  sigaction(SIGINT, &previous_interrupt_, nullptr);
  sigaction(SIGTERM, &previous_terminate_, nullptr);
}

int InterruptionWatch::received() const {
  return received_signal;
}

std::string InterruptionWatch::describe(int signal_number) {
  if (signal_number == SIGINT) return "Ctrl-C (SIGINT)";
  if (signal_number == SIGTERM) return "SIGTERM";
  return "signal " + std::to_string(signal_number);
}

}  // namespace documents
