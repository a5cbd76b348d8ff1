#include <catch2/catch.hpp>

#include <algorithm>

#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/load.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

constexpr double kApril2025 = 45748;  // Excel serial of 1 April 2025
constexpr double kMay2025 = 45778;

mapping::Mapping police_mapping() {
  core::Diagnostics diagnostics;
  auto loaded = mapping::parse_mapping(R"(files: [police*.xlsx]
sheet: Districts
table:
  shape: wide
  find_header: District
  area_column: District
  stop_at: [Total]
measure: crime.total
)",
                                       "police.yaml", diagnostics);
  REQUIRE(loaded);
  return *loaded;
}

core::AreaDirectory areas() {
  core::AreaDirectory directory;
  REQUIRE_FALSE(directory.add({"E07000129", "B", "Blaby", {}, "E10000018"}));
  REQUIRE_FALSE(directory.add({"E07000132", "HB", "Hinckley and Bosworth", {"H&B"}, "E10000018"}));
  return directory;
}

// The layout partners send: a title block, a header row, districts down, months across.
FakeWorkbook police_return(std::vector<std::vector<io::Cell>> table_rows) {
  std::vector<std::vector<io::Cell>> rows = {
      {text("Recorded crime by district")},
      {text("Extracted 14 October 2025")},
      {},
      {text("District"), date(kApril2025), date(kMay2025), text("Notes")},
  };
  rows.insert(rows.end(), table_rows.begin(), table_rows.end());
  FakeWorkbook workbook;
  workbook.add_sheet("Cover", {{text("nothing here")}});
  workbook.add_sheet("Districts", rows);
  return workbook;
}

std::vector<std::string> codes(const core::Diagnostics& diagnostics) {
  std::vector<std::string> result;
  for (const auto& d : diagnostics) {
    result.push_back(d.code);
  }
  return result;
}

}  // namespace

TEST_CASE("a wide table gives one observation per area and month, with its cell") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), number(425)},
      {text("Hinckley & Bosworth"), number(388), text(" 1,402 ")},
      {text("Total"), number(798), number(1827)},
  });
  const auto result = mapping::extract(police_mapping(), workbook, "returns/police.xlsx", areas());

  REQUIRE(result.observations.size() == 4);
  const auto& first = result.observations[0];
  CHECK(first.measure == "crime.total");
  CHECK(first.area_code == "E07000129");
  CHECK(first.period == core::Period::single(core::Month::of(2025, 4)));
  CHECK(first.value == 410);
  CHECK(first.source.location().to_string() == "returns/police.xlsx!Districts!B5");
  CHECK(first.source.mapping_file == "police.yaml");
  CHECK(first.source.mapping_line == 8);
  CHECK(result.observations[3].value == 1402);  // a number stored as text
  CHECK(result.observations[3].source.location().to_string() == "returns/police.xlsx!Districts!C6");
  // The Total row ends the table; the Notes column is reported as not read.
  CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-column-ignored"});
  CHECK(result.cells_in_region == 4);
}

TEST_CASE("text where a number belongs is one error at its cell, and the rest is read") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), text("n/a")},
      {text("H&B"), error_value("#N/A"), number(390)},
  });
  const auto result = mapping::extract(police_mapping(), workbook, "police.xlsx", areas());
  CHECK(result.observations.size() == 2);
  const auto errors =
      std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                    [](const auto& d) { return d.severity == core::Severity::error; });
  REQUIRE(errors == 2);
  CHECK(result.diagnostics[1].to_string() ==
        "police.xlsx!Districts!C5: error: expected a number, found string \"n/a\" "
        "[value-not-number]");
  CHECK(result.diagnostics[2].code == "value-error-cell");
  CHECK(result.diagnostics[2].location.to_string() == "police.xlsx!Districts!B6");
}

TEST_CASE("an unknown area is reported with the nearest known name") {
  FakeWorkbook workbook = police_return({{text("Blabby"), number(1), number(2)}});
  const auto result = mapping::extract(police_mapping(), workbook, "police.xlsx", areas());
  CHECK(result.observations.empty());
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[1].code == "area-unknown");
  CHECK(result.diagnostics[1].message.find("did you mean 'Blaby'?") != std::string::npos);
  CHECK(result.diagnostics[1].location.to_string() == "police.xlsx!Districts!A5");
}

TEST_CASE("a blank row ends the table, so notes below it are not read as figures") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), number(425)},
      {},
      {text("Hinckley & Bosworth"), number(1), number(2)},
  });
  const auto result = mapping::extract(police_mapping(), workbook, "police.xlsx", areas());
  CHECK(result.observations.size() == 2);
}

TEST_CASE("a missing header, column or sheet is named with the mapping line to fix") {
  SECTION("no header row") {
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("Area"), date(kApril2025)}, {text("Blaby"), number(1)}});
    const auto result = mapping::extract(police_mapping(), workbook, "police.xlsx", areas());
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-header-not-found"});
    CHECK(result.diagnostics[0].hint.find("police.yaml:5:") != std::string::npos);
  }
  SECTION("no area column under a header found by another label") {
    core::Diagnostics ignored;
    auto m = *mapping::parse_mapping(
        "files: [x]\nsheet: Districts\ntable: {shape: wide, find_header: Area, area_column: "
        "District}\nmeasure: m\n",
        "m.yaml", ignored);
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("Area"), date(kApril2025)}});
    const auto result = mapping::extract(m, workbook, "police.xlsx", areas());
    REQUIRE(codes(result.diagnostics) ==
            std::vector<std::string>{"mapping-column-ignored", "mapping-column-missing"});
  }
  SECTION("no sheet of that name") {
    FakeWorkbook workbook;
    workbook.add_sheet("Distrcts", {});
    const auto result = mapping::extract(police_mapping(), workbook, "police.xlsx", areas());
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-sheet-missing"});
    CHECK(result.diagnostics[0].message.find("did you mean 'Distrcts'?") != std::string::npos);
  }
}

TEST_CASE("two columns for the same month are reported and only the first is read") {
  FakeWorkbook workbook;
  workbook.add_sheet("Districts", {{text("District"), date(kApril2025), text("Apr-25")},
                                   {text("Blaby"), number(1), number(2)}});
  const auto result = mapping::extract(police_mapping(), workbook, "police.xlsx", areas());
  REQUIRE(result.observations.size() == 1);
  CHECK(result.observations[0].value == 1);
  CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-duplicate-header"});
}

TEST_CASE("every non-empty cell in the mapped region becomes an observation or a diagnostic") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), text("bad")},
      {text("Nowhere"), number(1), number(2)},
      {blank(), number(3)},
      {text("H&B"), number(5), blank()},
  });
  const auto result = mapping::extract(police_mapping(), workbook, "police.xlsx", areas());
  // Blaby: 1 observation + 1 error; Nowhere: one error covering 2 cells; no area: one error
  // covering 1 cell; H&B: 1 observation.
  CHECK(result.cells_in_region == 6);
  CHECK(result.observations.size() == 2);
  CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-column-ignored",
                                                              "value-not-number", "area-unknown",
                                                              "area-missing"});
}
