#include <catch2/catch.hpp>

#include <fstream>

#include "scdash/core/file_system.hpp"
#include "support/run_program.hpp"

using namespace scdash::core;
namespace fs = std::filesystem;
using scdash::testing::TemporaryFolder;

TEST_CASE("an atomic write replaces the file and leaves nothing else behind") {
  TemporaryFolder folder;
  auto disk = make_disk_file_system();
  const fs::path target = folder.path() / "dashboard.xlsx";
  REQUIRE(disk->write_atomically(target, "first"));
  REQUIRE(disk->write_atomically(target, "second"));
  CHECK(read_whole_file(*disk, target).value() == "second");
  const auto entries = disk->list_directory(folder.path());
  REQUIRE(entries);
  REQUIRE(entries->size() == 1);
  CHECK(entries->front().name == "dashboard.xlsx");
}

TEST_CASE("a failed atomic write keeps the previous file intact") {
  TemporaryFolder folder;
  auto disk = make_disk_file_system();
  // A directory where the file should go: the rename fails, as it would over a locked file.
  const fs::path target = folder.path() / "dashboard.xlsx";
  fs::create_directories(target / "inside");
  const auto written = disk->write_atomically(target, "new");
  REQUIRE_FALSE(written);
  CHECK(fs::is_directory(target / "inside"));
  const auto entries = disk->list_directory(folder.path());
  REQUIRE(entries);
  CHECK(entries->size() == 1);  // no temporary file left behind
}

TEST_CASE("a write into a missing folder fails with a message") {
  TemporaryFolder folder;
  auto disk = make_disk_file_system();
  const auto written = disk->write_atomically(folder.path() / "missing" / "out.xlsx", "x");
  REQUIRE_FALSE(written);
  CHECK_FALSE(written.error().empty());
}

TEST_CASE("files are read at any offset, and listings are sorted") {
  TemporaryFolder folder;
  std::ofstream(folder.path() / "b.txt") << "hello world";
  std::ofstream(folder.path() / "a.txt") << "x";
  auto disk = make_disk_file_system();
  auto file = disk->open_for_reading(folder.path() / "b.txt");
  REQUIRE(file);
  CHECK((*file)->size() == 11);
  std::string buffer(5, '\0');
  CHECK((*file)->read_at(6, buffer).value() == 5);
  CHECK(buffer == "world");
  CHECK((*file)->read_at(11, buffer).value() == 0);
  const auto entries = disk->list_directory(folder.path());
  REQUIRE(entries);
  CHECK(entries->at(0).name == "a.txt");
  CHECK(entries->at(1).name == "b.txt");
  CHECK_FALSE(disk->open_for_reading(folder.path() / "missing.txt"));
  CHECK_FALSE(disk->open_for_reading(folder.path()));
}
