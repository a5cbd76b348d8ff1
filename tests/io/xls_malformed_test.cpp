// Broken, hostile and unreadable .xls files, made record by record: each gives its own
// diagnostic naming the file (and the sheet, cell or byte where it can), never a crash, and the
// rows before a failure have been handed over.
#include <catch2/catch.hpp>

#include <limits>
#include <utility>

#include "io/xls_fixture.hpp"
#include "io/xls_workbook.hpp"
#include "support/probe_file.hpp"

using namespace scdash;
using namespace scdash::testing::biff;
using testing::XlsCells;

namespace {

const std::string kFile = "return.xls";

core::Diagnostic open_failure(const std::string& bytes, const std::string& name = kFile) {
  auto workbook = testing::open_bytes(bytes, name);
  REQUIRE_FALSE(workbook);
  return workbook.error();
}

// The first sheet's reading: its cells, and the diagnostic that stopped it.
testing::SheetContents read_first_sheet(const std::string& bytes) {
  auto workbook = testing::open_bytes(bytes, kFile);
  if (!workbook) {
    FAIL(workbook.error().to_string());
  }
  return testing::read_all(**workbook);
}

void require_error(const core::Diagnostic& failure, std::string_view code, const std::string& where,
                   const std::string& says = {}) {
  INFO(failure.to_string());
  CHECK(failure.severity == core::Severity::error);
  CHECK(failure.code == code);
  CHECK(failure.location.to_string() == where);
  CHECK_THAT(failure.message, Catch::Contains(says));
}

}  // namespace

TEST_CASE("an encrypted .xls is named as such") {
  require_error(open_failure(testing::xls_sheet(number(0, 0, 1), file_pass())), "xls-encrypted",
                kFile);
}

TEST_CASE("a shared-string table claiming more strings than it holds gives those it holds") {
  // As some writers do: the claimed count is the number of cells using the table.
  const std::string globals = sst({u"one", u"two"}, 7);
  const auto contents = read_first_sheet(
      testing::xls_sheet(label_sst(0, 0, 0) + label_sst(1, 0, 1) + label_sst(2, 0, 2), globals));
  CHECK(testing::cell_map(contents) == XlsCells{{"A1", "string one"}, {"A2", "string two"}});
  REQUIRE(contents.failure);
  require_error(*contents.failure, "xls-bad-shared-string", "return.xls!Data!A3",
                "refers to shared string 2, but the workbook has 2");

  // Claiming fewer: every string there is counts.
  const auto fewer =
      read_first_sheet(testing::xls_sheet(label_sst(0, 0, 2), sst({u"one", u"two", u"three"}, 1)));
  CHECK(testing::cell_map(fewer) == XlsCells{{"A1", "string three"}});

  // Bytes after the strings it claims are padding, not a string cut short.
  const std::string padded = record(0x00FC, u32(1) + u32(1) + text(u"one") + u8(5));
  const auto after = read_first_sheet(testing::xls_sheet(label_sst(0, 0, 0), padded));
  CHECK(testing::cell_map(after) == XlsCells{{"A1", "string one"}});
}

TEST_CASE("a shared-string table cut inside a string is damaged") {
  const std::string cut = record(0x00FC, u32(2) + u32(2) + text(u"one") + u16(40) + u8(0) + "ab");
  require_error(open_failure(testing::xls_sheet("", cut)), "xls-corrupt", kFile,
                "ends inside its string 2 of 2");
}

TEST_CASE("a record running past the end of the stream stops the sheet after the rows before") {
  std::string stream =
      workbook_stream({}, {{"Data", number(0, 0, 1) + number(1, 0, 2) + number(2, 0, 3)}});
  stream.resize(stream.size() - 4 - 10);  // the EOF record and the end of the last NUMBER
  const auto contents = read_first_sheet(testing::xls_file(stream));
  // Row 2 (the second) was being read when the stream ended, and the damaged record could have been
  // one of its cells: it is not handed over, as no row is until a cell of the next is read.
  CHECK(testing::cell_map(contents) == XlsCells{{"A1", "number 1"}});
  REQUIRE(contents.failure);
  require_error(*contents.failure, "xls-corrupt", "return.xls!Data",
                "should hold 14 bytes, but the stream ends after 4");
}

TEST_CASE("a sheet whose records end before its EOF record is damaged") {
  std::string stream = workbook_stream({}, {{"Data", number(0, 0, 1) + number(1, 0, 2)}});
  stream.resize(stream.size() - 4);
  const auto contents = read_first_sheet(testing::xls_file(stream));
  CHECK(testing::cell_map(contents) == XlsCells{{"A1", "number 1"}});
  REQUIRE(contents.failure);
  require_error(*contents.failure, "xls-corrupt", "return.xls!Data", "before its EOF record");
}

TEST_CASE("a sheet the workbook places where no sheet begins is damaged") {
  std::string stream = workbook_stream({}, {{"Data", number(0, 0, 1)}});
  const auto at = stream.find(std::string("\x85\x00", 2));  // the BOUNDSHEET record
  stream[at + 4] = static_cast<char>(stream[at + 4] + 2);   // its offset, two bytes further
  const auto contents = read_first_sheet(testing::xls_file(stream));
  REQUIRE(contents.failure);
  require_error(*contents.failure, "xls-corrupt", "return.xls!Data", "no BOF record is there");
}

TEST_CASE("a workbook stream that is not a BIFF workbook's is damaged") {
  require_error(open_failure(testing::xls_file(number(0, 0, 1))), "xls-corrupt", kFile,
                "does not begin with a BOF record");
  require_error(open_failure(testing::xls_file(bof(0x0005))), "xls-corrupt", kFile,
                "ends before the end (EOF record) of its globals");
  require_error(open_failure(testing::xls_file(bof(0x0010) + eof())), "xls-corrupt", kFile,
                "does not begin with the workbook's globals");
  require_error(open_failure(testing::xls_file(bof(0x0005) + record(0x0085, u32(0)) + eof())),
                "xls-corrupt", kFile, "record 0x0085 at byte 20");
}

TEST_CASE("workbooks older than Excel 5 are named, not misread") {
  // Excel 4.0 wrote bare BIFF4 files; an OLE2 file may also claim a BIFF version scdash lacks.
  require_error(open_failure(record(0x0409, u16(0) + u16(0x0010)), "old.xls"),
                "xls-unsupported-version", "old.xls", "Excel 4.0");
  require_error(open_failure(record(0x0009, u16(0) + u16(0x0010)), "older.xls"),
                "xls-unsupported-version", "older.xls", "Excel 2.x");
  require_error(open_failure(testing::xls_file(bof(0x0005, 0x0400) + eof())),
                "xls-unsupported-version", kFile, "0x0400");
}

TEST_CASE("values Excel never writes are errors at their cell") {
  SECTION("an error code Excel does not define") {
    const auto contents = read_first_sheet(testing::xls_sheet(bool_err(3, 1, 0x63, true)));
    REQUIRE(contents.failure);
    require_error(*contents.failure, "xls-bad-value", "return.xls!Data!B4", "0x63");
  }
  SECTION("a boolean that is neither 0 nor 1") {
    const auto contents = read_first_sheet(testing::xls_sheet(bool_err(0, 0, 2, false)));
    REQUIRE(contents.failure);
    require_error(*contents.failure, "xls-bad-value", "return.xls!Data!A1", "neither 0 nor 1");
  }
  SECTION("a number that is infinity or not a number, in each record that holds one") {
    const double infinity = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const auto& [record, says] :
         {std::pair(number(1, 1, infinity), "infinity"),
          std::pair(number(1, 1, -infinity), "infinity"), std::pair(number(1, 1, nan), "NaN"),
          std::pair(formula(1, 1, formula_number(infinity)), "infinity"),
          // An RK number is the top 30 bits of a double: 0x7FF00000 is infinity's.
          std::pair(rk(1, 1, 0x7FF00000), "infinity"), std::pair(rk(1, 1, 0x7FF80000), "NaN")}) {
      // The row before the damage is handed over.
      const auto contents = read_first_sheet(testing::xls_sheet(number(0, 0, 42) + record));
      CHECK(testing::cell_map(contents) == XlsCells{{"A1", "number 42"}});
      REQUIRE(contents.failure);
      require_error(*contents.failure, "xls-bad-value", "return.xls!Data!B2", says);
    }
  }
  SECTION("a formula result of no known kind") {
    const auto contents = read_first_sheet(testing::xls_sheet(formula(0, 0, formula_result(9))));
    REQUIRE(contents.failure);
    require_error(*contents.failure, "xls-bad-value", "return.xls!Data!A1", "unknown kind (9)");
  }
}

TEST_CASE("cell records that do not hold what their type says are damaged") {
  SECTION("a MULRK whose last column does not match its cells") {
    const std::string mulrk = record(0x00BD, u16(0) + u16(1) + u16(0) + u32(2) + u16(9));
    const auto contents = read_first_sheet(testing::xls_sheet(mulrk));
    REQUIRE(contents.failure);
    require_error(*contents.failure, "xls-corrupt", "return.xls!Data",
                  "does not hold the cells its type says");
  }
  SECTION("a NUMBER cut short") {
    const auto contents =
        read_first_sheet(testing::xls_sheet(record(0x0203, u16(0) + u16(0) + u16(0) + u32(0))));
    REQUIRE(contents.failure);
    require_error(*contents.failure, "xls-corrupt", "return.xls!Data", "record 0x0203");
  }
  SECTION("a cell beyond Excel's last column") {
    const auto contents = read_first_sheet(testing::xls_sheet(number(0, 20000, 1)));
    REQUIRE(contents.failure);
    require_error(*contents.failure, "xls-corrupt", "return.xls!Data", "column 20001");
  }
  SECTION("merged ranges fewer than their count") {
    const auto contents =
        read_first_sheet(testing::xls_sheet(record(0x00E5, u16(3) + std::string(8, '\0'))));
    REQUIRE(contents.failure);
    require_error(*contents.failure, "xls-corrupt", "return.xls!Data", "fewer merged ranges");
  }
}

TEST_CASE("files named .xls that hold no Excel workbook are named for what they are") {
  // A Word document is an OLE2 compound file too.
  require_error(
      open_failure(testing::build_compound_file({{"WordDocument", std::string(5000, 'w')}}).bytes),
      "xls-not-a-workbook", kFile, "holds no workbook");
  require_error(open_failure("Attachment: report.pdf\r\n"), "xls-not-a-workbook", kFile);
  require_error(open_failure(""), "xls-not-a-workbook", kFile);
}

TEST_CASE("a damaged compound file under an .xls is an error naming the file") {
  require_error(
      open_failure(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(1024, '\x7F')),
      "xls-corrupt", kFile, "compound-file container");
}

TEST_CASE("a file system failing part-way through a sheet is a read failure") {
  const std::string file = testing::xls_file(
      workbook_stream({}, {{"Data", number(0, 0, 1) + std::string(70000, '\0')}}));
  std::uint64_t bytes_read = 0;
  auto workbook = io::detail::open_compound_workbook(
      std::make_unique<testing::ProbeFile>(file, &bytes_read, file.size() - 100), kFile);
  REQUIRE(workbook);
  const auto contents = testing::read_all(**workbook);
  REQUIRE(contents.failure);
  require_error(*contents.failure, "xls-unreadable", "return.xls!Data",
                "the network share went away");
}
