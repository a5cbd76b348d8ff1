// Windows: FindFirstFileExW, given the folder in the system's own long form (\\?\C:\...), which
// no length limits.
#include <system_error>

#include <windows.h>

#include "platform/folder_listing.hpp"

namespace scdash::platform {
namespace {

namespace fs = std::filesystem;

// `folder`'s pattern for every entry in it, in the long form: absolute, with backslashes.
std::wstring every_entry_of(const fs::path& folder) {
  std::error_code error;
  std::wstring path = fs::absolute(folder, error).lexically_normal().make_preferred().wstring();
  if (error) {
    path = fs::path(folder).make_preferred().wstring();
  }
  if (path.starts_with(LR"(\\?\)")) {
    // already in the long form
  } else if (path.starts_with(LR"(\\)")) {
    path = LR"(\\?\UNC\)" + path.substr(2);  // \\server\share\...
  } else if (path.size() >= 2 && path[1] == L':') {
    path = LR"(\\?\)" + path;
  }
  if (!path.ends_with(L'\\')) {
    path += L'\\';
  }
  return path + L'*';
}

// The system's reason, worded as on other systems where they have the same words.
std::string reason(DWORD error) {
  switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
      return std::make_error_code(std::errc::no_such_file_or_directory).message();
    case ERROR_DIRECTORY:
      return std::make_error_code(std::errc::not_a_directory).message();
    case ERROR_ACCESS_DENIED:
      return std::make_error_code(std::errc::permission_denied).message();
    default:
      return std::system_category().message(static_cast<int>(error));
  }
}

}  // namespace

core::Expected<std::vector<FolderEntry>, std::string> list_folder(const fs::path& folder) {
  WIN32_FIND_DATAW found;
  HANDLE search = FindFirstFileExW(every_entry_of(folder).c_str(), FindExInfoBasic, &found,
                                   FindExSearchNameMatch, nullptr, FIND_FIRST_EX_LARGE_FETCH);
  if (search == INVALID_HANDLE_VALUE) {
    return core::unexpected(reason(GetLastError()));
  }
  std::vector<FolderEntry> entries;
  do {
    const std::wstring name = found.cFileName;
    if (name == L"." || name == L"..") {
      continue;
    }
    const bool is_directory = (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    const std::uint64_t size =
        is_directory ? 0 : (std::uint64_t{found.nFileSizeHigh} << 32) | found.nFileSizeLow;
    entries.push_back({folder / name, is_directory, size});
  } while (FindNextFileW(search, &found));
  const DWORD error = GetLastError();
  FindClose(search);
  if (error != ERROR_NO_MORE_FILES) {
    return core::unexpected(reason(error));
  }
  return entries;
}

}  // namespace scdash::platform
