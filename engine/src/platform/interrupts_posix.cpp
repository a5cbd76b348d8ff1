#include "scdash/platform/interrupts.hpp"

#include <csignal>

namespace scdash::platform {
namespace {

std::atomic<bool> interrupted{false};

extern "C" void on_interrupt(int /*signal*/) {
  interrupted = true;
}

}  // namespace

const std::atomic<bool>& catch_interrupts() {
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  return interrupted;
}

void fail_writes_past_file_size_limit() {
  std::signal(SIGXFSZ, SIG_IGN);
}

}  // namespace scdash::platform
