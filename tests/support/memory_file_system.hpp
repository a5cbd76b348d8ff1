// MemoryFileSystem: a FileSystem held in memory, with switches that make a file unreadable or
// changed while open, so tests can prove what scdash does without touching the machine.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "scdash/core/file_system.hpp"

namespace scdash::testing {

class MemoryFileSystem final : public core::FileSystem {
 public:
  void add_file(const std::filesystem::path& path, std::string contents);
  // The file's contents, or nullopt when there is no such file.
  std::optional<std::string> contents(const std::filesystem::path& path) const;

  // Opening this path fails as an unreadable file would.
  void make_unreadable(const std::filesystem::path& path) {
    unreadable_.insert(path.generic_string());
  }

  // Files opened at this path say, once read, that they changed while open (a copy arriving).
  void change_while_open(const std::filesystem::path& path) {
    changed_.insert(path.generic_string());
  }

  core::Expected<std::unique_ptr<core::InputFile>, std::string> open_for_reading(
      const std::filesystem::path& path) override;
  core::Expected<std::vector<core::DirectoryEntry>, std::string> list_directory(
      const std::filesystem::path& path) override;
  core::Expected<void, core::WriteFailure> write_all_or_none(
      std::span<const core::FileToWrite> files) override;

 private:
  std::map<std::string, std::string> files_;  // generic path -> contents
  std::set<std::string> unreadable_;
  std::set<std::string> changed_;
};

}  // namespace scdash::testing
