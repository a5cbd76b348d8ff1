#include "platform/folder_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <thread>

#include <fmt/format.h>

namespace scdash::platform {

core::Expected<FolderLock, std::string> FolderLock::take(const std::filesystem::path& folder,
                                                         std::chrono::milliseconds patience) {
  const int handle = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (handle < 0) {
    return FolderLock(-1, false);  // the write itself will say why the folder cannot be used
  }
  const auto give_up = std::chrono::steady_clock::now() + patience;
  while (::flock(handle, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      return FolderLock(handle, false);  // no locks on this file system
    }
    if (std::chrono::steady_clock::now() >= give_up) {
      ::close(handle);
      return core::unexpected(fmt::format(
          "another scdash run is writing into {} and was still doing so after {} seconds; run "
          "again once it has finished",
          folder.string(), std::chrono::duration<double>(patience).count()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return FolderLock(handle, true);
}

FolderLock::~FolderLock() {
  if (handle_ >= 0) {
    ::close(static_cast<int>(handle_));  // closing the folder releases its lock
  }
}

}  // namespace scdash::platform
