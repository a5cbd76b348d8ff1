// FolderWatcher: waits for the files of a returns folder to change, then to settle, so that
// `scdash watch` reruns the dashboard as returns arrive and never reads one half copied.
//
//   scdash::platform::FolderWatcher watcher("returns");
//   watcher.wait_until_settled(std::chrono::seconds(2), stop);
//   watcher.mark_seen();
//   if (watcher.wait_for_change(std::chrono::seconds(2), stop)) { ... run again ... }
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace scdash::platform {

class FolderEvents;

class FolderWatcher {
 public:
  // Watches `folder` and the folders inside it; changes to lock and hidden files do not count.
  // (The run's own outputs are never written inside it: the run refuses such paths.)
  explicit FolderWatcher(std::filesystem::path folder);
  ~FolderWatcher();
  FolderWatcher(const FolderWatcher&) = delete;
  FolderWatcher& operator=(const FolderWatcher&) = delete;

  // Takes the folder's state as the one the last run saw.
  void mark_seen();
  // Blocks until a file has been added, changed or removed since mark_seen() and then nothing
  // has changed for `settle` (a return still being copied is not read half-written). False
  // when `stop` was set first.
  bool wait_for_change(std::chrono::milliseconds settle, const std::atomic<bool>& stop);
  // Blocks, when a file was written within the last `settle`, until nothing has changed for
  // `settle`: so that the first run does not read a return still being copied. False when
  // `stop` was set first.
  bool wait_until_settled(std::chrono::milliseconds settle, const std::atomic<bool>& stop);

 private:
  // Each file's size and modification time, by path.
  using Snapshot = std::map<std::string, std::pair<std::uintmax_t, std::int64_t>>;
  Snapshot snapshot() const;
  // Adds each file in `folder` and the folders in it, links left out.
  static void add_to_snapshot(const std::filesystem::path& folder, Snapshot& files);
  // Blocks until the folder has stayed as `current` for `settle`.
  bool wait_for_quiet(Snapshot current, std::chrono::milliseconds settle,
                      const std::atomic<bool>& stop);

  std::filesystem::path folder_;
  std::unique_ptr<FolderEvents> events_;
  Snapshot seen_;
};

}  // namespace scdash::platform
