// ScratchFile: a uniquely named file in the temporary folder, removed when it goes out of scope.
//
// libxlsxwriter can only write to a path; the renderer lets it write here, reads the bytes
// back and hands them to the caller, who writes them atomically where they belong.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "scdash/core/expected.hpp"

namespace scdash::render {

class ScratchFile {
 public:
  // A name in the system's temporary folder; fails with the reason when there is none (TMPDIR
  // naming a folder that does not exist, say).
  static core::Expected<ScratchFile, std::string> make();

  ScratchFile(ScratchFile&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  ScratchFile& operator=(ScratchFile&&) = delete;
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  ~ScratchFile();

  const std::filesystem::path& path() const { return path_; }
  core::Expected<std::string, std::string> read() const;

 private:
  explicit ScratchFile(std::filesystem::path path) : path_(std::move(path)) {}

  std::filesystem::path path_;
};

}  // namespace scdash::render
