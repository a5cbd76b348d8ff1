// FolderEvents: the system's notice that something in a folder (or a folder inside it) changed,
// so that the watcher sleeps until then instead of polling. Where the system gives no notices,
// wait() simply sleeps, and the watcher's snapshots still find every change.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>

namespace scdash::platform {

class FolderEvents {
 public:
  explicit FolderEvents(std::filesystem::path folder);
  ~FolderEvents();
  FolderEvents(const FolderEvents&) = delete;
  FolderEvents& operator=(const FolderEvents&) = delete;

  // Returns when something changed or `timeout` passed, whichever is first.
  void wait(std::chrono::milliseconds timeout);

 private:
  // Asks for notices from the folder and each folder in it (a new quarter folder included).
  void watch_folders();

  std::filesystem::path folder_;
  // The system's notification handle (a file descriptor, or a Windows HANDLE); -1 when there is
  // none.
  std::intptr_t handle_ = -1;
};

}  // namespace scdash::platform
