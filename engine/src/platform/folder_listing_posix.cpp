#include "platform/folder_listing.hpp"

namespace scdash::platform {

namespace fs = std::filesystem;

core::Expected<std::vector<FolderEntry>, std::string> list_folder(const fs::path& folder) {
  std::error_code error;
  std::vector<FolderEntry> entries;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    std::error_code entry_error;
    const bool is_directory = it->is_directory(entry_error);
    const std::uint64_t size = is_directory ? 0 : it->file_size(entry_error);
    entries.push_back({it->path(), is_directory, entry_error ? 0 : size});
  }
  if (error) {
    return core::unexpected(error.message());
  }
  return entries;
}

}  // namespace scdash::platform
