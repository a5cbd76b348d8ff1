// Windows: a change notification on the folder and everything in it (FindFirstChangeNotification
// watches a whole tree, so a new quarter folder needs no watch of its own).
#include <thread>

#include <windows.h>

#include "platform/folder_events.hpp"

namespace scdash::platform {
namespace {

HANDLE as_handle(std::intptr_t handle) {
  return reinterpret_cast<HANDLE>(handle);
}

}  // namespace

FolderEvents::FolderEvents(std::filesystem::path folder) : folder_(std::move(folder)) {
  watch_folders();
}

FolderEvents::~FolderEvents() {
  if (handle_ != -1) {
    FindCloseChangeNotification(as_handle(handle_));
  }
}

void FolderEvents::watch_folders() {
  if (handle_ != -1) {
    return;
  }
  constexpr DWORD kChanges = FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME |
                             FILE_NOTIFY_CHANGE_SIZE | FILE_NOTIFY_CHANGE_LAST_WRITE;
  const HANDLE handle = FindFirstChangeNotificationW(folder_.c_str(), TRUE, kChanges);
  handle_ = handle == INVALID_HANDLE_VALUE ? -1 : reinterpret_cast<std::intptr_t>(handle);
}

void FolderEvents::wait(std::chrono::milliseconds timeout) {
  if (handle_ == -1) {
    std::this_thread::sleep_for(timeout);
    return;
  }
  if (WaitForSingleObject(as_handle(handle_), static_cast<DWORD>(timeout.count())) ==
      WAIT_OBJECT_0) {
    // What changed is read from the snapshot, not the notice; asked again for the next one.
    if (!FindNextChangeNotification(as_handle(handle_))) {
      FindCloseChangeNotification(as_handle(handle_));
      handle_ = -1;
    }
  }
}

}  // namespace scdash::platform
