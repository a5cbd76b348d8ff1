// Interrupts: Ctrl-C and the system's request to stop, caught so that a long-running front end
// (`scdash watch`) ends cleanly; and the file-size limit, which must fail a write rather than
// kill the program half-way through it.
//
//   const std::atomic<bool>& stop = scdash::platform::catch_interrupts();
//   while (!stop) { ... }
#pragma once

#include <atomic>

namespace scdash::platform {

// From now on Ctrl-C (SIGINT) and SIGTERM set the flag returned instead of ending the program.
const std::atomic<bool>& catch_interrupts();

// A write past the process's file-size limit fails with an error, which is reported like a
// full disk, instead of killing the program (SIGXFSZ on POSIX; nothing to do elsewhere).
void fail_writes_past_file_size_limit();

}  // namespace scdash::platform
