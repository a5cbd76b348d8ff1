// Windows: the path a link leads to is the one the system gives for the file it opens
// (GetFinalPathNameByHandleW). A link is a reparse point (a symbolic link or a junction), or,
// for the links that Wine shows only as the files they lead to, a path whose file is not where
// the path says.
#include "platform/links.hpp"

#include <optional>
#include <string>

#include <windows.h>

namespace scdash::platform {
namespace {

namespace fs = std::filesystem;

// Where the file or folder at `path` really is, or nothing when it cannot be opened.
std::optional<fs::path> final_path(const fs::path& path) {
  // No access asked: only the name is wanted, and a file open in Excel can still be named.
  // FILE_FLAG_BACKUP_SEMANTICS opens folders too.
  HANDLE handle =
      CreateFileW(path.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                  OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
  if (handle == INVALID_HANDLE_VALUE) {
    return std::nullopt;
  }
  std::wstring name(MAX_PATH, L'\0');
  DWORD length = GetFinalPathNameByHandleW(handle, name.data(), static_cast<DWORD>(name.size()),
                                           FILE_NAME_NORMALIZED);
  if (length >= name.size()) {  // too long for the buffer: `length` is the size it needs
    name.resize(length);
    length = GetFinalPathNameByHandleW(handle, name.data(), static_cast<DWORD>(name.size()),
                                       FILE_NAME_NORMALIZED);
  }
  CloseHandle(handle);
  if (length == 0 || length >= name.size()) {
    return std::nullopt;
  }
  name.resize(length);
  // The system names it for its own long-path form, \\?\C:\... or \\?\UNC\server\share\...;
  // people, and the paths scdash is given, name it C:\... or \\server\share\....
  if (name.starts_with(LR"(\\?\UNC\)")) {
    name.replace(0, 8, LR"(\\)");
  } else if (name.starts_with(LR"(\\?\)")) {
    name.erase(0, 4);
  }
  return fs::path(name);
}

}  // namespace

fs::path resolve_links(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error).lexically_normal();
  if (error) {
    return path.lexically_normal();  // the current folder is gone: relative, as given
  }
  // The longest part of the path that exists is resolved, and the rest (an output not yet
  // written, say) appended to it.
  fs::path rest;
  for (fs::path existing = absolute; !existing.empty(); existing = existing.parent_path()) {
    if (const auto resolved = final_path(existing)) {
      return rest.empty() ? *resolved : (*resolved / rest).lexically_normal();
    }
    if (existing == existing.parent_path()) {
      break;
    }
    rest = rest.empty() ? existing.filename() : existing.filename() / rest;
  }
  return absolute;
}

bool is_link(const fs::path& path) {
  const DWORD attributes = GetFileAttributesW(path.c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES) {
    return false;
  }
  if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
    return true;
  }
  const auto resolved = final_path(path);
  const auto folder = final_path(fs::absolute(path).parent_path());
  return resolved && folder && *resolved != *folder / path.filename();
}

}  // namespace scdash::platform
