#include "folder_watcher.hpp"

#include <algorithm>
#include <thread>

#ifdef __linux__
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace scdash::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::chrono::milliseconds kPollInterval{500};

bool counts(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.starts_with('.') && !name.starts_with("~$");
}

}  // namespace

FolderWatcher::FolderWatcher(fs::path folder, std::vector<fs::path> ignored)
    : folder_(std::move(folder)) {
  for (const auto& path : ignored) {
    std::error_code error;
    ignored_.push_back(fs::weakly_canonical(path, error).string());
  }
#ifdef __linux__
  inotify_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
#endif
  watch_folders();
}

FolderWatcher::~FolderWatcher() {
#ifdef __linux__
  if (inotify_ >= 0) {
    close(inotify_);
  }
#endif
}

void FolderWatcher::watch_folders() {
#ifdef __linux__
  if (inotify_ < 0) {
    return;
  }
  // Watching a folder twice is harmless: inotify gives back the same watch.
  constexpr std::uint32_t kEvents =
      IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB;
  inotify_add_watch(inotify_, folder_.c_str(), kEvents);
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder_, error)) {
    if (entry.is_directory(error)) {
      inotify_add_watch(inotify_, entry.path().c_str(), kEvents);
    }
  }
#endif
}

FolderWatcher::Snapshot FolderWatcher::snapshot() const {
  Snapshot files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder_, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    std::error_code file_error;
    if (!it->is_regular_file(file_error) || !counts(it->path())) {
      continue;
    }
    const std::string path = fs::weakly_canonical(it->path(), file_error).string();
    if (std::find(ignored_.begin(), ignored_.end(), path) != ignored_.end()) {
      continue;
    }
    const auto size = it->file_size(file_error);
    const auto time = it->last_write_time(file_error).time_since_epoch().count();
    files[path] = {size, static_cast<std::int64_t>(time)};
  }
  return files;
}

void FolderWatcher::mark_seen() {
  seen_ = snapshot();
}

void FolderWatcher::sleep_until_event(std::chrono::milliseconds timeout) {
#ifdef __linux__
  if (inotify_ >= 0) {
    pollfd descriptor{inotify_, POLLIN, 0};
    if (poll(&descriptor, 1, static_cast<int>(timeout.count())) > 0) {
      char events[4096];
      while (read(inotify_, events, sizeof events) > 0) {
      }                 // drained: what changed is read from the snapshot, not the events
      watch_folders();  // a new quarter folder gets its own watch
    }
    return;
  }
#endif
  std::this_thread::sleep_for(timeout);
}

bool FolderWatcher::wait_for_change(std::chrono::milliseconds settle,
                                    const std::atomic<bool>& stop) {
  Snapshot current = seen_;
  while (current == seen_) {
    if (stop) {
      return false;
    }
    sleep_until_event(kPollInterval);
    current = snapshot();
  }
  // Changed: wait until it has stayed the same for `settle`.
  auto quiet_since = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - quiet_since < settle) {
    if (stop) {
      return false;
    }
    sleep_until_event(std::min(settle, kPollInterval));
    if (Snapshot now = snapshot(); now != current) {
      current = std::move(now);
      quiet_since = std::chrono::steady_clock::now();
    }
  }
  return true;
}

}  // namespace scdash::cli
