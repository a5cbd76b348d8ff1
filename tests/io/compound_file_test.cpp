// The OLE2 compound file under every .xls: streams found and read in both sector sizes, in the
// mini stream, through DIFAT sectors; and every way its chains can be broken, each a diagnostic.
#include <catch2/catch.hpp>

#include "io/compound_file.hpp"
#include "support/compound_file_builder.hpp"
#include "support/probe_file.hpp"

using namespace scdash;
using io::detail::CompoundFile;
using testing::build_compound_file;
using testing::CompoundFileImage;
using testing::CompoundFileOptions;

namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;

// `size` bytes that differ from sector to sector, so that a sector read from the wrong place shows.
std::string patterned(std::size_t size, char seed) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) {
    bytes[i] = static_cast<char>(seed + static_cast<char>(i % 251) + static_cast<char>(i / 512));
  }
  return bytes;
}

core::Expected<CompoundFile, core::Diagnostic> open(const std::string& bytes,
                                                    std::uint64_t* bytes_read = nullptr) {
  static std::uint64_t ignored = 0;
  return CompoundFile::open(
      std::make_unique<testing::ProbeFile>(bytes, bytes_read != nullptr ? bytes_read : &ignored),
      "return.xls");
}

// The whole of stream `name`, or the diagnostic of opening the file or the stream.
core::Expected<std::string, core::Diagnostic> read_stream(const std::string& bytes,
                                                          const std::string& name) {
  auto file = open(bytes);
  if (!file) {
    return core::unexpected(file.error());
  }
  auto stream = file->open_stream(name);
  if (!stream) {
    return core::unexpected(stream.error());
  }
  std::string contents((*stream)->size(), '\0');
  auto got = (*stream)->read_at(0, contents);
  REQUIRE(got);
  CHECK(*got == contents.size());
  return contents;
}

void require_corrupt(const core::Expected<std::string, core::Diagnostic>& read,
                     const std::string& says) {
  REQUIRE_FALSE(read);
  INFO(read.error().to_string());
  CHECK(read.error().code == "xls-corrupt");
  CHECK(read.error().location.to_string() == "return.xls");
  CHECK_THAT(read.error().message, Catch::Contains(says));
}

const std::string kBig = patterned(5000, 'a');  // beyond the mini stream's 4096 bytes
const std::string kSmall = patterned(300, 'A');

}  // namespace

TEST_CASE("streams are read whole in 512- and 4096-byte sectors, in the FAT or the mini stream") {
  for (const std::uint32_t sector_size : {512U, 4096U}) {
    INFO("sectors of " << sector_size << " bytes");
    CompoundFileOptions options;
    options.sector_size = sector_size;
    const auto image = build_compound_file(
        {{"Workbook", kBig}, {"\x05SummaryInformation", kSmall}, {"Empty", ""}}, options);
    REQUIRE(image.in_mini_stream == std::vector<bool>{false, true, true});
    CHECK(read_stream(image.bytes, "Workbook").value() == kBig);
    CHECK(read_stream(image.bytes, "\x05SummaryInformation").value() == kSmall);
    CHECK(read_stream(image.bytes, "Empty").value().empty());
  }
}

TEST_CASE("a stream is read at any offset, across sectors, and found ignoring case") {
  const auto image = build_compound_file({{"Workbook", kBig}});
  auto file = open(image.bytes);
  REQUIRE(file);
  CHECK(file->has_stream("WORKBOOK"));
  CHECK_FALSE(file->has_stream("Book"));
  auto stream = file->open_stream("workbook");
  REQUIRE(stream);
  std::string middle(1000, '\0');
  REQUIRE((*stream)->read_at(500, middle).value() == 1000);
  CHECK(middle == kBig.substr(500, 1000));
  std::string tail(100, '\0');
  CHECK((*stream)->read_at(4950, tail).value() == 50);
  CHECK(tail.substr(0, 50) == kBig.substr(4950));
}

TEST_CASE("a FAT of more than 109 sectors is found through the DIFAT sectors") {
  CompoundFileOptions options;
  options.extra_fat_sectors = 300;  // 2 DIFAT sectors of 127 entries each
  const auto image = build_compound_file({{"Workbook", kBig}, {"Small", kSmall}}, options);
  REQUIRE(image.fat_sectors.size() > 109 + 127);
  CHECK(read_stream(image.bytes, "Workbook").value() == kBig);
  CHECK(read_stream(image.bytes, "Small").value() == kSmall);
}

TEST_CASE("only what is asked for is read, not the whole file") {
  const auto image = build_compound_file({{"Workbook", patterned(200'000, 'x')}});
  std::uint64_t bytes_read = 0;
  auto file = open(image.bytes, &bytes_read);
  REQUIRE(file);
  // The header, the FAT and the directory: a few sectors of a 200 kB file.
  CHECK(bytes_read < 5000);
}

TEST_CASE("a truncated compound file is damaged, never read past its end") {
  const auto image = build_compound_file({{"Workbook", kBig}});
  require_corrupt(read_stream(image.bytes.substr(0, image.bytes.size() - 1000), "Workbook"),
                  "the file is truncated");
  require_corrupt(read_stream(image.bytes.substr(0, 300), "Workbook"), "shorter than");
  require_corrupt(read_stream(image.bytes.substr(0, 600), "Workbook"), "sector");
}

TEST_CASE("broken chains are named, never followed round for ever or out of the file") {
  auto image = build_compound_file({{"Workbook", kBig}});
  const std::uint32_t start = image.stream_starts[0];

  SECTION("a stream's chain that loops") {
    image.set_fat_entry(start + 2, start + 1);
    require_corrupt(read_stream(image.bytes, "Workbook"), "loops back to sector");
  }
  SECTION("a sector number beyond the FAT") {
    image.set_fat_entry(start, 0x00FFFFFF);
    require_corrupt(read_stream(image.bytes, "Workbook"), "outside the");
  }
  SECTION("a chain shorter than the stream") {
    image.set_fat_entry(start + 1, kEndOfChain);
    require_corrupt(read_stream(image.bytes, "Workbook"), "ends after 2 sectors, short of the 10");
  }
  SECTION("a stream size beyond anything the file holds") {
    image.put_u32(image.entry_offset(1) + 120, 0x7FFFFFFF);
    require_corrupt(read_stream(image.bytes, "Workbook"), "more than the");
  }
  SECTION("the directory's chain loops") {
    image.set_fat_entry(image.first_directory_sector, image.first_directory_sector);
    require_corrupt(read_stream(image.bytes, "Workbook"), "the chain of the directory loops");
  }
  SECTION("the directory's tree loops") {
    image.put_u32(image.entry_offset(1) + 72, 1);  // the stream is its own right sibling
    require_corrupt(read_stream(image.bytes, "Workbook"), "tree loops back to entry 1");
  }
  SECTION("the directory refers to an entry it lacks") {
    image.put_u32(image.entry_offset(1) + 72, 4000);
    require_corrupt(read_stream(image.bytes, "Workbook"), "refers to entry 4000");
  }
  SECTION("the header declares more FAT sectors than the file has") {
    image.put_u32(44, 1'000'000);
    require_corrupt(read_stream(image.bytes, "Workbook"), "declares 1000000 FAT sectors");
  }
  SECTION("the FAT is said to be in a sector the file lacks") {
    image.put_u32(76, 5000);
    require_corrupt(read_stream(image.bytes, "Workbook"), "the file has only");
  }
  SECTION("a signature that is not a compound file's") {
    image.bytes[3] = 'x';
    require_corrupt(read_stream(image.bytes, "Workbook"), "signature");
  }
  SECTION("sectors of a size the format does not have") {
    image.bytes[30] = 10;
    require_corrupt(read_stream(image.bytes, "Workbook"), "only 512 and 4096 exist");
  }
}

TEST_CASE("broken chains of the mini stream are named too") {
  auto image = build_compound_file({{"Small", kSmall}});
  const auto mini_fat = image.sector_offset(image.first_mini_fat_sector);
  SECTION("a mini chain that loops") {
    image.put_u32(mini_fat + 4 * 2, 1);
    require_corrupt(read_stream(image.bytes, "Small"), "loops back to sector 1");
  }
  SECTION("a mini sector beyond the mini stream") {
    image.put_u32(image.entry_offset(0) + 120, 128);  // the mini stream holds two mini sectors
    require_corrupt(read_stream(image.bytes, "Small"), "beyond the end of the mini stream");
  }
}

TEST_CASE("a file system failing part-way is a read failure, not damage") {
  const auto image = build_compound_file({{"Workbook", kBig}});
  std::uint64_t bytes_read = 0;
  auto file = CompoundFile::open(
      std::make_unique<testing::ProbeFile>(image.bytes, &bytes_read, image.bytes.size() - 512),
      "return.xls");
  REQUIRE(file);
  auto stream = file->open_stream("Workbook");
  REQUIRE(stream);
  std::string contents((*stream)->size(), '\0');
  auto got = (*stream)->read_at(0, contents);
  REQUIRE_FALSE(got);
  CHECK(got.error() == "the network share went away");
}
