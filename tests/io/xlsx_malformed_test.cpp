// Broken and hostile .xlsx files: each gives its own diagnostic naming the file, never a crash.
#include <cstring>

#include <catch2/catch.hpp>

#include "io/xlsx_fixture.hpp"
#include "io/xlsx_workbook.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "support/compound_file_builder.hpp"
#include "support/probe_file.hpp"
#include "support/run_program.hpp"

using namespace scdash;
using testing::ProbeFile;
using testing::read_package;
using testing::XlsxParts;

namespace {

const std::string kFile = "return.xlsx";

// Requires that `failure` is an error with `code`, located in `file`.
void require_error(const std::optional<core::Diagnostic>& failure, std::string_view code,
                   const std::string& file = kFile) {
  REQUIRE(failure);
  INFO(failure->to_string());
  CHECK(failure->severity == core::Severity::error);
  CHECK(failure->code == code);
  CHECK(failure->location.file == file);
}

std::optional<core::Diagnostic> open_failure(std::string bytes, const std::string& name = kFile) {
  auto workbook = testing::open_bytes(std::move(bytes), name);
  return workbook ? std::nullopt : std::optional<core::Diagnostic>(workbook.error());
}

// The archive holding `entry` with the sizes its headers declare for that entry replaced by
// `declared`, as a hostile archive may lie.
std::string with_declared_size(std::string zip, const std::string& entry, std::uint32_t declared) {
  auto field = [&](std::size_t offset) {
    return std::uint32_t{static_cast<unsigned char>(zip[offset])} |
           std::uint32_t{static_cast<unsigned char>(zip[offset + 1])} << 8;
  };
  // Local headers ("PK\3\4") keep the size at 22 and the name at 30; central headers
  // ("PK\1\2") at 24 and 46.
  for (const auto& [signature, size_at, name_length_at, name_at] :
       {std::tuple{std::string("PK\x03\x04", 4), 22, 26, 30},
        std::tuple{std::string("PK\x01\x02", 4), 24, 28, 46}}) {
    for (auto at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 1)) {
      const std::size_t length = field(at + static_cast<std::size_t>(name_length_at));
      if (zip.compare(at + static_cast<std::size_t>(name_at), length, entry) == 0) {
        std::memcpy(&zip[at + static_cast<std::size_t>(size_at)], &declared, sizeof declared);
      }
    }
  }
  return zip;
}

// A sheet of `rows` rows of nine cells each.
std::string many_rows(int rows) {
  std::string data;
  for (int r = 1; r <= rows; ++r) {
    data += "<row r=\"" + std::to_string(r) + "\">";
    for (int c = 0; c < 9; ++c) {
      data += "<c><v>" + std::to_string(r * 9 + c) + "</v></c>";
    }
    data += "</row>";
  }
  return data;
}

}  // namespace

TEST_CASE("a shared-string index past the table is an error naming the cell") {
  const auto contents = read_package(
      XlsxParts()
          .set("xl/sharedStrings.xml", testing::shared_strings({"<t>only</t>"}))
          .sheet(R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>)")
          .zip());
  require_error(contents.failure, "xlsx-bad-shared-string");
  CHECK(contents.failure->location.sheet == "Data");
  CHECK(contents.failure->location.cell == core::parse_a1("B2"));
}

TEST_CASE("a shared-string index that is not a number is an error naming the cell") {
  const auto contents =
      read_package(XlsxParts()
                       .set("xl/sharedStrings.xml", testing::shared_strings({"<t>only</t>"}))
                       .sheet(R"(<row r="1"><c r="C1" t="s"><v>first</v></c></row>)")
                       .zip());
  require_error(contents.failure, "xlsx-bad-shared-string");
  CHECK(contents.failure->location.cell == core::parse_a1("C1"));
}

TEST_CASE("row and column references outside Excel's grid are errors naming the sheet") {
  const auto sheet_data =
      GENERATE(std::string(R"(<row r="1048577"><c><v>1</v></c></row>)"),
               std::string(R"(<row r="0"><c><v>1</v></c></row>)"),
               std::string(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)"),
               std::string(R"(<row r="1"><c r="A0"><v>1</v></c></row>)"),
               std::string(R"(<row r="1048576"><c><v>1</v></c></row><row><c><v>2</v></c></row>)"),
               std::string(R"(<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>)"));
  const auto contents = read_package(XlsxParts().sheet(sheet_data).zip());
  require_error(contents.failure, "xlsx-bad-reference");
  CHECK(contents.failure->location.sheet == "Data");
}

TEST_CASE("values that do not fit their cell type are errors naming the cell") {
  const auto cell = GENERATE(std::string(R"(<c r="D4"><v>12abc</v></c>)"),
                             std::string(R"(<c r="D4"><v>NaN</v></c>)"),
                             std::string(R"(<c r="D4" t="b"><v>yes</v></c>)"),
                             std::string(R"(<c r="D4" t="d"><v>30/09/2025</v></c>)"),
                             std::string(R"(<c r="D4" t="x"><v>1</v></c>)"));
  const auto contents = read_package(XlsxParts().sheet("<row r=\"4\">" + cell + "</row>").zip());
  require_error(contents.failure, "xlsx-bad-value");
  CHECK(contents.failure->location.cell == core::parse_a1("D4"));
}

TEST_CASE("a DOCTYPE is refused, so billion-laughs entity expansion never starts") {
  const std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
  SECTION("in a sheet") {
    const auto contents = read_package(
        XlsxParts()
            .set("xl/worksheets/sheet1.xml",
                 laughs + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                          "&lol3;</t></is></c></row></sheetData></worksheet>")
            .zip());
    require_error(contents.failure, "xlsx-doctype");
    CHECK(contents.failure->location.sheet == "Data");
  }
  SECTION("in the workbook part") {
    require_error(
        open_failure(
            XlsxParts().set("xl/workbook.xml", laughs + "<workbook>&lol3;</workbook>").zip()),
        "xlsx-doctype");
  }
}

TEST_CASE("elements nested deeper than 1,000 are refused, whichever tokenizer reads them") {
  // <worksheet>, <sheetData> and <row> are three levels; the rest are <x>.
  const auto nested = [](int depth, const std::string& before) {
    const auto x_levels = static_cast<std::size_t>(depth - 3);
    std::string xml = before + "<row r=\"1\"><c r=\"A1\"><v>7</v></c>";
    for (std::size_t i = 0; i < x_levels; ++i) {
      xml += "<x>";
    }
    for (std::size_t i = 0; i < x_levels; ++i) {
      xml += "</x>";
    }
    return read_package(XlsxParts().sheet(xml + "</row>").zip());
  };
  // A comment is where the fast scanner hands over to expat.
  for (const std::string before : {"", "<!-- handed over -->"}) {
    INFO("before the row: " << before);
    const auto deepest = nested(1'000, before);
    CHECK_FALSE(deepest.failure);
    REQUIRE(deepest.cell("A1") != nullptr);
    const auto too_deep = nested(1'001, before);
    require_error(too_deep.failure, "xlsx-too-deep");
    CHECK(too_deep.failure->location.sheet == "Data");
    CHECK_THAT(too_deep.failure->message, Catch::Contains("xl/worksheets/sheet1.xml"));
  }
}

TEST_CASE("XML that is not well-formed is an error naming the part") {
  const auto contents =
      read_package(XlsxParts().sheet(R"(<row r="1"><c r="A1"><v>1</c></row>)").zip());
  require_error(contents.failure, "xlsx-malformed-xml");
  CHECK(contents.failure->location.sheet == "Data");
  CHECK_THAT(contents.failure->message, Catch::Contains("xl/worksheets/sheet1.xml"));
}

TEST_CASE("a truncated zip archive is named as damaged") {
  const std::string whole = XlsxParts().sheet(many_rows(100)).zip();
  require_error(open_failure(whole.substr(0, whole.size() / 2)), "xlsx-damaged-zip");
}

TEST_CASE("a part whose bytes do not match its CRC is an error, not silently read") {
  const std::string zip =
      XlsxParts()
          .sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Melton</t></is></c></row>)")
          .zip(testing::ZipMethod::store);
  std::string damaged = zip;
  const auto at = damaged.find("Melton");
  REQUIRE(at != std::string::npos);
  damaged[at] = 'W';  // still well-formed XML: only the checksum can tell
  REQUIRE_FALSE(read_package(zip).failure);
  const auto contents = read_package(damaged);
  require_error(contents.failure, "xlsx-bad-crc");
  CHECK(contents.failure->location.sheet == "Data");
}

TEST_CASE("damage that breaks the XML is still reported as a bad CRC") {
  std::string damaged = XlsxParts()
                            .sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")
                            .zip(testing::ZipMethod::store);
  const auto at = damaged.find("<v>1</v>");
  REQUIRE(at != std::string::npos);
  damaged[at + 1] = '!';
  require_error(read_package(damaged).failure, "xlsx-bad-crc");
}

TEST_CASE("a part declaring a zip-bomb expansion is refused before it is inflated") {
  const std::string zip = XlsxParts().sheet(many_rows(10)).zip();
  const auto contents =
      read_package(with_declared_size(zip, "xl/worksheets/sheet1.xml", 0x7FFF'FFFF));
  require_error(contents.failure, "xlsx-too-large");
  CHECK(contents.failure->location.sheet == "Data");
}

TEST_CASE("a highly compressible huge part is refused as a zip bomb") {
  // 64 MiB of spaces deflate to about 64 KiB: more than 1000:1, as only a bomb does.
  const std::string padding(std::size_t{64} << 20, ' ');
  const auto contents = read_package(XlsxParts().sheet(padding).zip());
  require_error(contents.failure, "xlsx-too-large");
}

TEST_CASE("a part that understates its size is stopped by what inflating really produces") {
  const std::string padding(std::size_t{4} << 20, ' ');
  const std::string zip =
      with_declared_size(XlsxParts().sheet(padding).zip(), "xl/worksheets/sheet1.xml", 100);
  std::uint64_t bytes_read = 0;
  io::detail::XlsxLimits limits;
  limits.max_compression_ratio = 10;
  auto workbook =
      io::detail::open_xlsx(std::make_unique<ProbeFile>(zip, &bytes_read), kFile, limits);
  REQUIRE(workbook);
  require_error(testing::read_all(**workbook).failure, "xlsx-too-large");
}

TEST_CASE("shared strings beyond the count or byte limits are refused") {
  const std::string zip =
      XlsxParts()
          .set("xl/sharedStrings.xml",
               testing::shared_strings({"<t>one</t>", "<t>two</t>", "<t>three</t>"}))
          .sheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)")
          .zip();
  io::detail::XlsxLimits limits;
  SECTION("count") {
    limits.max_shared_strings = 2;
  }
  SECTION("bytes") {
    limits.max_shared_string_bytes = 8;
  }
  std::uint64_t bytes_read = 0;
  auto workbook =
      io::detail::open_xlsx(std::make_unique<ProbeFile>(zip, &bytes_read), kFile, limits);
  REQUIRE(workbook);
  require_error(testing::read_all(**workbook).failure, "xlsx-too-large");
}

TEST_CASE("cell text longer than Excel's 32,767 characters is an error") {
  const std::string longest(32'767, 'a');
  const std::string too_long(32'768, 'a');
  const auto fits = read_package(XlsxParts()
                                     .sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" +
                                            longest + "</t></is></c></row>")
                                     .zip());
  REQUIRE_FALSE(fits.failure);
  CHECK(fits.cell("A1")->text.size() == 32'767);

  const auto inline_string =
      read_package(XlsxParts()
                       .sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + too_long +
                              "</t></is></c></row>")
                       .zip());
  require_error(inline_string.failure, "xlsx-text-too-long");
  CHECK(inline_string.failure->location.cell == core::parse_a1("A1"));

  const auto shared = read_package(
      XlsxParts()
          .set("xl/sharedStrings.xml", testing::shared_strings({"<t>" + too_long + "</t>"}))
          .sheet(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)")
          .zip());
  require_error(shared.failure, "xlsx-text-too-long");

  const std::string runaway(std::size_t{1} << 20, 'a');
  const auto formula =
      read_package(XlsxParts()
                       .sheet("<row r=\"1\"><c r=\"B1\" t=\"str\"><v>" + runaway + "</v></c></row>")
                       .zip());
  require_error(formula.failure, "xlsx-text-too-long");
}

TEST_CASE("a file that is not a zip archive is named for what it is") {
  // Excel wraps a password-protected .xlsx in an OLE2 compound file, as it does an .xls.
  const std::string encrypted =
      testing::build_compound_file({{"EncryptionInfo", std::string(200, '\1')},
                                    {"EncryptedPackage", std::string(5000, '\2')}})
          .bytes;
  require_error(open_failure("Area,Crimes\nMelton,12\n", kFile), "xlsx-not-zip");
  require_error(open_failure("", kFile), "xlsx-not-zip");
  require_error(open_failure(encrypted, "encrypted.xlsx"), "xlsx-encrypted", "encrypted.xlsx");
  require_error(open_failure(encrypted, "encrypted.xlsm"), "xlsx-encrypted", "encrypted.xlsm");
  require_error(open_failure(encrypted, "renamed.xls"), "xlsx-encrypted", "renamed.xls");
  require_error(open_failure("<html><body><table>", "export.xls"), "xls-not-a-workbook",
                "export.xls");
  require_error(open_failure("%PDF-1.7", "report.pdf"), "workbook-unknown-format", "report.pdf");
}

TEST_CASE("a zip archive without a workbook part is not taken for a workbook") {
  require_error(open_failure(testing::build_zip({{"mimetype", "application/zip"}})),
                "xlsx-missing-part");
  require_error(
      open_failure(XlsxParts()
                       .set("_rels/.rels", XlsxParts::relationships(
                                               {{"rId1", "officeDocument", "xl/workbook.bin"}}))
                       .set("xl/workbook.bin", "binary")
                       .zip(),
                   "return.xlsb"),
      "xlsb-not-supported", "return.xlsb");
}

TEST_CASE("a part held twice is refused, as readers would take different copies") {
  // Two sheets, then the second's name rewritten in its headers to the first's: a package as a
  // careless or hostile writer makes it, since libzip itself refuses to add a name twice.
  const std::string second = "xl/worksheets/sheet9.xml";
  std::string zip =
      XlsxParts()
          .sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
          .set(second, testing::worksheet("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"))
          .zip(testing::ZipMethod::store);
  for (const std::string& renamed :
       {std::string("xl/worksheets/sheet1.xml"), std::string("XL/Worksheets/Sheet1.xml")}) {
    INFO(renamed);
    std::string twice = zip;
    for (auto at = twice.find(second); at != std::string::npos; at = twice.find(second, at + 1)) {
      twice.replace(at, second.size(), renamed);
    }
    const auto failure = open_failure(twice);
    require_error(failure, "xlsx-duplicate-part");
    CHECK_THAT(failure->message, Catch::Contains("twice"));
  }
  CHECK_FALSE(open_failure(zip));  // the package before its second name was rewritten
}

TEST_CASE("a sheet whose part or relationship is missing is an error naming the sheet") {
  SECTION("part") {
    const auto contents = read_package(XlsxParts().remove("xl/worksheets/sheet1.xml").zip());
    require_error(contents.failure, "xlsx-missing-part");
    CHECK(contents.failure->location.sheet == "Data");
  }
  SECTION("relationship") {
    const auto contents = read_package(
        XlsxParts()
            .set("xl/_rels/workbook.xml.rels",
                 XlsxParts::relationships({{"rId9", "worksheet", "worksheets/sheet1.xml"}}))
            .zip());
    require_error(contents.failure, "xlsx-missing-part");
    CHECK_THAT(contents.failure->message, Catch::Contains("rId1"));
  }
}

TEST_CASE("a file the file system cannot open or read is an error naming it") {
  testing::MemoryFileSystem file_system;
  file_system.add_file(kFile, XlsxParts().zip());
  file_system.make_unreadable(kFile);
  auto workbook = io::open_workbook(file_system, kFile, kFile);
  REQUIRE_FALSE(workbook);
  require_error(workbook.error(), "file-unreadable");

  // Stored and large, so that the bad byte lies in the sheet, far from the directory at the end.
  const std::string zip = XlsxParts().sheet(many_rows(20'000)).zip(testing::ZipMethod::store);
  std::uint64_t bytes_read = 0;
  auto failing = io::detail::open_xlsx(
      std::make_unique<ProbeFile>(zip, &bytes_read, zip.size() / 2, zip.size() / 2 + 1), kFile, {});
  REQUIRE(failing);
  const auto failure = testing::read_all(**failing).failure;
  require_error(failure, "xlsx-unreadable");
  CHECK(failure->location.sheet == "Data");
  CHECK_THAT(failure->message, Catch::Contains("the network share went away"));
}

TEST_CASE("a workbook cut short on disk while it is read says it changed, as a read failure") {
  const testing::TemporaryFolder folder;
  const std::filesystem::path path = folder.path() / kFile;
  const std::string zip = XlsxParts().sheet(many_rows(20'000)).zip(testing::ZipMethod::store);
  testing::write_file(path, zip);
  const auto disk = scdash::platform::make_disk_file_system();
  auto workbook = io::open_workbook(*disk, path, kFile);
  REQUIRE(workbook);
  std::filesystem::resize_file(path, zip.size() / 2);  // as a copy still arriving, or restarted
  const auto failure = testing::read_all(**workbook).failure;
  require_error(failure, "xlsx-unreadable");
  CHECK_THAT(failure->message, Catch::Contains("it was changed while scdash read it"));
  CHECK(core::count_unreadable({*failure}) == 1);  // so the run stops with exit status 3
}

TEST_CASE("reading stops early without reading the rest of the file") {
  const std::string zip = XlsxParts().sheet(many_rows(50'000)).zip(testing::ZipMethod::store);
  std::uint64_t bytes_read = 0;
  auto workbook = io::detail::open_xlsx(std::make_unique<ProbeFile>(zip, &bytes_read), kFile, {});
  REQUIRE(workbook);
  int rows = 0;
  REQUIRE((*workbook)->read_sheet(0, [&](const io::Row&) { return ++rows < 3; }));
  CHECK(rows == 3);
  CHECK(bytes_read < zip.size() / 4);
}
