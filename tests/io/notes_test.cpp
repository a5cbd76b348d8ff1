// The notes channel: warnings about cells read with a caveat, handed back beside the cells.
#include <catch2/catch.hpp>

#include "io/xlsx_fixture.hpp"

using namespace scdash;
using testing::XlsxParts;

namespace {

core::Diagnostics notes_after_reading(const std::string& sheet_data, int readings = 1) {
  auto workbook = testing::open_bytes(XlsxParts().sheet(sheet_data).zip());
  REQUIRE(workbook);
  for (int i = 0; i < readings; ++i) {
    REQUIRE_FALSE(testing::read_all(**workbook).failure);
  }
  return (*workbook)->notes();
}

}  // namespace

TEST_CASE("a formula cell without a saved result is a warning naming the cell") {
  const auto notes = notes_after_reading(R"(<row r="1">
      <c r="A1"><f>1+1</f></c>
      <c r="B1"><f>1+1</f><v></v></c>
      <c r="C1" t="str"><f>""</f><v></v></c>
      <c r="D1"><f>1+1</f><v>2</v></c></row>)");
  // A1: no <v> at all; B1: an empty <v/> on a number, as openpyxl writes. C1 is a formula whose
  // result is the empty text, and D1 has its result: neither is noted.
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].to_string() ==
        "return.xlsx!Data!A1: warning: the cell has a formula but no saved result, so it reads as "
        "empty [formula-without-value]");
  CHECK(notes[1].location.to_string() == "return.xlsx!Data!B1");
}

TEST_CASE("many formula cells without results are noted ten by name, then counted once") {
  std::string cells;
  for (int column = 0; column < 25; ++column) {
    cells += "<c r=\"" + core::to_a1({0, static_cast<std::uint32_t>(column)}) + "\"><f>1</f></c>";
  }
  const auto notes = notes_after_reading("<row r=\"1\">" + cells + "</row>");
  REQUIRE(notes.size() == 11);
  CHECK(notes[9].location.to_string() == "return.xlsx!Data!J1");
  CHECK(notes[10].location.to_string() == "return.xlsx!Data");
  CHECK_THAT(notes[10].message, Catch::StartsWith("15 more cells"));
}

TEST_CASE("every formula cell without a result is listed, so a caller can tell which it reads") {
  std::string cells;
  for (int column = 0; column < 25; ++column) {
    cells += "<c r=\"" + core::to_a1({1, static_cast<std::uint32_t>(column)}) + "\"><f>1</f></c>";
  }
  auto workbook = testing::open_bytes(XlsxParts().sheet("<row r=\"2\">" + cells + "</row>").zip());
  REQUIRE(workbook);
  REQUIRE_FALSE(testing::read_all(**workbook).failure);
  REQUIRE_FALSE(testing::read_all(**workbook).failure);  // read again: listed once
  const auto& listed = (*workbook)->formulas_without_values(0);
  REQUIRE(listed.size() == 25);
  CHECK(listed.front() == core::CellRef{1, 0});
  CHECK(listed.back() == core::CellRef{1, 24});
  CHECK((*workbook)->formulas_without_values(1).empty());  // no such sheet
}

TEST_CASE("reading a sheet again does not repeat its notes") {
  CHECK(notes_after_reading(R"(<row r="1"><c r="A1"><f>1</f></c></row>)", 3).size() == 1);
}

TEST_CASE("a workbook with nothing to note has no notes") {
  CHECK(notes_after_reading(R"(<row r="1"><c r="A1"><v>1</v></c></row>)").empty());
}
