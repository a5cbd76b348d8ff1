// Windows: the console's control handler, which the system runs on a thread of its own. While
// interrupts are deferred the handler waits, and then either sets the flag (once
// catch_interrupts was called) or lets the system end the program, as POSIX's held-back
// signals do.
#include <condition_variable>
#include <mutex>

#include <windows.h>

#include "platform/deferred_interrupts.hpp"
#include "scdash/platform/interrupts.hpp"

namespace scdash::platform {
namespace {

std::atomic<bool> interrupted{false};
std::atomic<bool> caught{false};
std::mutex deferring_mutex;
std::condition_variable deferring_ended;
int deferring = 0;  // how many DeferredInterrupts are alive

BOOL WINAPI on_control(DWORD event) {
  if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT) {
    return FALSE;
  }
  std::unique_lock lock(deferring_mutex);
  deferring_ended.wait(lock, [] { return deferring == 0; });
  if (!caught) {
    return FALSE;  // the system's default: the program ends
  }
  interrupted = true;
  return TRUE;
}

void install_handler() {
  static const bool installed = SetConsoleCtrlHandler(on_control, TRUE) != 0;
  static_cast<void>(installed);
}

}  // namespace

const std::atomic<bool>& catch_interrupts() {
  caught = true;
  install_handler();
  return interrupted;
}

void fail_writes_past_file_size_limit() {}  // Windows has no file-size limit that kills

struct DeferredInterrupts::SavedMask {};

DeferredInterrupts::DeferredInterrupts() {
  install_handler();
  const std::lock_guard lock(deferring_mutex);
  ++deferring;
}

DeferredInterrupts::~DeferredInterrupts() {
  {
    const std::lock_guard lock(deferring_mutex);
    --deferring;
  }
  deferring_ended.notify_all();
}

}  // namespace scdash::platform
