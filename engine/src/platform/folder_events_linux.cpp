// Linux: inotify.
#include "platform/folder_events.hpp"

#include <cstdint>
#include <thread>

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace scdash::platform {

namespace fs = std::filesystem;

FolderEvents::FolderEvents(fs::path folder) : folder_(std::move(folder)) {
  handle_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  watch_folders();
}

FolderEvents::~FolderEvents() {
  if (handle_ >= 0) {
    close(static_cast<int>(handle_));
  }
}

void FolderEvents::watch_folders() {
  if (handle_ < 0) {
    return;
  }
  // Watching a folder twice is harmless: inotify gives back the same watch.
  constexpr std::uint32_t kEvents =
      IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;
  const int handle = static_cast<int>(handle_);
  inotify_add_watch(handle, folder_.c_str(), kEvents);
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder_, error)) {
    if (entry.is_directory(error)) {
      inotify_add_watch(handle, entry.path().c_str(), kEvents);
    }
  }
}

void FolderEvents::wait(std::chrono::milliseconds timeout) {
  if (handle_ < 0) {
    std::this_thread::sleep_for(timeout);
    return;
  }
  const int handle = static_cast<int>(handle_);
  pollfd descriptor{handle, POLLIN, 0};
  if (poll(&descriptor, 1, static_cast<int>(timeout.count())) > 0) {
    char events[4096];
    while (read(handle, events, sizeof events) > 0) {
    }                 // drained: what changed is read from the snapshot, not the events
    watch_folders();  // a new quarter folder gets its own watch
  }
}

}  // namespace scdash::platform
