#include "scdash/core/file_system.hpp"

#include <iterator>
#include <system_error>

namespace scdash::core {

Expected<void, std::string> FileSystem::write_atomically(const std::filesystem::path& path,
                                                         std::string_view bytes) {
  const FileToWrite file{path, bytes};
  auto written = write_all_or_none(std::span(&file, 1));
  if (!written) {
    return unexpected(std::move(written.error().reason));
  }
  return {};
}

std::filesystem::path FileSystem::resolve(const std::filesystem::path& path) {
  std::error_code unknown_current_folder;  // then the path stays relative, as given
  const auto absolute = std::filesystem::absolute(path, unknown_current_folder);
  return (unknown_current_folder ? path : absolute).lexically_normal();
}

bool lies_within(const std::filesystem::path& folder, const std::filesystem::path& path) {
  if (folder.empty()) {
    return false;  // no folder holds anything
  }
  // Compared part by part, so that "returns-old" is not inside "returns"; a trailing separator
  // leaves an empty last part, which says nothing.
  auto part = path.begin();
  for (auto folder_part = folder.begin(); folder_part != folder.end(); ++folder_part) {
    if (folder_part->empty() && std::next(folder_part) == folder.end()) {
      break;
    }
    if (part == path.end() || *part != *folder_part) {
      return false;
    }
    ++part;
  }
  return true;
}

Expected<std::string, std::string> read_whole_file(FileSystem& file_system,
                                                   const std::filesystem::path& path) {
  auto file = file_system.open_for_reading(path);
  if (!file) {
    return unexpected(file.error());
  }
  std::string contents(static_cast<std::size_t>((*file)->size()), '\0');
  auto got = (*file)->read_at(0, contents);
  if (!got) {
    return unexpected(got.error());
  }
  contents.resize(*got);
  return contents;
}

}  // namespace scdash::core
