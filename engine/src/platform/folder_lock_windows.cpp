// Windows: a folder cannot be locked, so the lock is a file in it that only one process can
// have open (no sharing), deleted as it closes; the system closes it, and so deletes it, when a
// run dies.
#include "platform/folder_lock.hpp"

#include <thread>

#include <fmt/format.h>
#include <windows.h>

namespace scdash::platform {
namespace {

constexpr const wchar_t* kLockName = L".scdash-writing";

HANDLE as_handle(std::intptr_t handle) {
  return reinterpret_cast<HANDLE>(handle);
}

}  // namespace

core::Expected<FolderLock, std::string> FolderLock::take(const std::filesystem::path& folder,
                                                         std::chrono::milliseconds patience) {
  const std::filesystem::path lock = folder / kLockName;
  const auto give_up = std::chrono::steady_clock::now() + patience;
  while (true) {
    HANDLE handle = CreateFileW(lock.c_str(), GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS,
                                FILE_ATTRIBUTE_HIDDEN | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (handle != INVALID_HANDLE_VALUE) {
      return FolderLock(reinterpret_cast<std::intptr_t>(handle), true);
    }
    if (GetLastError() != ERROR_SHARING_VIOLATION) {
      return FolderLock(-1, false);  // the write itself will say why the folder cannot be used
    }
    if (std::chrono::steady_clock::now() >= give_up) {
      return core::unexpected(fmt::format(
          "another scdash run is writing into {} and was still doing so after {} seconds; run "
          "again once it has finished",
          folder.string(), std::chrono::duration<double>(patience).count()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

FolderLock::~FolderLock() {
  if (handle_ != -1) {
    CloseHandle(as_handle(handle_));  // closing the lock file deletes it
  }
}

}  // namespace scdash::platform
