#include "scdash/platform/interrupts.hpp"

#include <pthread.h>

#include <csignal>

#include "platform/deferred_interrupts.hpp"

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

struct DeferredInterrupts::SavedMask {
  sigset_t mask;
};

DeferredInterrupts::DeferredInterrupts() : saved_(std::make_unique<SavedMask>()) {
  sigset_t deferred;
  sigemptyset(&deferred);
  sigaddset(&deferred, SIGINT);
  sigaddset(&deferred, SIGTERM);
  sigaddset(&deferred, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &deferred, &saved_->mask);
}

DeferredInterrupts::~DeferredInterrupts() {
  pthread_sigmask(SIG_SETMASK, &saved_->mask, nullptr);
}

}  // namespace scdash::platform
