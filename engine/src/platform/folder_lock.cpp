// What FolderLock is on every system: moved, the lock goes with it.
#include "platform/folder_lock.hpp"

#include <utility>

namespace scdash::platform {

FolderLock::FolderLock(FolderLock&& other) noexcept
    : handle_(std::exchange(other.handle_, -1)), held_(std::exchange(other.held_, false)) {}

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept {
  std::swap(handle_, other.handle_);
  std::swap(held_, other.held_);
  return *this;
}

}  // namespace scdash::platform
