#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "scdash/platform/temporary_folder.hpp"

namespace fs = std::filesystem;

namespace {

// Sets TMPDIR for the test's life, putting back what was there.
class TmpdirSet {
 public:
  explicit TmpdirSet(const std::string& value) {
    if (const char* old = std::getenv("TMPDIR")) {
      old_ = old;
    }
    ::setenv("TMPDIR", value.c_str(), 1);
  }
  ~TmpdirSet() {
    if (old_) {
      ::setenv("TMPDIR", old_->c_str(), 1);
    } else {
      ::unsetenv("TMPDIR");
    }
  }

 private:
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("a temporary folder is made, and goes with everything in it") {
  fs::path path;
  {
    const scdash::platform::TemporaryFolder folder("scdash-test");
    REQUIRE(folder.made());
    path = folder.path();
    CHECK(fs::is_directory(path));
    CHECK(path.filename().string().starts_with("scdash-test-"));
    fs::create_directories(path / "profile");
  }
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("without a usable system temporary folder, the folder says why instead of throwing") {
  const TmpdirSet missing("/no/such/temporary/folder");
  const scdash::platform::TemporaryFolder folder("scdash-test");
  CHECK_FALSE(folder.made());
  CHECK(folder.path().empty());
  CHECK_THAT(folder.error(), Catch::Contains("cannot make a temporary folder"));
}
