#include <catch2/catch.hpp>

#include <fstream>

#include "platform/folder_lock.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "support/run_program.hpp"

using scdash::platform::FolderLock;
using scdash::testing::TemporaryFolder;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

TEST_CASE("one writer at a time holds a folder's lock, and others are told so") {
  const TemporaryFolder folder;
  {
    auto first = FolderLock::take(folder.path(), 0ms);
    REQUIRE(first);
    const auto second = FolderLock::take(folder.path(), 200ms);
    REQUIRE_FALSE(second);
    CHECK(second.error() == "another scdash run is writing into " + folder.path().string() +
                                " and was still doing so after 0.2 seconds; run again once it "
                                "has finished");
  }
  CHECK(FolderLock::take(folder.path(), 0ms));  // released with the first
}

TEST_CASE("a write into a folder another run is writing into fails, and changes nothing") {
  const TemporaryFolder folder;
  const fs::path dashboard = folder.path() / "dashboard.xlsx";
  std::ofstream(dashboard) << "previous";
  const auto held = FolderLock::take(folder.path(), 0ms);
  REQUIRE(held);
  const auto disk = scdash::platform::make_disk_file_system();
  const auto written = disk->write_atomically(dashboard, "new");
  REQUIRE_FALSE(written);
  CHECK_THAT(written.error(), Catch::Matchers::StartsWith("another scdash run is writing into"));
  std::ifstream in(dashboard);
  CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "previous");
}

TEST_CASE("outputs reaching one folder by two names take its lock once, and are written") {
  const TemporaryFolder folder;
  fs::create_directory_symlink(folder.path(), folder.path() / "alias");
  const auto disk = scdash::platform::make_disk_file_system();
  const scdash::core::FileToWrite files[] = {{folder.path() / "dashboard.xlsx", "dashboard"},
                                             {folder.path() / "alias/report.json", "report"}};
  CHECK(disk->write_all_or_none(files));
  CHECK(fs::exists(folder.path() / "report.json"));
}
