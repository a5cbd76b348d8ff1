// The entries of a folder, as the system lists them. std::filesystem's directory_iterator would
// do on POSIX systems, but MinGW-w64's runtime, under libstdc++ on Windows, lists a folder whose
// path passes 260 characters as the current drive's root instead: a returns folder deep in a
// shared drive would be read as another.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "scdash/core/expected.hpp"

namespace scdash::platform {

struct FolderEntry {
  std::filesystem::path path;  // the folder's path, then the entry's name
  bool is_directory = false;   // a folder, or a link to one
  std::uint64_t size = 0;      // of a file; 0 for a folder, or when it cannot be had
};

// Every entry of `folder` but "." and "..", in the order the system gives; the system's reason
// ("No such file or directory") when it cannot be listed.
core::Expected<std::vector<FolderEntry>, std::string> list_folder(
    const std::filesystem::path& folder);

}  // namespace scdash::platform
