// The wide table as the police send it (areas down, months across), the harmless changes
// partners make to it every quarter, and the real changes that must be reported.
#include <catch2/catch.hpp>

#include <algorithm>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

constexpr const char* kPoliceMapping = R"(files: [police*.xlsx]
sheet: Districts
table:
  shape: wide
  find_header: District
  area_column: {header: District, aliases: [Local authority, Area name]}
  stop_at: [Total]
measure: crime.total
)";

// The layout partners send: a title block, a header row, districts down, months across.
FakeWorkbook police_return(std::vector<std::vector<io::Cell>> table_rows,
                           std::vector<io::Cell> header = {text("District"), date(kApril2025),
                                                           date(kMay2025), text("Notes")}) {
  std::vector<std::vector<io::Cell>> rows = {
      {text("Recorded crime by district")},
      {text("Extracted 14 October 2025")},
      {},
      std::move(header),
  };
  rows.insert(rows.end(), table_rows.begin(), table_rows.end());
  FakeWorkbook workbook;
  workbook.add_sheet("Cover", {{text("nothing here")}});
  workbook.add_sheet("Districts", rows);
  return workbook;
}

mapping::Extraction extract(FakeWorkbook& workbook, const std::string& yaml = kPoliceMapping) {
  const auto result = mapping::extract(load_mapping(yaml, "police.yaml"), workbook,
                                       "returns/police.xlsx", test_areas());
  CHECK(result.accounted());
  return result;
}

// The figures without their cells: what a harmless change must leave alone.
std::vector<std::string> figures(const mapping::Extraction& extraction) {
  std::vector<std::string> result;
  for (auto line : compact(extraction)) {
    result.push_back(line.substr(0, line.rfind(' ')));
  }
  std::sort(result.begin(), result.end());
  return result;
}

const std::vector<std::string> kExpected = {
    "crime.total E07000129 2025-04 410", "crime.total E07000129 2025-05 425",
    "crime.total E07000132 2025-04 388", "crime.total E07000132 2025-05 1402"};

}  // namespace

TEST_CASE("a wide table gives one observation per area and month, with its cell") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), number(425)},
      {text("Hinckley & Bosworth"), number(388), text(" 1,402 ")},
      {text("Total"), number(798), number(1827)},
  });
  const auto result = extract(workbook);

  CHECK(compact(result) == std::vector<std::string>{"crime.total E07000129 2025-04 410 B5",
                                                    "crime.total E07000129 2025-05 425 C5",
                                                    "crime.total E07000132 2025-04 388 B6",
                                                    "crime.total E07000132 2025-05 1402 C6"});
  const auto& first = result.observations[0];
  CHECK(first.source.location().to_string() == "returns/police.xlsx!Districts!B5");
  CHECK(first.source.mapping_file == "police.yaml");
  CHECK(first.source.mapping_line == 8);  // measure: crime.total
  // The Total row ends the table; the Notes column is reported as not read, and so is the Cover.
  CHECK(codes(result.diagnostics) ==
        std::vector<std::string>{"mapping-column-ignored", "mapping-sheet-not-read"});
  CHECK(result.cells_in_region.non_empty == 4);
}

TEST_CASE("the harmless changes partners make give the same figures") {
  FakeWorkbook as_sent = police_return({
      {text("Blaby"), number(410), number(425)},
      {text("Hinckley & Bosworth"), number(388), number(1402)},
  });
  const auto original = figures(extract(as_sent));
  REQUIRE(original == kExpected);

  SECTION("the area column moved, the months swapped and an unmapped column added") {
    FakeWorkbook workbook =
        police_return({{text("x"), number(425), text("Blaby"), number(410)},
                       {text("y"), number(1402), text("Hinckley & Bosworth"), number(388)}},
                      {text("Ref"), date(kMay2025), text("District"), date(kApril2025)});
    CHECK(figures(extract(workbook)) == original);
  }
  SECTION("blank rows above the header, under it and inside the table") {
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("Recorded crime")},
                                     {},
                                     {},
                                     {text("District"), text("Apr-25"), text("May-25")},
                                     {},
                                     {text("Blaby"), number(410), number(425)},
                                     {},
                                     {text("Hinckley & Bosworth"), number(388), number(1402)},
                                     {},
                                     {text("Notes: provisional figures")}});
    const auto result = extract(workbook);
    CHECK(figures(result) == original);
    CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-rows-below-table"});
  }
  SECTION("a heading reworded within its aliases, in another case, spacing and line break") {
    FakeWorkbook workbook =
        police_return({{text("BLABY "), number(410), number(425)},
                       {text("hinckley  and bosworth"), number(388), number(1402)}},
                      {text("  LOCAL\nAuthority "), text("April 2025"), text("2025-05")});
    // Without find_header, the header row is the one with the area column's heading.
    std::string yaml = kPoliceMapping;
    yaml.erase(yaml.find("  find_header: District\n"), 24);
    CHECK(figures(extract(workbook, yaml)) == original);
  }
}

TEST_CASE("text where a number belongs is one error at its cell, and the rest is read") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), text("n/a")},
      {text("H&B"), error_value("#N/A"), number(390)},
  });
  const auto result = extract(workbook);
  // The two bad cells stay as rejected figures, so that what they feed names them.
  REQUIRE(result.observations.size() == 4);
  CHECK(std::count_if(result.observations.begin(), result.observations.end(),
                      [](const core::Observation& o) { return o.usable(); }) == 2);
  CHECK(compact(result.observations[1]) ==
        "crime.total E07000129 2025-05 rejected(expected a number, found string \"n/a\" "
        "[value-not-number]) C5");
  REQUIRE(problem_codes(result.diagnostics) ==
          std::vector<std::string>{"value-not-number", "value-error-cell"});
  CHECK(result.diagnostics[1].to_string() ==
        "returns/police.xlsx!Districts!C5: error: expected a number, found string \"n/a\" "
        "[value-not-number]");
  CHECK(result.diagnostics[1].hint.find("not_available") != std::string::npos);
  CHECK(result.diagnostics[2].location.to_string() == "returns/police.xlsx!Districts!B6");
}

TEST_CASE("an unknown area is reported with the nearest known name") {
  FakeWorkbook workbook = police_return({{text("Blabby"), number(1), number(2)}});
  const auto result = extract(workbook);
  CHECK(result.observations.empty());
  REQUIRE(problem_codes(result.diagnostics) == std::vector<std::string>{"area-unknown"});
  CHECK(result.diagnostics[1].message ==
        "unknown area 'Blabby', so its 2 figure(s) are not used; did you mean 'Blaby'?");
  CHECK(result.diagnostics[1].location.to_string() == "returns/police.xlsx!Districts!A5");
}

TEST_CASE("a blank row followed by notes ends the table, and the notes are noted, not read") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), number(425)},
      {},
      {text("Source: force crime system"), number(2025)},
      {text("Blaby"), number(1), number(2)},
  });
  const auto result = extract(workbook);
  CHECK(result.observations.size() == 2);
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-column-ignored",
                                                                "mapping-rows-below-table",
                                                                "mapping-sheet-not-read"});
  CHECK(result.diagnostics[1].message ==
        "the table ends at blank row 6; 2 non-blank row(s) below it, from row 7, are not read");
}

TEST_CASE("a missing header, column or sheet is named with the mapping line to fix") {
  SECTION("no header row") {
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("Area"), date(kApril2025)}, {text("Blaby"), number(1)}});
    const auto result = extract(workbook);
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-header-not-found"});
    CHECK(result.diagnostics[0].message == "no cell reading 'District' in the first 2 rows");
    CHECK(result.diagnostics[0].hint.find("police.yaml:5:16") != std::string::npos);
  }
  SECTION("no area column under a header found by another label") {
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("Area"), date(kApril2025)}});
    const auto result = mapping::extract(
        load_mapping("files: [x]\nsheet: Districts\ntable: {shape: wide, find_header: Area, "
                     "area_column: Distrct}\nmeasure: m\n",
                     "m.yaml"),
        workbook, "police.xlsx", test_areas());
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-column-missing"});
    CHECK(result.diagnostics[0].message == "the header row has no column 'Distrct'");
    CHECK(result.diagnostics[0].hint.find("m.yaml:3:") != std::string::npos);
  }
  SECTION("a column renamed beyond its aliases, found by its suggestion") {
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("Districts"), date(kApril2025)}});
    const auto result = mapping::extract(
        load_mapping("files: [x]\nsheet: Districts\ntable: {shape: wide, area_column: "
                     "District}\nmeasure: m\n"),
        workbook, "police.xlsx", test_areas());
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-header-not-found"});
    CHECK(result.diagnostics[0].message ==
          "no row in the first 1 rows has the headings 'District'");
  }
  SECTION("no sheet of that name") {
    FakeWorkbook workbook;
    workbook.add_sheet("Distrcts", {});
    const auto result = extract(workbook);
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-sheet-missing"});
    CHECK(result.diagnostics[0].message == "no sheet named 'Districts'; did you mean 'Distrcts'?");
    CHECK(result.diagnostics[0].hint ==
          "the workbook's visible sheets are: Distrcts; police.yaml:2:8 says which sheet to read");
  }
}

TEST_CASE("duplicate headings are reported, and only the first is read") {
  SECTION("two columns for the same month") {
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("District"), date(kApril2025), text("Apr-25")},
                                     {text("Blaby"), number(1), number(2)}});
    const auto result = extract(workbook);
    REQUIRE(compact(result) == std::vector<std::string>{"crime.total E07000129 2025-04 1 B2"});
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-duplicate-header"});
    CHECK(result.diagnostics[0].message ==
          "Apr 2025 heads two columns (B and C); the second is not read");
    // The cell under the second heading is accounted as covered by that error.
    CHECK(result.cells_in_region.reported == 1);
  }
  SECTION("two area columns") {
    FakeWorkbook workbook;
    workbook.add_sheet("Districts", {{text("District"), date(kApril2025), text("district")},
                                     {text("Blaby"), number(1), text("Blaby")}});
    const auto result = extract(workbook);
    CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-duplicate-header"});
    CHECK(result.diagnostics[0].location.to_string() == "returns/police.xlsx!Districts!C1");
    CHECK(result.observations.size() == 1);
  }
}

TEST_CASE("every non-empty cell in the mapped region becomes an observation or a diagnostic") {
  FakeWorkbook workbook = police_return({
      {text("Blaby"), number(410), text("bad")},
      {text("Nowhere"), number(1), number(2)},
      {blank(), number(3)},
      {text("H&B"), number(5), blank()},
  });
  const auto result = extract(workbook);
  // Counted by hand from the rows above: the figure cells under the two month headings.
  CHECK(result.cells_in_region.non_empty == 6);
  CHECK(result.cells_in_region.used == 2);
  CHECK(result.cells_in_region.reported == 4);  // "bad", Nowhere's two, and the one without an area
  CHECK(result.observations.size() == 3);       // "bad" is kept, rejected
  CHECK(codes(result.diagnostics) ==
        std::vector<std::string>{"mapping-column-ignored", "value-not-number", "area-unknown",
                                 "area-missing", "mapping-sheet-not-read"});
  CHECK(result.diagnostics[3].message == "row 7 has 1 figure(s) but no area");
}
