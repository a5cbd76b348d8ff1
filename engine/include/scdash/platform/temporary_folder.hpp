// TemporaryFolder: a private folder in the system's temporary folder, removed with everything
// in it when the object goes.
//
//   scdash::platform::TemporaryFolder work("scdash-pdf");
//   std::ofstream(work.path() / "dashboard.xlsx", std::ios::binary) << bytes;
#pragma once

#include <filesystem>
#include <string_view>

namespace scdash::platform {

class TemporaryFolder {
 public:
  // A new folder named `prefix` and a random suffix. Throws std::filesystem::filesystem_error
  // when the temporary folder cannot be found or written.
  explicit TemporaryFolder(std::string_view prefix);
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace scdash::platform
