// DeferredInterrupts: while the outputs are written and renamed into place, Ctrl-C, SIGTERM and
// SIGHUP wait, and take effect as the guard ends. So an interrupted run has written all its
// outputs or none, and leaves no temporary file beside them. The signals are held back for the
// calling thread, which is the only one running while outputs are written (the readers' threads
// have ended by then).
#pragma once

#include <memory>

namespace scdash::platform {

class DeferredInterrupts {
 public:
  DeferredInterrupts();
  ~DeferredInterrupts();  // lets through what arrived meanwhile
  DeferredInterrupts(const DeferredInterrupts&) = delete;
  DeferredInterrupts& operator=(const DeferredInterrupts&) = delete;

 private:
  struct SavedMask;  // the thread's signal mask before, as the system keeps it
  std::unique_ptr<SavedMask> saved_;
};

}  // namespace scdash::platform
