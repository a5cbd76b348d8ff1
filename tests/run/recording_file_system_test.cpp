#include <catch2/catch.hpp>

#include <vector>

#include "run/recording_file_system.hpp"
#include "scdash/core/sha256.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

namespace {

const std::string kText = "areas:\n  - {code: E10000018, label: Leics, name: Leicestershire}\n";

// Reads `file` in pieces at the offsets given, each `length` bytes long.
void read_pieces(core::InputFile& file, const std::vector<std::uint64_t>& offsets,
                 std::size_t length) {
  std::vector<char> buffer(length);
  for (const std::uint64_t offset : offsets) {
    REQUIRE(file.read_at(offset, buffer));
  }
}

}  // namespace

TEST_CASE("a file read from start to end is recorded with the checksum of its bytes") {
  testing::MemoryFileSystem disk;
  disk.add_file("reference/areas.yaml", kText);
  run::RecordingFileSystem recorder(disk);
  CHECK(core::read_whole_file(recorder, "reference/areas.yaml").value() == kText);
  const auto files = recorder.take_files_read();
  REQUIRE(files.size() == 1);
  CHECK(files[0].path == "reference/areas.yaml");
  CHECK(files[0].sha256 == core::sha256_hex(kText));
  CHECK(recorder.take_files_read().empty());  // taken
}

TEST_CASE("a file read in order in pieces, or out of order, gets the same checksum") {
  testing::MemoryFileSystem disk;
  disk.add_file("a.yaml", kText);
  run::RecordingFileSystem recorder(disk);
  auto in_order = recorder.open_for_reading("a.yaml");
  REQUIRE(in_order);
  read_pieces(**in_order, {0, 10, 20, 30, 40, 50, 60}, 10);
  auto backwards = recorder.open_for_reading("a.yaml");
  REQUIRE(backwards);
  read_pieces(**backwards, {40, 0}, 40);  // read again to hash it
  const auto files = recorder.take_files_read();
  REQUIRE(files.size() == 1);  // opened twice, listed once
  CHECK(files[0].sha256 == core::sha256_hex(kText));
}

TEST_CASE("a file not read whole is hashed again through its own handle, not its path") {
  testing::MemoryFileSystem disk;
  disk.add_file("a.yaml", kText);
  run::RecordingFileSystem recorder(disk);
  auto file = recorder.open_for_reading("a.yaml");
  REQUIRE(file);
  read_pieces(**file, {0}, 5);
  disk.make_unreadable("a.yaml");  // opening the path again would fail
  const auto files = recorder.take_files_read();
  REQUIRE(files.size() == 1);
  CHECK(files[0].sha256 == core::sha256_hex(kText));
  CHECK(files[0].changed.empty());
}

TEST_CASE("a file that changed while it was read is recorded as changed, with the reason") {
  testing::MemoryFileSystem disk;
  disk.add_file("a.yaml", kText);
  disk.add_file("b.yaml", kText);
  run::RecordingFileSystem recorder(disk);
  for (const char* name : {"a.yaml", "b.yaml"}) {
    auto file = recorder.open_for_reading(name);
    REQUIRE(file);
    read_pieces(**file, {0}, kText.size());
    REQUIRE((*file)->check_unchanged());  // as the file it wraps says
  }
  disk.change_while_open("b.yaml");
  const auto files = recorder.take_files_read();
  REQUIRE(files.size() == 2);
  CHECK(files[0].changed.empty());
  CHECK(files[1].changed == "it changed while scdash read it");
}

TEST_CASE("the recorder only reads") {
  testing::MemoryFileSystem disk;
  run::RecordingFileSystem recorder(disk);
  CHECK_FALSE(recorder.write_atomically("a.yaml", "x"));
  CHECK_FALSE(disk.contents("a.yaml"));
}
