// The files the page and the add-in hand to the engine: held in memory, listed and written as a
// disk's would be.
#include <catch2/catch.hpp>

#include "scdash/core/memory_file_system.hpp"

using scdash::core::FileToWrite;
using scdash::core::MemoryFileSystem;

namespace {

std::vector<std::string> names(MemoryFileSystem& files, const std::string& folder) {
  const auto entries = files.list_directory(folder);
  REQUIRE(entries);
  std::vector<std::string> listed;
  for (const auto& entry : *entries) {
    listed.push_back(entry.name + (entry.is_directory ? "/" : ""));
  }
  return listed;
}

}  // namespace

TEST_CASE("files held in memory are listed by folder, sorted, with the folders of their paths") {
  MemoryFileSystem files;
  files.add_file("returns/2025-26-Q2/police.xlsx", "x");
  files.add_file("returns/marac.csv", "abc");
  files.add_file("scdash.yaml", "returns: returns\n");

  CHECK(names(files, "") == std::vector<std::string>{"returns/", "scdash.yaml"});
  CHECK(names(files, ".") == names(files, ""));
  CHECK(names(files, "returns/.") == std::vector<std::string>{"2025-26-Q2/", "marac.csv"});
  const auto returns = files.list_directory("returns");
  REQUIRE(returns);
  CHECK((*returns)[1].size == 3);
  CHECK(files.list_directory("missing").error() == "No such file or directory");
  CHECK(files.list_directory("scdash.yaml").error() == "Not a directory");
}

TEST_CASE("a file held in memory is one file under any spelling of its path, and reads whole") {
  MemoryFileSystem files;
  files.add_file("mappings/./police.yaml", "measure: crime.total\n");
  CHECK(files.contents("mappings/../mappings/police.yaml") == "measure: crime.total\n");

  auto opened = files.open_for_reading("mappings/police.yaml");
  REQUIRE(opened);
  std::string buffer(64, '\0');
  CHECK((*opened)->read_at(9, buffer).value() == 12);
  CHECK(buffer.substr(0, 12) == "crime.total\n");
  CHECK((*opened)->read_at(100, buffer).value() == 0);
  CHECK(files.open_for_reading("mappings").error() == "Is a directory");
  CHECK(files.open_for_reading("mappings/asb.yaml").error() == "No such file or directory");
}

TEST_CASE("an open file held in memory reads as it was opened, whatever is written after") {
  MemoryFileSystem files;
  files.add_file("out/report.json", "old");
  auto opened = files.open_for_reading("out/report.json");
  REQUIRE(opened);
  REQUIRE(files.write_atomically("out/report.json", "new!"));
  std::string buffer(8, '\0');
  CHECK((*opened)->read_at(0, buffer).value() == 3);
  CHECK(files.contents("out/report.json") == "new!");
}

TEST_CASE("writing files held in memory is all or none: a path that is a folder writes nothing") {
  MemoryFileSystem files;
  files.add_file("out/dashboard.xlsx", "previous");
  files.add_file("out/report.json/inside", "a folder where the report goes");

  const std::vector<FileToWrite> outputs{{"out/dashboard.xlsx", "new"}, {"out/report.json", "{}"}};
  const auto written = files.write_all_or_none(outputs);
  REQUIRE_FALSE(written);
  CHECK(written.error().path == "out/report.json");
  CHECK(written.error().reason == "Is a directory");
  CHECK(files.contents("out/dashboard.xlsx") == "previous");
}
