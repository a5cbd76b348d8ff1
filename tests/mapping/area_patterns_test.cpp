// Areas from part of a value: an area column's pattern (the district of an LSOA name), and
// area_aliases written as globs.
#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/load.hpp"
#include "support/fake_workbook.hpp"
#include "support/memory_file_system.hpp"

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

// A mapping counting street-level rows into crime.total by the area `area_column` gives, with
// `aliases` (lines of its area_aliases).
std::string street_mapping(const std::string& area_column, const std::string& aliases = "") {
  return "files: [\"*-street.csv\"]\n"
         "table:\n"
         "  shape: records\n"
         "  period_column: Month\n"
         "  area_column: " +
         area_column +
         "\n"
         "  figures:\n"
         "    - measure: crime.total\n" +
         (aliases.empty() ? "" : "area_aliases:\n" + aliases);
}

mapping::Extraction extract(const std::string& area_column, FakeWorkbook& workbook,
                            const std::string& aliases = "") {
  return mapping::extract(load_mapping(street_mapping(area_column, aliases)), workbook,
                          "returns/2025-09-street.csv", test_areas());
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

namespace {

// ONS's LSOA (2021) to local authority district lookup, as published: its own column names.
constexpr const char* kLsoaLookup =
    "LSOA21CD,LSOA21NM,LAD24CD,LAD24NM,ObjectId\r\n"
    "E01025629,Blaby 001A,E07000129,Blaby,1\r\n"
    "E01025674,Charnwood 012A,E07000130,Charnwood,2\r\n"
    "E01013649,Leicester 001A,E06000016,Leicester,3\r\n";

mapping::Mapping with_lookup(const std::string& area_column, MemoryFileSystem& disk) {
  std::vector<mapping::Mapping> mappings = {
      load_mapping(street_mapping(area_column), "mappings/street.yaml")};
  core::Diagnostics diagnostics;
  mapping::load_area_lookups(disk, mappings, diagnostics);
  INFO(listing(diagnostics));
  CHECK(diagnostics.empty());
  return mappings.front();
}

FakeWorkbook by_code(std::vector<const char*> codes) {
  std::vector<std::vector<io::Cell>> cells = {{text("Month"), text("LSOA code")}};
  for (const char* code : codes) {
    cells.push_back({text("2025-09"), text(code)});
  }
  FakeWorkbook workbook;
  workbook.add_sheet("2025-09-street", cells);
  return workbook;
}

}  // namespace

TEST_CASE("a lookup file takes an area from another geography's code") {
  MemoryFileSystem disk;
  disk.add_file("mappings/reference/lsoa-to-lad.csv", kLsoaLookup);
  const mapping::Mapping mapping = with_lookup(
      "{header: LSOA code, lookup: {file: reference/lsoa-to-lad.csv, from: LSOA21CD, to: "
      "LAD24CD}, outside: [E06000016]}",
      disk);
  FakeWorkbook workbook =
      by_code({"E01025629", "E01025674", "E01025674", "E01013649", "E01099999"});
  const auto result =
      mapping::extract(mapping, workbook, "returns/2025-09-street.csv", test_areas());
  CHECK(compact(result) == std::vector<std::string>{"crime.total E07000129 2025-09 1 A2",
                                                    "crime.total E07000130 2025-09 2 A3"});
  // The city's row is left out by the rule, and counted; a code the lookup lacks is an error.
  REQUIRE(problem_codes(result.diagnostics) == std::vector<std::string>{"area-not-in-lookup"});
  CHECK(result.diagnostics[0].message ==
        "'E01099999' is not in the lookup reference/lsoa-to-lad.csv (its column LSOA21CD) (1 "
        "row(s), from row 6)");
  CHECK(result.cells_in_region.excluded == 1);
  CHECK(result.accounted());
  CHECK_THAT(listing(result.diagnostics),
             Catch::Matchers::Contains("1 left out by rule (1 by line 5, outside the "
                                       "partnership)"));
}

TEST_CASE("an area outside the partnership is left out of long and wide tables too") {
  FakeWorkbook long_rows;
  long_rows.add_sheet("ASB", {{text("Area"), text("Month"), text("Incidents")},
                              {text("Blaby"), text("Apr-25"), number(31)},
                              {text("Leicester City"), text("Apr-25"), number(402)}});
  const auto from_long = mapping::extract(
      load_mapping("files: [x]\ntable:\n  shape: long\n"
                   "  area_column: {header: Area, outside: [Leicester*]}\n"
                   "  period_column: Month\n  value_column: Incidents\nmeasure: asb.total\n"),
      long_rows, "r.xlsx", test_areas());
  CHECK(compact(from_long) == std::vector<std::string>{"asb.total E07000129 2025-04 31 C2"});
  CHECK(from_long.cells_in_region.excluded == 1);
  CHECK(problem_codes(from_long.diagnostics).empty());

  FakeWorkbook wide;
  wide.add_sheet("ASB", {{text("Area"), text("Apr-25"), text("May-25")},
                         {text("Leicester City"), number(402), number(388)},
                         {text("Blaby"), number(31), number(29)}});
  const auto from_wide = mapping::extract(
      load_mapping(
          "files: [x]\ntable:\n  shape: wide\n"
          "  area_column: {header: Area, outside: [Leicester City]}\nmeasure: asb.total\n"),
      wide, "r.xlsx", test_areas());
  CHECK(compact(from_wide) == std::vector<std::string>{"asb.total E07000129 2025-04 31 B3",
                                                       "asb.total E07000129 2025-05 29 C3"});
  CHECK(from_wide.cells_in_region.excluded == 2);
  CHECK(from_wide.accounted());
  CHECK(problem_codes(from_wide.diagnostics).empty());
}

TEST_CASE("a lookup that cannot be used is an error at the mapping's line") {
  const std::string area_column =
      "{header: LSOA code, lookup: {file: reference/lsoa-to-lad.csv, from: LSOA21CD, to: "
      "LAD23CD}}";
  const auto errors = [&](const char* lookup) {
    MemoryFileSystem disk;
    if (lookup != nullptr) {
      disk.add_file("mappings/reference/lsoa-to-lad.csv", lookup);
    }
    std::vector<mapping::Mapping> mappings = {load_mapping(
        "files: [x]\ntable:\n  shape: records\n  period_column: Month\n  area_column: " +
            area_column + "\n  figures: [{measure: crime.total}]\n",
        "mappings/street.yaml")};
    core::Diagnostics diagnostics;
    mapping::load_area_lookups(disk, mappings, diagnostics);
    return listing(diagnostics);
  };
  CHECK_THAT(errors(nullptr),
             Catch::Matchers::StartsWith("mappings/street.yaml:5:51: error: the lookup "
                                         "mappings/reference/lsoa-to-lad.csv: cannot be opened"));
  // The 2024 lookup's columns, where the mapping names the 2023 one's.
  CHECK_THAT(errors(kLsoaLookup),
             Catch::Matchers::Contains(
                 "error: the lookup mappings/reference/lsoa-to-lad.csv has no column 'LAD23CD'; "
                 "its columns are: LSOA21CD, LSOA21NM, LAD24CD, LAD24NM, ObjectId "
                 "[mapping-bad-lookup]"));
  CHECK_THAT(errors("LSOA21CD,LAD23CD\nE01025629,E07000129\nE01025629,E07000130\n"),
             Catch::Matchers::Contains("gives 'E01025629' twice, as E07000129 and E07000130 "
                                       "(row 3) [mapping-bad-lookup]"));
}

TEST_CASE("the LSOAs of one unknown district are one problem, whose hint offers 'outside'") {
  FakeWorkbook workbook = street_level({{"Nuneaton and Bedworth 012A", "Burglary"},
                                        {"Nuneaton and Bedworth 013B", "Drugs"},
                                        {"Blaby 003C", "Robbery"}});
  const auto result = extract("{header: LSOA name, pattern: \"(*) ????\"}", workbook);
  CHECK(compact(result) == std::vector<std::string>{"crime.total E07000129 2025-09 1 A4"});
  REQUIRE(problem_codes(result.diagnostics) == std::vector<std::string>{"area-unknown"});
  CHECK(result.diagnostics[0].message ==
        "unknown area 'Nuneaton and Bedworth' (2 row(s), from row 2)");
  CHECK_THAT(result.diagnostics[0].hint,
             Catch::Matchers::EndsWith(
                 "if it is outside the partnership, list it under the area column's 'outside'"));
}
