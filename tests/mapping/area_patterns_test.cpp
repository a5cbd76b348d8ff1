// Areas from part of a value: an area column's pattern (the district of an LSOA name), and
// area_aliases written as globs.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"
#include "support/fake_workbook.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

// Street-level crime as the public files give it: one row per crime, the area an LSOA name.
FakeWorkbook street_level(std::vector<std::pair<const char*, const char*>> rows) {
  std::vector<std::vector<io::Cell>> cells = {
      {text("Month"), text("LSOA name"), text("Crime type")}};
  for (const auto& [lsoa, type] : rows) {
    cells.push_back({text("2025-09"), text(lsoa), text(type)});
  }
  FakeWorkbook workbook;
  workbook.add_sheet("2025-09-street", cells);
  return workbook;
}

// Counts the rows into crime.total by the area `area_column` gives, with `aliases` (lines of
// the mapping's area_aliases).
mapping::Extraction extract(const std::string& area_column, FakeWorkbook& workbook,
                            const std::string& aliases = "") {
  return mapping::extract(load_mapping("files: [\"*-street.csv\"]\n"
                                       "table:\n"
                                       "  shape: records\n"
                                       "  period_column: Month\n"
                                       "  area_column: " +
                                       area_column +
                                       "\n"
                                       "  figures:\n"
                                       "    - measure: crime.total\n" +
                                       (aliases.empty() ? "" : "area_aliases:\n" + aliases)),
                          workbook, "returns/2025-09-street.csv", test_areas());
}

}  // namespace

TEST_CASE("an area column's pattern takes the district from part of each value") {
  FakeWorkbook workbook = street_level({{"Charnwood 012A", "Burglary"},
                                        {"Charnwood 001C", "Drugs"},
                                        {"Hinckley and Bosworth 004B", "Robbery"},
                                        {"Blaby", "Robbery"}});
  const auto result = extract("{header: LSOA name, pattern: \"(*) ????\"}", workbook);
  CHECK(compact(result) == std::vector<std::string>{"crime.total E07000130 2025-09 2 A2",
                                                    "crime.total E07000132 2025-09 1 A4"});
  // "Blaby" alone is no LSOA name: named, with the pattern's place in the mapping.
  REQUIRE(problem_codes(result.diagnostics) ==
          std::vector<std::string>{"mapping-pattern-mismatch"});
  CHECK(result.diagnostics[0].to_string() ==
        "returns/2025-09-street.csv!2025-09-street!B5: error: 'Blaby' does not match the area "
        "column's pattern '(*) ???\?' (1 row(s), from row 5) [mapping-pattern-mismatch]");
  CHECK(result.diagnostics[0].hint == "test.yaml:5:45 gives the pattern");
  CHECK(result.accounted());
}

TEST_CASE("an area alias holding '*' or '?' is a glob") {
  FakeWorkbook workbook = street_level(
      {{"Charnwood 012A", "Burglary"}, {"Blaby 003D", "Drugs"}, {"Rutland 001A", "Robbery"}});
  const auto result = extract("LSOA name", workbook,
                              "  \"Charnwood *\": Charnwood\n"
                              "  \"Blaby 00??\": Blaby\n");
  CHECK(compact(result) == std::vector<std::string>{"crime.total E07000129 2025-09 1 A3",
                                                    "crime.total E07000130 2025-09 1 A2"});
  REQUIRE(problem_codes(result.diagnostics) == std::vector<std::string>{"area-unknown"});
  CHECK(result.diagnostics[0].message.starts_with("unknown area 'Rutland 001A'"));
}

TEST_CASE("only an area column takes a pattern") {
  CHECK(codes(mapping_errors("files: [x]\ntable:\n  shape: long\n  area_column: District\n"
                             "  period_column: {header: Month, pattern: \"(*) ????\"}\n"
                             "  value_column: Count\nmeasure: m.x\n")) ==
        std::vector<std::string>{"mapping-unknown-key"});
  CHECK(codes(mapping_errors("files: [x]\ntable:\n  shape: long\n"
                             "  area_column: {header: LSOA, pattern: \"(*) (*)\"}\n"
                             "  period_column: Month\n  value_column: Count\nmeasure: m.x\n")) ==
        std::vector<std::string>{"mapping-bad-pattern"});
}
