// TemporaryFolder: a private folder in the system's temporary folder, removed with everything
// in it when the object goes.
//
//   const scdash::platform::TemporaryFolder work("scdash-pdf");
//   if (!work.made()) { return fail(work.error()); }
//   std::ofstream(work.path() / "dashboard.xlsx", std::ios::binary) << bytes;
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace scdash::platform {

class TemporaryFolder {
 public:
  // A new folder named `prefix` and a random suffix, unless the system's temporary folder cannot
  // be found or written (made() says, and error() why).
  explicit TemporaryFolder(std::string_view prefix);
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  bool made() const { return !path_.empty(); }
  const std::string& error() const { return error_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;  // empty when it could not be made
  std::string error_;
};

}  // namespace scdash::platform
