// MemoryFileSystem: a FileSystem of files held in memory. The page and the Excel add-in give the
// engine the partnership folder this way (the browser hands over bytes, not paths), and tests
// use it to run the whole job without touching the machine.
//
//   scdash::core::MemoryFileSystem folder;
//   folder.add_file("scdash.yaml", project_text);
//   folder.add_file("returns/marac-2025-26-Q2.xlsx", bytes);
//   auto result = scdash::run::run(folder, request, progress);
//   const auto dashboard = folder.contents("out/dashboard.xlsx");  // once written
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "scdash/core/file_system.hpp"

namespace scdash::core {

// Paths are kept lexically normal, so "a/./b" and "a/b" are one file; folders exist only as the
// folders of files. Writing replaces files all or none, as on a disk.
class MemoryFileSystem : public FileSystem {
 public:
  void add_file(const std::filesystem::path& path, std::string contents);
  // The file's contents, or nullopt when there is no such file.
  std::optional<std::string> contents(const std::filesystem::path& path) const;

  Expected<std::unique_ptr<InputFile>, std::string> open_for_reading(
      const std::filesystem::path& path) override;
  Expected<std::vector<DirectoryEntry>, std::string> list_directory(
      const std::filesystem::path& path) override;
  // Refuses the whole set when any path is a folder (holds files), as the disk's does.
  Expected<void, WriteFailure> write_all_or_none(std::span<const FileToWrite> files) override;

 private:
  bool is_folder(const std::string& key) const;

  std::map<std::string, std::string> files_;  // lexically normal generic path -> contents
};

}  // namespace scdash::core
