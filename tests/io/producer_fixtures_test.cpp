// Files written by other producers than scdash's tests, read back cell by cell: openpyxl, and
// LibreOffice Calc as .xlsx, .xls and .csv (tests/io/fixtures/make_fixtures.py made them all from
// one description of a partner's return, and the .xls ones of every kind of cell).
#include <map>

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "io/xlsx_fixture.hpp"
#include "scdash/io/cell_text.hpp"
#include "scdash/platform/disk_file_system.hpp"

using namespace scdash;
using io::SheetVisibility;

namespace {

using CellMap = std::map<std::string, std::string>;  // "B2" -> "number 123"

struct FixtureReading {
  std::vector<io::SheetInfo> sheets;
  std::vector<CellMap> cells;  // per sheet
  std::vector<std::vector<io::CellRange>> merged;
  core::Diagnostics notes;
};

FixtureReading read_fixture(const std::string& name) {
  const auto disk = scdash::platform::make_disk_file_system();
  auto workbook =
      io::open_workbook(*disk, std::string(SCDASH_SOURCE_DIR) + "/tests/io/fixtures/" + name, name);
  if (!workbook) {
    FAIL(workbook.error().to_string());
  }
  FixtureReading reading;
  reading.sheets = (*workbook)->sheets();
  for (std::size_t i = 0; i < reading.sheets.size(); ++i) {
    const auto contents = testing::read_all(**workbook, i);
    REQUIRE_FALSE(contents.failure);
    CellMap& cells = reading.cells.emplace_back();
    for (const auto& row : contents.rows) {
      for (const auto& cell : row.cells) {
        cells[core::to_a1(cell.ref)] =
            std::string(io::cell_type_name(cell.type)) + " " + io::value_text(cell);
      }
    }
    auto merged = (*workbook)->merged_ranges(i);
    REQUIRE(merged);
    reading.merged.push_back(*merged);
  }
  reading.notes = (*workbook)->notes();
  return reading;
}

// The return as the description in make_fixtures.py has it, as typed cells.
CellMap expected_returns() {
  return {
      {"A1", "string Area"},        {"B1", "string Crimes"},
      {"C1", "string Rate"},        {"D1", "string Month end"},
      {"E1", "string Checked"},     {"F1", "string Status"},
      {"G1", "string Reported at"}, {"H1", "string Doubled"},
      {"I1", "string Note"},        {"A2", "string Hinckley & Bosworth"},
      {"B2", "number 123"},         {"C2", "number 4.56"},
      {"D2", "date 2025-09-30"},    {"E2", "bool TRUE"},
      {"F2", "error #N/A"},         {"G2", "date 13:30:00"},
      {"H2", "number 246"},         {"I2", "string Caf\u00e9 \u00a35 \u2013 \u201cquoted\u201d"},
      {"A3", "string Melton"},      {"B3", "number 0"},
      {"C3", "number -0.0015"},     {"D3", "date 2025-08-31T18:45:00"},
      {"E3", "bool FALSE"},         {"F3", "error #DIV/0!"},
      {"G3", "number 0.1"},         {"H3", "number 0"},
      {"I3", "string two\nlines"},  {"A5", "string Source: police crime system"},
  };
}

CellMap without(CellMap cells, std::initializer_list<const char*> absent) {
  for (const char* ref : absent) {
    cells.erase(ref);
  }
  return cells;
}

const std::vector<io::CellRange> kMerged = {{{4, 0}, {4, 2}}};

}  // namespace

TEST_CASE(
    "LibreOffice's .xlsx and .xls read back exactly: formulas' results, booleans, errors, merges") {
  // The same workbook saved in both formats must read the same, cell for cell.
  for (const char* fixture : {"libreoffice_return.xlsx", "libreoffice_return.xls"}) {
    INFO(fixture);
    const auto reading = read_fixture(fixture);
    REQUIRE(reading.sheets.size() == 3);
    CHECK(reading.sheets[0].name == "Returns");
    CHECK(reading.sheets[0].visibility == SheetVisibility::visible);
    CHECK(reading.sheets[1].visibility == SheetVisibility::hidden);
    CHECK(reading.sheets[2].visibility == SheetVisibility::hidden);  // LibreOffice has no "very"
    CHECK(reading.cells[0] == expected_returns());
    CHECK(reading.cells[1] == CellMap{{"A1", "string hidden"}});
    CHECK(reading.cells[2] == CellMap{{"B2", "number 42"}});
    CHECK(reading.merged[0] == kMerged);
    CHECK(reading.notes.empty());
  }
}

TEST_CASE("openpyxl's .xlsx reads back exactly, and its uncalculated formulas are noted") {
  const auto reading = read_fixture("openpyxl_return.xlsx");
  REQUIRE(reading.sheets.size() == 3);
  CHECK(reading.sheets[1].visibility == SheetVisibility::hidden);
  CHECK(reading.sheets[2].visibility == SheetVisibility::very_hidden);
  CHECK(reading.cells[0] == without(expected_returns(), {"H2", "H3"}));
  CHECK(reading.cells[2] == CellMap{{"B2", "number 42"}});
  CHECK(reading.merged[0] == kMerged);
  REQUIRE(reading.notes.size() == 2);
  CHECK(reading.notes[0].to_string() ==
        "openpyxl_return.xlsx!Returns!H2: warning: the cell has a formula but no saved result, so "
        "it reads as empty [formula-without-value]");
  CHECK(reading.notes[1].location.to_string() == "openpyxl_return.xlsx!Returns!H3");
}

TEST_CASE("LibreOffice's .xls of every kind of cell reads back exactly") {
  const auto reading = read_fixture("libreoffice_types.xls");
  REQUIRE(reading.sheets.size() == 12);
  CHECK(reading.sheets[1].name == "Hidden");
  CHECK(reading.sheets[1].visibility == SheetVisibility::hidden);
  CHECK(reading.cells[1] == CellMap{{"A1", "string hidden"}});
  for (std::size_t n = 3; n <= 12; ++n) {
    CHECK(reading.sheets[n - 1].name == fmt::format("Sheet {}", n));
    CHECK(reading.cells[n - 1] == CellMap{{fmt::format("B{}", n), fmt::format("number {}", n)}});
  }
  // The 32,767-character string crosses seven CONTINUE records of the shared-string table.
  std::string long_text;
  for (int i = 0; i < 5461; ++i) {
    long_text += fmt::format("{:05d}\u20ac", i);
  }
  long_text += "!";
  const CellMap expected = {
      {"A1", "string plain ASCII"},
      {"A2", "string Caf\u00e9 \u00a35 \u2013 \u201cquoted\u201d"},
      {"A3", "string \u5de5\u4f5c\u8868 \u041b\u0438\u0441\u0442 \U0001F600"},
      {"A4", "string " + long_text},
      {"A5", "string two\nlines"},
      {"B1", "number 1"},
      {"C1", "number 2"},
      {"D1", "number 3"},
      {"B2", "number -536870912"},
      {"C2", "number 536870912"},
      {"D2", "number 1.23"},
      {"B3", "number -0.5"},
      {"C3", "number 0.1"},
      {"D3", "number 1e-10"},
      {"B4", "number 123456789.123"},
      {"C4", "number 1e+300"},
      {"D4", "number -2.5e-300"},
      {"B5", "number 0"},
      {"E1", "date 2025-09-30"},
      {"E2", "date 2025-08-31T18:45:30"},
      {"E3", "date 13:30:00"},
      {"E4", "date 1900-01-01T02:15:00"},  // the duration 26:15
      {"E5", "date 1900-01-01"},
      {"F1", "bool TRUE"},
      {"F2", "bool FALSE"},
      {"G1", "error #DIV/0!"},
      {"G2", "error #N/A"},
      {"G3", "error #NUM!"},
      {"G4", "error #VALUE!"},
      {"G5", "error #REF!"},
      {"G6", "error #NAME?"},
      {"G7", "error #NULL!"},
      {"H1", "number 6"},
      {"H2", "string concat"},
      {"H3", "bool TRUE"},
      {"H4", "error #DIV/0!"},
      // H5's formula gives the empty string: an empty cell, not delivered.
      {"H6", "date 2025-10-01"},
      {"H7", "string " + std::string(300, 'z')},
      {"A7", "string merged across and down"},
      {"E7", "string merged down"},
  };
  CHECK(reading.cells[0] == expected);
  CHECK(reading.merged[0] == std::vector<io::CellRange>{{{6, 0}, {7, 2}}, {{6, 4}, {8, 4}}});
  CHECK(reading.notes.empty());
}

TEST_CASE("an .xls in the 1904 date system gives 1900-system dates, and times do not move") {
  const auto reading = read_fixture("libreoffice_1904.xls");
  CHECK(reading.cells[0] == CellMap{{"A1", "date 2025-09-30"},
                                    {"A2", "date 13:30:00"},
                                    {"A3", "date 1900-01-01T02:15:00"},
                                    {"A4", "number 42"}});
}

TEST_CASE("LibreOffice's CSV export reads back as text, every field a string") {
  const auto reading = read_fixture("libreoffice_return.csv");
  REQUIRE(reading.sheets.size() == 1);
  CHECK(reading.sheets[0].name == "libreoffice_return");
  CellMap expected;
  for (const auto& [ref, typed] : expected_returns()) {
    // As Calc shows them: its formats, not scdash's ISO dates; errors and booleans as words.
    const std::string text = typed.substr(typed.find(' ') + 1);
    expected[ref] = "string " + (ref == "D2"   ? std::string("30/09/2025")
                                 : ref == "D3" ? std::string("2025-08-31 18:45")
                                 : ref == "G2" ? std::string("13:30")
                                               : text);
  }
  CHECK(reading.cells[0] == expected);
  CHECK(reading.notes.empty());
}

TEST_CASE("hand-written CSV files: UTF-8 with BOM, Windows-1252 with semicolons") {
  const auto utf8 = read_fixture("utf8_bom_comma.csv");
  CHECK(utf8.cells[0] == CellMap{{"A1", "string Area"},
                                 {"B1", "string Crimes"},
                                 {"C1", "string Note"},
                                 {"A2", "string Hinckley, and Bosworth"},
                                 {"B2", "string 12"},
                                 {"C2", "string said \"no\""},
                                 {"A3", "string Melton"},
                                 {"B3", "string 007"},
                                 {"C3", "string two\r\nlines"},
                                 {"A5", "string Oadby & Wigston"},
                                 {"C5", "string caf\u00e9"}});
  CHECK(utf8.notes.empty());

  const auto windows = read_fixture("windows1252_semicolon.csv");
  CHECK(windows.cells[0] == CellMap{{"A1", "string Area"},
                                    {"B1", "string Rate"},
                                    {"C1", "string Note"},
                                    {"A2", "string Blaby"},
                                    {"B2", "string 1,5"},
                                    {"C2", "string \u00a35 \u2013 caf\u00e9"},
                                    {"A3", "string Charnwood"},
                                    {"B3", "string 2,25"},
                                    {"C3", "string \u201cquoted\u201d"}});
  REQUIRE(windows.notes.size() == 1);
  CHECK(windows.notes[0].code == "csv-windows-1252");
}

TEST_CASE("a tab-delimited file ending inside quotes gives its rows, then the diagnostic") {
  const auto disk = scdash::platform::make_disk_file_system();
  auto workbook = io::open_workbook(
      *disk, std::string(SCDASH_SOURCE_DIR) + "/tests/io/fixtures/tab_unterminated.tsv",
      "tab_unterminated.tsv");
  REQUIRE(workbook);
  const auto contents = testing::read_all(**workbook);
  REQUIRE(contents.rows.size() == 2);
  CHECK(contents.rows[1].cells[1].text == "12");
  REQUIRE(contents.failure);
  CHECK(contents.failure->to_string() ==
        "tab_unterminated.tsv!tab_unterminated!B3: error: the quoted field that starts in row 3 is "
        "never closed: the file ends inside it [csv-unterminated-quote]");
}
