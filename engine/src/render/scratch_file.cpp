#include "render/scratch_file.hpp"

#include <fstream>
#include <iterator>
#include <random>

#include <fmt/format.h>

namespace scdash::render {

core::Expected<ScratchFile, std::string> ScratchFile::make() {
  std::error_code error;
  const std::filesystem::path folder = std::filesystem::temp_directory_path(error);
  if (error) {
    return core::unexpected(
        fmt::format("the system's temporary folder (TMPDIR) cannot be used: {}", error.message()));
  }
  std::random_device random;
  return ScratchFile(folder / fmt::format("scdash-{:08x}{:08x}.xlsx", random(), random()));
}

ScratchFile::~ScratchFile() {
  if (!path_.empty()) {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
}

core::Expected<std::string, std::string> ScratchFile::read() const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) {
    return core::unexpected(fmt::format("cannot read back {}", path_.string()));
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace scdash::render
