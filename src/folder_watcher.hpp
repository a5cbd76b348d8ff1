// FolderWatcher: waits for the files of a returns folder to change, then to settle.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace scdash::cli {

class FolderWatcher {
 public:
  // Watches `folder` and the folders inside it; changes to the `ignored` files (the run's own
  // outputs, if written there) and to lock and hidden files do not count.
  FolderWatcher(std::filesystem::path folder, std::vector<std::filesystem::path> ignored);
  ~FolderWatcher();
  FolderWatcher(const FolderWatcher&) = delete;
  FolderWatcher& operator=(const FolderWatcher&) = delete;

  // Takes the folder's state as the one the last run saw.
  void mark_seen();
  // Blocks until a file has been added, changed or removed since mark_seen() and then nothing
  // has changed for `settle` (a return still being copied is not read half-written). False
  // when `stop` was set first.
  bool wait_for_change(std::chrono::milliseconds settle, const std::atomic<bool>& stop);

 private:
  // Each file's size and modification time, by path.
  using Snapshot = std::map<std::string, std::pair<std::uintmax_t, std::int64_t>>;
  Snapshot snapshot() const;
  // Sleeps until the kernel reports an event in the folder (inotify) or `timeout` passes.
  void sleep_until_event(std::chrono::milliseconds timeout);
  void watch_folders();

  std::filesystem::path folder_;
  std::vector<std::string> ignored_;
  Snapshot seen_;
  int inotify_ = -1;  // -1: no inotify here, so the folder is polled
};

}  // namespace scdash::cli
