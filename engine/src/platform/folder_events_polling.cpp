// Systems without change notices for scdash yet: the watcher looks again after each timeout.
#include <thread>

#include "platform/folder_events.hpp"

namespace scdash::platform {

FolderEvents::FolderEvents(std::filesystem::path folder) : folder_(std::move(folder)) {}

FolderEvents::~FolderEvents() = default;

void FolderEvents::watch_folders() {}

void FolderEvents::wait(std::chrono::milliseconds timeout) {
  std::this_thread::sleep_for(timeout);
}

}  // namespace scdash::platform
