// What counts as a change is decided by snapshots of each file's size and time, the same on
// every system; the system's change notices (FolderEvents) only say when to look again.
#include "scdash/platform/folder_watcher.hpp"

#include <algorithm>

#include "platform/folder_events.hpp"
#include "platform/folder_listing.hpp"
#include "platform/links.hpp"

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
  add_to_snapshot(folder_, files);
  return files;
}

// Each file in `folder` and the folders in it, with its size and time. Links are left out, as
// discovery reads no link to a folder: a link to a folder above would be walked without end.
void FolderWatcher::add_to_snapshot(const fs::path& folder, Snapshot& files) {
  const auto entries = list_folder(folder);
  if (!entries) {
    return;  // gone, or not yet readable: the next snapshot looks again
  }
  for (const FolderEntry& entry : *entries) {
    if (is_link(entry.path) || !counts(entry.path)) {
      continue;
    }
    if (entry.is_directory) {
      add_to_snapshot(entry.path, files);
      continue;
    }
    std::error_code error;
    const auto time = fs::last_write_time(entry.path, error).time_since_epoch().count();
    files[entry.path.string()] = {entry.size, static_cast<std::int64_t>(time)};
  }
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
