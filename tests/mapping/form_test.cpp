// The form layout: MARAC's quarterly return, figures in fixed cells, the quarter in a title.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

constexpr const char* kMaracMapping = R"(files: [marac-*.xlsx]
sheet: {position: 1}
fingerprint: MARAC quarterly return
area: Leicestershire
period: {cell: B2}
cells:
  - {cell: C5, measure: marac.cases, label: Cases discussed}
  - {cell: C6, measure: marac.repeat_cases, label: Repeat cases}
  - {cell: C7, measure: marac.cases, label: Cases discussed, rolling_12_months: true}
  - {cell: D5, measure: marac.cases, area: Rutland}
)";

FakeWorkbook marac_form(io::Cell cases,
                        std::vector<io::Cell> row6 = {blank(), text("Repeat cases"), number(41)}) {
  FakeWorkbook workbook;
  workbook.add_sheet("Return", {{text("MARAC quarterly return")},
                                {text("Period:"), text("Quarter 2 2025/26")},
                                {},
                                {blank(), blank(), text("Leics"), text("Rutland")},
                                {blank(), text("Cases discussed"), std::move(cases), number(14)},
                                std::move(row6),
                                {blank(), text("Cases discussed (12 months)"), number(500)}});
  return workbook;
}

mapping::Extraction extract(FakeWorkbook& workbook, const std::string& yaml = kMaracMapping) {
  auto result = mapping::extract(load_mapping(yaml, "marac.yaml"), workbook,
                                 "returns/marac-2025-26-Q2.xlsx", test_areas());
  INFO(listing(result.diagnostics));
  CHECK(result.accounted());
  return result;
}

}  // namespace

TEST_CASE("a form gives one observation per listed cell, dated by its title cell") {
  FakeWorkbook workbook = marac_form(number(125));
  const auto result = extract(workbook);
  CHECK(compact(result) ==
        std::vector<std::string>{"marac.cases E10000018 2025-07..2025-09 125 C5",
                                 "marac.repeat_cases E10000018 2025-07..2025-09 41 C6",
                                 "marac.cases E10000018 2024-10..2025-09 500 C7",
                                 "marac.cases E06000017 2025-07..2025-09 14 D5"});
  CHECK(result.diagnostics.empty());
  CHECK(result.observations[1].source.mapping_line == 8);  // the cell's own line
  CHECK(result.cells_in_region.non_empty == 4);
}

TEST_CASE("a form whose rows moved is caught by the labels, not misread") {
  FakeWorkbook workbook =
      marac_form(number(125), {blank(), text("Cases referred by police"), number(60)});
  const auto result = extract(workbook);
  CHECK(result.observations.size() == 3);
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-form-label-missing"});
  CHECK(result.diagnostics[0].message ==
        "C6 should be beside 'Repeat cases', but its row reads 'Cases referred by police'; the "
        "form may have changed, so the figure is not used");
  CHECK(result.cells_in_region.reported == 1);
}

TEST_CASE("an empty form cell is a warning, and a title that is no period stops the form") {
  SECTION("empty cell") {
    FakeWorkbook workbook = marac_form(blank());
    const auto result = extract(workbook);
    CHECK(result.observations.size() == 3);
    REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"form-cell-empty"});
    CHECK(result.diagnostics[0].location.to_string() == "returns/marac-2025-26-Q2.xlsx!Return!C5");
  }
  SECTION("title without a period") {
    FakeWorkbook workbook;
    workbook.add_sheet("Return", {{text("MARAC quarterly return")},
                                  {text("Period:"), text("Second quarter")},
                                  {},
                                  {},
                                  {blank(), text("Cases discussed"), number(125), number(14)}});
    const auto result = extract(workbook);
    CHECK(result.observations.empty());
    REQUIRE(problem_codes(result.diagnostics) ==
            std::vector<std::string>{"period-unknown", "form-cell-empty", "form-cell-empty"});
    CHECK(result.diagnostics[0].message ==
          "'Second quarter' is not a period, so none of the sheet's figures that need this "
          "period are used");
    CHECK(result.diagnostics[0].location.to_string() == "returns/marac-2025-26-Q2.xlsx!Return!B2");
    CHECK(result.cells_in_region.non_empty == 2);
    CHECK(result.cells_in_region.reported == 2);
  }
}

TEST_CASE("a form without its fingerprint is another partner's file, and is not read") {
  FakeWorkbook workbook;
  workbook.add_sheet("Return",
                     {{text("Domestic abuse referrals")}, {text("x"), text("Q2 2025/26")}});
  const auto result = extract(workbook);
  CHECK(result.observations.empty());
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-fingerprint-missing"});
  CHECK(result.diagnostics[0].message ==
        "the first 30 rows do not contain 'MARAC quarterly return', so this is not the layout "
        "that marac.yaml reads; nothing is read from it");
}
