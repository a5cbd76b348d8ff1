// Every public header of the engine opens with a comment saying what its concept is for, ending
// with an example call (fmt's habit), so that a front end's author learns the engine from its
// headers.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

TEST_CASE("every public header opens with what it is for and an example call") {
  std::size_t headers = 0;
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(SCDASH_SOURCE_DIR) / "engine" / "include")) {
    if (entry.path().extension() != ".hpp") {
      continue;
    }
    ++headers;
    INFO(entry.path().generic_string());
    std::ifstream in(entry.path());
    std::string line;
    bool opens_with_comment = false;
    bool has_example = false;
    for (int number = 1; std::getline(in, line) && !line.starts_with("#pragma"); ++number) {
      opens_with_comment = opens_with_comment || (number == 1 && line.starts_with("// "));
      has_example = has_example || line.starts_with("//   ");
    }
    CHECK(opens_with_comment);
    CHECK(has_example);
  }
  CHECK(headers > 50);
}
