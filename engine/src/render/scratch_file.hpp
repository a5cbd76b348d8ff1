// ScratchFile: a uniquely named file in the temporary folder, removed when it goes out of scope.
//
// libxlsxwriter can only write to a path; the renderer lets it write here, reads the bytes
// back and hands them to the caller, who writes them atomically where they belong.
#pragma once

#include <filesystem>
#include <string>

#include "scdash/core/expected.hpp"

namespace scdash::render {

class ScratchFile {
 public:
  ScratchFile();
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::filesystem::path& path() const { return path_; }
  core::Expected<std::string, std::string> read() const;

 private:
  std::filesystem::path path_;
};

}  // namespace scdash::render
