// Windows: WriteFile, then FlushFileBuffers. Windows cannot flush a folder's entries; the rename
// that follows is written through (disk_file_system.cpp).
#include "platform/durable_write.hpp"

#include <system_error>

#include <windows.h>

namespace scdash::platform {
namespace {

std::string system_reason(DWORD error) {
  return std::system_category().message(static_cast<int>(error));
}

}  // namespace

core::Expected<void, std::string> write_durably(const std::filesystem::path& path,
                                                std::string_view bytes) {
  HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                            FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) {
    return core::unexpected(system_reason(GetLastError()));
  }
  DWORD error = 0;
  for (std::size_t written = 0; written < bytes.size() && error == 0;) {
    constexpr std::size_t kMostAtOnce = 1 << 30;  // WriteFile takes a DWORD's worth
    const auto chunk = static_cast<DWORD>(std::min(bytes.size() - written, kMostAtOnce));
    DWORD got = 0;
    if (!WriteFile(file, bytes.data() + written, chunk, &got, nullptr)) {
      error = GetLastError();
    }
    written += got;
  }
  if (error == 0 && !FlushFileBuffers(file)) {
    error = GetLastError();
  }
  if (!CloseHandle(file) && error == 0) {
    error = GetLastError();
  }
  if (error != 0) {
    DeleteFileW(path.c_str());
    return core::unexpected(system_reason(error));
  }
  return {};
}

core::Expected<void, std::string> replace_file(const std::filesystem::path& from,
                                               const std::filesystem::path& to) {
  if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
    return {};
  }
  const DWORD error = GetLastError();
  if (error == ERROR_SHARING_VIOLATION || error == ERROR_ACCESS_DENIED ||
      error == ERROR_LOCK_VIOLATION) {
    return core::unexpected(std::string(
        "it is open in another program, such as Excel, which keeps it from being replaced: "
        "close it there and run again"));
  }
  return core::unexpected(system_reason(error));
}

void sync_folder(const std::filesystem::path& /*folder*/) {}

}  // namespace scdash::platform
