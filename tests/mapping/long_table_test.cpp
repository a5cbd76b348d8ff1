// The long shape: one figure per row, as the ASB partners send it (district, month,
// category, count), with the changes two partners' spellings make harmless.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

constexpr const char* kAsbMapping = R"(files: [asb-*.xlsx]
sheet: {pattern: "ASB*"}
table:
  shape: long
  area_column: {header: District, aliases: [Local authority]}
  period_column: Month
  measure_column: Category
  value_column: {header: Incidents, aliases: [Count]}
  where: {column: Category, not_in: [Unknown]}
measures:
  Personal: asb.personal
  Nuisance: asb.nuisance
  Environmental: asb.environmental
)";

mapping::Extraction extract(FakeWorkbook& workbook) {
  auto result =
      mapping::extract(load_mapping(kAsbMapping), workbook, "returns/asb.xlsx", test_areas());
  INFO(listing(result.diagnostics));
  CHECK(result.accounted());
  return result;
}

}  // namespace

TEST_CASE("a long table gives one observation per row") {
  FakeWorkbook workbook;
  workbook.add_sheet("ASB 2025",
                     {{text("ASB incidents by district")},
                      {text("District"), text("Month"), text("Category"), text("Incidents")},
                      {text("Hinckley and Bosworth"), text("Apr-25"), text("Personal"), number(31)},
                      {text("H&B"), date(kMay2025), text("nuisance"), text("1,045")},
                      {text("Blaby"), text("2025-04"), text("Unknown"), number(2)},
                      {text("Blaby"), text("2025-04"), text("Environmental"), blank()}});
  const auto result = extract(workbook);
  CHECK(compact(result) == std::vector<std::string>{"asb.personal E07000132 2025-04 31 D3",
                                                    "asb.nuisance E07000132 2025-05 1045 D4"});
  CHECK(result.cells_in_region.non_empty == 3);
  CHECK(result.cells_in_region.excluded == 1);  // the Unknown category, left out by 'where'
  CHECK(result.observations[1].source.mapping_line == 12);  // Nuisance: asb.nuisance
}

TEST_CASE("a long table's columns may move, be renamed within aliases, and gain neighbours") {
  FakeWorkbook workbook;
  workbook.add_sheet("ASB", {{text("Ref"), text("COUNT"), text("category"),
                              text("Local\nauthority"), text("Month")},
                             {text("a1"), number(31), text("Personal"), text("Hinckley & Bosworth"),
                              text("April 2025")}});
  CHECK(compact(extract(workbook)) ==
        std::vector<std::string>{"asb.personal E07000132 2025-04 31 B2"});
}

TEST_CASE("a long row whose labels are unknown is one error at the label, and is accounted") {
  FakeWorkbook workbook;
  workbook.add_sheet("ASB", {{text("District"), text("Month"), text("Category"), text("Incidents")},
                             {text("Blaby"), text("Apr-25"), text("Personnal"), number(3)},
                             {text("Blaby"), text("Spring"), text("Personal"), number(4)},
                             {text("Blabby"), text("Apr-25"), text("Personal"), number(5)},
                             {text("Blaby"), text("Apr-25"), text("Personal"), text("lots")}});
  const auto result = extract(workbook);
  CHECK(compact(result) ==
        std::vector<std::string>{"asb.personal E07000129 2025-04 rejected(expected a number, found "
                                 "string \"lots\" [value-not-number]) D5"});
  CHECK(codes(result.diagnostics) == std::vector<std::string>{"measure-unknown", "period-unknown",
                                                              "area-unknown", "value-not-number"});
  CHECK(result.diagnostics[0].message ==
        "unknown measure 'Personnal', so the figure in D2 is not used; did you mean 'Personal'?");
  CHECK(result.diagnostics[0].location.to_string() == "returns/asb.xlsx!ASB!C2");
  CHECK(result.cells_in_region.non_empty == 4);
  CHECK(result.cells_in_region.reported == 4);
}

TEST_CASE("a long table without its value column is reported, and nothing is read") {
  FakeWorkbook workbook;
  workbook.add_sheet("ASB", {{text("District"), text("Month"), text("Category"), text("Number")},
                             {text("Blaby"), text("Apr-25"), text("Personal"), number(3)}});
  const auto result = extract(workbook);
  CHECK(result.observations.empty());
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-column-missing"});
  // Three of the four headings find the header row; the one heading left is the likely rename.
  CHECK(result.diagnostics[0].message ==
        "the header row has no column 'Incidents'; did you mean 'Number'?");
  CHECK(result.diagnostics[0].location.to_string() == "returns/asb.xlsx!ASB!A1");
}

TEST_CASE("a row with only half of a long table's headings is no header row") {
  FakeWorkbook workbook;
  workbook.add_sheet("ASB", {{text("District"), text("Month"), text("Notes"), text("Number")},
                             {text("Blaby"), text("Apr-25"), text("Personal"), number(3)}});
  const auto result = extract(workbook);
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"mapping-header-not-found"});
  CHECK(result.diagnostics[0].message ==
        "no row in the first 2 rows has the headings 'Incidents', 'District', 'Category', "
        "'Month'");
}
