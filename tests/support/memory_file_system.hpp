// MemoryFileSystem for tests: the engine's files held in memory, with switches that make a file
// unreadable or changed while open, so tests can prove what scdash does without touching the
// machine.
#pragma once

#include <set>
#include <string>

#include "scdash/core/memory_file_system.hpp"

namespace scdash::testing {

class MemoryFileSystem final : public core::MemoryFileSystem {
 public:
  // Opening this path fails as an unreadable file would.
  void make_unreadable(const std::filesystem::path& path) {
    unreadable_.insert(path.lexically_normal().generic_string());
  }

  // Files opened at this path say, once read, that they changed while open (a copy arriving).
  void change_while_open(const std::filesystem::path& path) {
    changed_.insert(path.lexically_normal().generic_string());
  }

  core::Expected<std::unique_ptr<core::InputFile>, std::string> open_for_reading(
      const std::filesystem::path& path) override;

 private:
  std::set<std::string> unreadable_;
  std::set<std::string> changed_;
};

}  // namespace scdash::testing
