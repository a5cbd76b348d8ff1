#include "scdash/platform/temporary_folder.hpp"

#include <random>

#include <fmt/format.h>

namespace scdash::platform {

namespace fs = std::filesystem;

TemporaryFolder::TemporaryFolder(std::string_view prefix) {
  std::random_device random;
  path_ = fs::temp_directory_path() / fmt::format("{}-{:x}{:x}", prefix, random(), random());
  fs::create_directories(path_);
}

TemporaryFolder::~TemporaryFolder() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace scdash::platform
