#include "scdash/core/file_system.hpp"

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
