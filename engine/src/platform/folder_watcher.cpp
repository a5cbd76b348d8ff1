// What counts as a change is decided by snapshots of each file's size and time, the same on
// every system; the system's change notices (FolderEvents) only say when to look again.
#include "scdash/platform/folder_watcher.hpp"

#include <algorithm>

#include "platform/folder_events.hpp"

namespace scdash::platform {
namespace {

namespace fs = std::filesystem;

constexpr std::chrono::milliseconds kPollInterval{500};

bool counts(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.starts_with('.') && !name.starts_with("~$");
}

}  // namespace

FolderWatcher::FolderWatcher(fs::path folder)
    : folder_(std::move(folder)), events_(std::make_unique<FolderEvents>(folder_)) {}

FolderWatcher::~FolderWatcher() = default;

FolderWatcher::Snapshot FolderWatcher::snapshot() const {
  Snapshot files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder_, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    std::error_code file_error;
    if (!it->is_regular_file(file_error) || !counts(it->path())) {
      continue;
    }
    const std::string path = it->path().string();
    const auto size = it->file_size(file_error);
    const auto time = it->last_write_time(file_error).time_since_epoch().count();
    files[path] = {size, static_cast<std::int64_t>(time)};
  }
  return files;
}

void FolderWatcher::mark_seen() {
  seen_ = snapshot();
}

bool FolderWatcher::wait_for_change(std::chrono::milliseconds settle,
                                    const std::atomic<bool>& stop) {
  Snapshot current = seen_;
  while (current == seen_) {
    if (stop) {
      return false;
    }
    events_->wait(kPollInterval);
    current = snapshot();
  }
  return wait_for_quiet(std::move(current), settle, stop);
}

bool FolderWatcher::wait_until_settled(std::chrono::milliseconds settle,
                                       const std::atomic<bool>& stop) {
  Snapshot current = snapshot();
  const auto now = fs::file_time_type::clock::now().time_since_epoch();
  const auto recent = std::chrono::duration_cast<fs::file_time_type::duration>(now - settle);
  const bool settled = std::none_of(current.begin(), current.end(), [&](const auto& file) {
    return file.second.second > static_cast<std::int64_t>(recent.count());
  });
  return settled || wait_for_quiet(std::move(current), settle, stop);
}

bool FolderWatcher::wait_for_quiet(Snapshot current, std::chrono::milliseconds settle,
                                   const std::atomic<bool>& stop) {
  auto quiet_since = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - quiet_since < settle) {
    if (stop) {
      return false;
    }
    events_->wait(std::min(settle, kPollInterval));
    if (Snapshot now = snapshot(); now != current) {
      current = std::move(now);
      quiet_since = std::chrono::steady_clock::now();
    }
  }
  return true;
}

}  // namespace scdash::platform
