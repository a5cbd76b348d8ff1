#include <catch2/catch.hpp>

#include <fstream>
#include <vector>

#include "scdash/core/file_system.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "support/run_program.hpp"

using namespace scdash::core;
namespace fs = std::filesystem;
using scdash::testing::TemporaryFolder;

TEST_CASE("an atomic write replaces the file and leaves nothing else behind") {
  TemporaryFolder folder;
  auto disk = scdash::platform::make_disk_file_system();
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
  auto disk = scdash::platform::make_disk_file_system();
  // A folder where the file should go is refused before anything is written.
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
  auto disk = scdash::platform::make_disk_file_system();
  const auto written = disk->write_atomically(folder.path() / "missing" / "out.xlsx", "x");
  REQUIRE_FALSE(written);
  CHECK_FALSE(written.error().empty());
}

TEST_CASE("files are read at any offset, and listings are sorted") {
  TemporaryFolder folder;
  std::ofstream(folder.path() / "b.txt") << "hello world";
  std::ofstream(folder.path() / "a.txt") << "x";
  auto disk = scdash::platform::make_disk_file_system();
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
  CHECK(entries->at(1).size == 11);
  CHECK_FALSE(entries->at(1).is_directory);
  const auto missing = disk->list_directory(folder.path() / "missing");
  REQUIRE_FALSE(missing);
  CHECK(missing.error() == "No such file or directory");
  CHECK_FALSE(disk->open_for_reading(folder.path() / "missing.txt"));
  CHECK_FALSE(disk->open_for_reading(folder.path()));
}

TEST_CASE("a file cut short after it was opened is a read error saying it changed") {
  TemporaryFolder folder;
  const fs::path path = folder.path() / "return.csv";
  std::ofstream(path) << std::string(100, 'x');
  auto disk = scdash::platform::make_disk_file_system();
  auto file = disk->open_for_reading(path);
  REQUIRE(file);
  fs::resize_file(path, 40);
  std::string buffer(100, '\0');
  const auto got = (*file)->read_at(0, buffer);
  REQUIRE_FALSE(got);
  CHECK(got.error() ==
        "it ends at byte 40 but had 100 bytes when opened: it was changed while scdash read it; "
        "run again once it is complete");
}

TEST_CASE("a file that grew or was removed once opened says so when checked, once read") {
  TemporaryFolder folder;
  const fs::path path = folder.path() / "return.csv";
  std::ofstream(path) << "Measure,Count\nASB,1";
  auto disk = scdash::platform::make_disk_file_system();
  auto file = disk->open_for_reading(path);
  REQUIRE(file);
  CHECK((*file)->check_unchanged());
  std::ofstream(path, std::ios::app) << "2\nHate crime,3\n";  // the copy goes on arriving
  const auto grown = (*file)->check_unchanged();
  REQUIRE_FALSE(grown);
  CHECK(grown.error() ==
        "it changed while scdash read it (it had 19 bytes when opened, and has 34 now): a copy "
        "still arriving? Run again once it is complete");
  fs::remove(path);
  const auto removed = (*file)->check_unchanged();
  REQUIRE_FALSE(removed);
  CHECK_THAT(removed.error(), Catch::Matchers::StartsWith("it was removed while scdash read it"));
}

TEST_CASE("files written together are all written, or none is and the previous ones stay") {
  TemporaryFolder folder;
  auto disk = scdash::platform::make_disk_file_system();
  const fs::path dashboard = folder.path() / "dashboard.xlsx";
  const fs::path report = folder.path() / "report.json";
  const std::vector<FileToWrite> first{{dashboard, "dashboard 1"}, {report, "report 1"}};
  REQUIRE(disk->write_all_or_none(first));
  CHECK(read_whole_file(*disk, dashboard).value() == "dashboard 1");
  CHECK(read_whole_file(*disk, report).value() == "report 1");

  const fs::path missing_folder = folder.path() / "missing" / "report.pdf";
  const std::vector<FileToWrite> second{
      {dashboard, "dashboard 2"}, {report, "report 2"}, {missing_folder, "pdf"}};
  const auto written = disk->write_all_or_none(second);
  REQUIRE_FALSE(written);
  CHECK(written.error().path == missing_folder);
  CHECK(written.error().reason == "No such file or directory");
  CHECK(read_whole_file(*disk, dashboard).value() == "dashboard 1");
  CHECK(read_whole_file(*disk, report).value() == "report 1");
  const auto entries = disk->list_directory(folder.path());
  REQUIRE(entries);
  CHECK(entries->size() == 2);  // no temporary file left behind
}

TEST_CASE("the disk lists links as links, and resolves them so two names of a folder are equal") {
  const TemporaryFolder work;
  fs::create_directory(work.path() / "returns");
  fs::create_directory_symlink(work.path() / "returns", work.path() / "alias");
  const auto disk = scdash::platform::make_disk_file_system();
  CHECK(disk->resolve(work.path() / "alias/not-yet.xlsx") ==
        disk->resolve(work.path() / "returns/not-yet.xlsx"));
  CHECK(disk->resolve(work.path() / "returns/x/../police.csv") ==
        disk->resolve(work.path() / "returns/police.csv"));
  // Relative paths are taken from the current folder.
  CHECK(disk->resolve("returns").is_absolute());
  // The listing tells the link from the folder it leads to.
  const auto entries = disk->list_directory(work.path());
  REQUIRE(entries);
  REQUIRE(entries->size() == 2);
  CHECK((entries->at(0).name == "alias" && entries->at(0).is_directory && entries->at(0).is_link));
  CHECK(
      (entries->at(1).name == "returns" && entries->at(1).is_directory && !entries->at(1).is_link));
}

TEST_CASE("temporary files a killed run left beside an output are removed by the next write") {
  const TemporaryFolder folder;
  const auto left = [&](const std::string& name) {
    std::ofstream(folder.path() / name) << "left";
    return folder.path() / name;
  };
  const fs::path stale = left("dashboard.xlsx.0badcafe.tmp");
  const fs::path not_ours[] = {left("dashboard.xlsx.notours1.tmp"), left("report.json.tmp"),
                               left("dashboard.xlsx.0badcafe.tmp.keep")};
  auto disk = scdash::platform::make_disk_file_system();
  REQUIRE(disk->write_atomically(folder.path() / "dashboard.xlsx", "new"));
  CHECK_FALSE(fs::exists(stale));
  for (const fs::path& kept : not_ours) {
    CHECK(fs::exists(kept));
  }
}
