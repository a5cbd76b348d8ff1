// Runs a fuzz target over files: each argument is a file, or a folder whose files (recursively)
// are each one input. Exits non-zero only by crashing, as under libFuzzer.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_target.hpp"

namespace fs = std::filesystem;

namespace {

void replay(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const fs::path argument = argv[i];
    std::vector<fs::path> files;
    if (fs::is_directory(argument)) {
      for (const auto& entry : fs::recursive_directory_iterator(argument)) {
        if (entry.is_regular_file()) {
          files.push_back(entry.path());
        }
      }
    } else if (fs::is_regular_file(argument)) {
      files.push_back(argument);
    }
    for (const auto& file : files) {
      replay(file);
      ++inputs;
    }
  }
  std::printf("replayed %zu input(s)\n", inputs);
  return inputs == 0 ? 1 : 0;  // no inputs means a wrong path: the replay proved nothing
}
