#include "scdash/platform/temporary_folder.hpp"

#include <random>

#include <fmt/format.h>

namespace scdash::platform {

namespace fs = std::filesystem;

TemporaryFolder::TemporaryFolder(std::string_view prefix) {
  std::error_code error;
  const fs::path system_folder = fs::temp_directory_path(error);
  std::random_device random;
  const fs::path folder = system_folder / fmt::format("{}-{:x}{:x}", prefix, random(), random());
  if (!error) {
    fs::create_directories(folder, error);
  }
  if (error) {
    error_ = fmt::format("cannot make a temporary folder: {}", error.message());
    return;
  }
  path_ = folder;
}

TemporaryFolder::~TemporaryFolder() {
  if (made()) {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
}

}  // namespace scdash::platform
