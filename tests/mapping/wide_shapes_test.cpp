// The other wide tables: months down and areas across (the transpose), measures across, and
// measures down, each with the dimension the table does not give taken from the mapping.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

mapping::Extraction extract(const std::string& yaml, FakeWorkbook& workbook) {
  auto result = mapping::extract(load_mapping(yaml), workbook, "returns/r.xlsx", test_areas());
  INFO(listing(result.diagnostics));
  CHECK(result.accounted());
  return result;
}

}  // namespace

TEST_CASE("the transpose: months down the rows, areas across the columns") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {{text("Month"), text("Blaby"), text("H&B"), text("Comments")},
                              {date(kApril2025), number(12), number(7), text("all fine")},
                              {text("May 2025"), number(13), number(8)},
                              {text("Total"), number(25), number(15)}});
  const auto result = extract(R"(files: [x]
table:
  shape: wide
  period_column: Month
  across: areas
  stop_at: [Total]
measure: asb.total
)",
                              workbook);
  CHECK(compact(result) == std::vector<std::string>{"asb.total E07000129 2025-04 12 B2",
                                                    "asb.total E07000132 2025-04 7 C2",
                                                    "asb.total E07000129 2025-05 13 B3",
                                                    "asb.total E07000132 2025-05 8 C3"});
  CHECK(codes(result.diagnostics) == std::vector<std::string>{"mapping-column-ignored"});
}

TEST_CASE("a heading that is nearly a known area is an error, and its column is accounted") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {{text("Month"), text("Blabby"), text("Rutland")},
                              {text("Apr-25"), number(12), number(3)}});
  const auto result = extract(
      "files: [x]\ntable: {shape: wide, period_column: Month, across: areas}\nmeasure: asb.total\n",
      workbook);
  CHECK(compact(result) == std::vector<std::string>{"asb.total E06000017 2025-04 3 C2"});
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"area-unknown"});
  CHECK(result.diagnostics[0].message ==
        "unknown area 'Blabby' heads column B, so its figures are not used; did you mean "
        "'Blaby'?");
  CHECK(result.diagnostics[0].location.to_string() == "returns/r.xlsx!Data!B1");
  CHECK(result.cells_in_region.reported == 1);
}

TEST_CASE("measures across: each heading looked up in the mapping's measures") {
  FakeWorkbook workbook;
  workbook.add_sheet("Survey", {{text("Resident survey")},
                                {text("Wave"), text("% agree people get on well"),
                                 text("Respondents"), text("Notes")},
                                {text("2025/26 Q1"), text("89.09%"), text("1,204"), text("online")},
                                {text("2025/26 Q2"), number(90.3), number(1187)}});
  const auto result = extract(R"(files: [survey*.csv]
table:
  shape: wide
  period_column: Wave
  across: measures
area: Leicestershire
measures:
  "% agree people get on well": survey.get_on_well
  Respondents: survey.respondents
values:
  percent: true
)",
                              workbook);
  CHECK(compact(result) ==
        std::vector<std::string>{"survey.get_on_well E10000018 2025-04..2025-06 89.09 B3",
                                 "survey.respondents E10000018 2025-04..2025-06 1204 C3",
                                 "survey.get_on_well E10000018 2025-07..2025-09 90.3 B4",
                                 "survey.respondents E10000018 2025-07..2025-09 1187 C4"});
  // The mapping line of a figure is the line of the measures entry that named it.
  CHECK(result.observations[0].source.mapping_line == 8);
  CHECK(result.observations[1].source.mapping_line == 9);
}

TEST_CASE("measures down the rows, months across, the area from a title cell") {
  FakeWorkbook workbook;
  workbook.add_sheet("Charnwood", {{text("Community safety return")},
                                   {text("Area:"), text("Charnwood")},
                                   {text("Offence group"), text("Apr-25"), text("May-25")},
                                   {text("Violence with injury"), number(80), number(82)},
                                   {text("Violence without injry"), number(5), number(6)}});
  const auto result = extract(R"(files: [x]
table:
  shape: wide
  measure_column: Offence group
area: {cell: B2}
measures:
  Violence with injury: crime.vwi
  Violence without injury: crime.vwoi
)",
                              workbook);
  CHECK(compact(result) == std::vector<std::string>{"crime.vwi E07000130 2025-04 80 B4",
                                                    "crime.vwi E07000130 2025-05 82 C4"});
  REQUIRE(codes(result.diagnostics) == std::vector<std::string>{"measure-unknown"});
  CHECK(result.diagnostics[0].message ==
        "unknown measure 'Violence without injry', so its 2 figure(s) are not used; did you mean "
        "'Violence without injury'?");
  CHECK(result.diagnostics[0].location.to_string() == "returns/r.xlsx!Charnwood!A5");
}

TEST_CASE("a wide table whose headings are none of the 'across' kind says so") {
  FakeWorkbook workbook;
  workbook.add_sheet("Data", {{text("District"), text("Count"), text("Rate")},
                              {text("Blaby"), number(1), number(2)}});
  const auto result =
      extract("files: [x]\ntable: {shape: wide, area_column: District}\nmeasure: m\n", workbook);
  CHECK(problem_codes(result.diagnostics) == std::vector<std::string>{"mapping-no-months"});
  CHECK(result.observations.empty());
}
