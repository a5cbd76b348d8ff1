// Only engine/src/platform touches the operating system: no other source of the engine, the
// command line or the example generator includes a system header or asks which system it is
// built for, so that the Windows and WebAssembly builds need only new platform files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Headers of POSIX, Linux, Windows and emscripten, and the C++ header of signals.
const std::regex kSystemInclude(
    R"(^\s*#\s*include\s*<(unistd|fcntl|poll|spawn|signal|csignal|dirent|pthread|termios|pwd|)"
    R"(grp|dlfcn|windows|winbase|io|direct|shlobj|emscripten|sys/[a-z_]+|linux/[a-z_]+|)"
    R"(emscripten/[a-z_]+)\.?h?>)");
// Conditions on the system being built for.
const std::regex kSystemTest(
    R"(^\s*#\s*(if|ifdef|ifndef|elif).*\b(_WIN32|_WIN64|__linux__|__APPLE__|__unix__|)"
    R"(__EMSCRIPTEN__|_POSIX_VERSION|SIGXFSZ)\b)");

std::vector<std::string> offending_lines(const fs::path& root) {
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const fs::path& path = entry.path();
    const std::string extension = path.extension().string();
    if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp")) {
      continue;
    }
    if (path.generic_string().find("/engine/src/platform/") != std::string::npos) {
      continue;
    }
    std::ifstream in(path);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (std::regex_search(line, kSystemInclude) || std::regex_search(line, kSystemTest)) {
        found.push_back(path.generic_string() + ":" + std::to_string(number) + ": " + line);
      }
    }
  }
  return found;
}

}  // namespace

TEST_CASE("no source outside engine/src/platform includes a system header") {
  for (const char* folder : {"engine", "src", "examples"}) {
    INFO(folder);
    CHECK(offending_lines(fs::path(SCDASH_SOURCE_DIR) / folder) == std::vector<std::string>{});
  }
}

TEST_CASE("the check finds a system header and a system test where they are") {
  // The check itself, on the platform folder, which must hold both.
  std::vector<std::string> found;
  for (const auto& entry :
       fs::directory_iterator(fs::path(SCDASH_SOURCE_DIR) / "engine" / "src" / "platform")) {
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (std::regex_search(line, kSystemInclude)) {
        found.push_back(line);
      }
    }
  }
  CHECK_THAT(found, Catch::Matchers::VectorContains(std::string("#include <unistd.h>")));
  CHECK_THAT(found, Catch::Matchers::VectorContains(std::string("#include <csignal>")));
  CHECK(std::regex_search("#ifdef _WIN32", kSystemTest));
  CHECK(std::regex_search("#if defined(__linux__)", kSystemTest));
  CHECK_FALSE(std::regex_search("#include <filesystem>", kSystemInclude));
  CHECK_FALSE(std::regex_search("#include <cstdio>", kSystemInclude));
}
