// Where a figure's measure, area and period come from when the table does not say: a constant,
// a cell elsewhere on the sheet, the sheet's name, or the file's name through a "(*)" pattern.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/load.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

// A sheet per month (named like "Apr-25"), districts down, one column of counts.
FakeWorkbook monthly_sheets() {
  FakeWorkbook workbook;
  workbook.add_sheet("Notes", {{text("Read me")}});
  workbook.add_sheet("Apr-25", {{text("District"), text("Referrals")}, {text("Blaby"), number(4)}});
  workbook.add_sheet("May-25", {{text("District"), text("Referrals")}, {text("Blaby"), number(6)}});
  return workbook;
}

mapping::Extraction extract(const std::string& yaml, io::Workbook& workbook,
                            const std::string& file = "returns/da-referrals-2025-26-Q1.xlsx") {
  auto result = mapping::extract(load_mapping(yaml, "da.yaml"), workbook, file, test_areas());
  INFO(listing(result.diagnostics));
  CHECK(result.accounted());
  return result;
}

constexpr const char* kBySheetName = R"~(files: [da-*.xlsx]
sheet: {pattern: "???-2?"}
table: {shape: long, area_column: District, value_column: Referrals}
measure: da.referrals
period: {sheet_name: "(*)"}
)~";

}  // namespace

TEST_CASE("the period from each sheet's name, every sheet matching the pattern read") {
  FakeWorkbook workbook = monthly_sheets();
  const auto result = extract(kBySheetName, workbook);
  CHECK(compact(result) == std::vector<std::string>{"da.referrals E07000129 2025-04 4 B2",
                                                    "da.referrals E07000129 2025-05 6 B2"});
  CHECK(result.observations[1].source.sheet == "May-25");
}

TEST_CASE("the period from the file's name through a (*) pattern") {
  FakeWorkbook workbook = monthly_sheets();
  std::string yaml = kBySheetName;
  yaml.replace(yaml.find("{sheet_name: \"(*)\"}"), 19, "{file_name: \"da-referrals-(*).xlsx\"}");
  const auto result = extract(yaml, workbook);
  CHECK(compact(result) ==
        std::vector<std::string>{"da.referrals E07000129 2025-04..2025-06 4 B2",
                                 "da.referrals E07000129 2025-04..2025-06 6 B2"});
  SECTION("a file whose name does not fit the pattern is reported, once per sheet") {
    const auto wrong = extract(yaml, workbook, "returns/da-referrals.xlsx");
    CHECK(wrong.observations.empty());
    REQUIRE(problem_codes(wrong.diagnostics) ==
            std::vector<std::string>{"mapping-pattern-mismatch", "mapping-pattern-mismatch"});
    CHECK(wrong.diagnostics[0].message ==
          "'da-referrals.xlsx' does not match the pattern 'da-referrals-(*).xlsx', so none of the "
          "sheet's figures that need this period are used");
    CHECK(wrong.diagnostics[0].hint == "da.yaml:5:21 says where the period is");
    CHECK(wrong.cells_in_region.reported == 2);
  }
}

TEST_CASE("a period from a title cell, kept through a pattern, and a rolling year") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {{text("Youth justice return")},
                              {text("Figures for: Q1 2025/26 (provisional)")},
                              {text("District"), text("First-time entrants")},
                              {text("Blaby"), number(9)}});
  const auto result = extract(R"~(files: [x]
table: {shape: long, area_column: District, value_column: First-time entrants}
measure: yj.first_time_entrants
period: {cell: A2, pattern: "Figures for: (*) (provisional)"}
rolling_12_months: true
)~",
                              workbook);
  CHECK(compact(result) ==
        std::vector<std::string>{"yj.first_time_entrants E07000129 2024-07..2025-06 9 B4"});
}

TEST_CASE("a constant area, measure and period, and a constant area that is no area") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {{text("Month"), text("Count")}, {text("Apr-25"), number(3)}});
  const std::string yaml = R"~(files: [x]
table: {shape: long, period_column: Month, value_column: Count}
measure: iom.cohort
area: Rutland
)~";
  CHECK(compact(extract(yaml, workbook)) ==
        std::vector<std::string>{"iom.cohort E06000017 2025-04 3 B2"});

  std::string wrong = yaml;
  wrong.replace(wrong.find("Rutland"), 7, "Rutlnd");
  const auto result = extract(wrong, workbook);
  CHECK(result.observations.empty());
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"area-unknown"});
  CHECK(result.diagnostics[0].location.to_string() == "da.yaml:4:7");
  CHECK(result.diagnostics[0].message ==
        "unknown area 'Rutlnd', so none of the sheet's figures that need this area are used; "
        "did you mean 'Rutland'?");
}

TEST_CASE("a mapping's own area aliases name areas the reference data does not") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {{text("Area"), text("Apr-25")},
                              {text("Hinckley BC"), number(5)},
                              {text("The Borough"), number(6)}});
  const auto result = extract(R"~(files: [x]
table: {shape: wide, area_column: Area}
measure: asb.total
area_aliases:
  Hinckley BC: Hinckley and Bosworth
  The Borough: Charnwud
)~",
                              workbook);
  CHECK(compact(result) == std::vector<std::string>{"asb.total E07000132 2025-04 5 B2"});
  // The misspelt alias is reported once, when the configuration is checked; reading a return
  // only reports the name it could not place.
  CHECK(problem_codes(result.diagnostics) == std::vector<std::string>{"area-unknown"});
}

TEST_CASE("an area alias naming no known area is reported once, before any return is read") {
  core::Diagnostics diagnostics;
  const auto mapping = mapping::parse_mapping(R"~(files: [x]
table: {shape: wide, area_column: Area}
measure: asb.total
area_aliases:
  Hinckley BC: Hinckley and Bosworth
  The Borough: Charnwud
)~",
                                              "da.yaml", diagnostics);
  REQUIRE(mapping);
  mapping::check_area_aliases({*mapping, *mapping}, test_areas(), diagnostics);
  REQUIRE(diagnostics.size() == 2);  // once per mapping file that says it
  CHECK(diagnostics[0].to_string() ==
        "da.yaml:6:16: error: area_aliases: 'Charnwud' is not an area in the reference data; did "
        "you mean 'Charnwood'? [mapping-unknown-area]");
}
