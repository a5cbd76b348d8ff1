// FolderLock: one scdash run at a time writes into a folder, so that two runs finishing together
// cannot leave the dashboard of one beside the report of the other. The lock is the system's
// advisory lock on the folder itself: no lock file is left behind, and a run that dies releases
// it.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "scdash/core/expected.hpp"

namespace scdash::platform {

class FolderLock {
 public:
  // Takes the folder's lock, waiting up to `patience` for another run to finish writing; fails
  // with a message saying so when it does not. A folder whose file system has no locks (some
  // network shares) is written unlocked, as before.
  static core::Expected<FolderLock, std::string> take(const std::filesystem::path& folder,
                                                      std::chrono::milliseconds patience);

  FolderLock(FolderLock&& other) noexcept;
  FolderLock& operator=(FolderLock&& other) noexcept;
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  ~FolderLock();

  // Whether the lock is held: not when the folder could not be opened or has no locks.
  bool held() const { return held_; }

 private:
  FolderLock(std::intptr_t handle, bool held) : handle_(handle), held_(held) {}
  std::intptr_t handle_ = -1;  // the open folder (POSIX) or lock file (Windows), or -1
  bool held_ = false;
};

}  // namespace scdash::platform
