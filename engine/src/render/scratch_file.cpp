#include "render/scratch_file.hpp"

#include <fstream>
#include <iterator>
#include <random>

#include <fmt/format.h>

namespace scdash::render {

ScratchFile::ScratchFile() {
  std::random_device random;
  path_ = std::filesystem::temp_directory_path() /
          fmt::format("scdash-{:08x}{:08x}.xlsx", random(), random());
}

ScratchFile::~ScratchFile() {
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

core::Expected<std::string, std::string> ScratchFile::read() const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) {
    return core::unexpected(fmt::format("cannot read back {}", path_.string()));
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace scdash::render
