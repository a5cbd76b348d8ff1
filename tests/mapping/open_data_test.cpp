// The open-data formats bundled in mappings/open-data, read from files made here to their
// published column specifications.
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "mapping/mapping_fixture.hpp"
#include "scdash/io/workbook.hpp"
#include "scdash/mapping/extract.hpp"
#include "scdash/mapping/load.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "support/memory_file_system.hpp"
#include "support/run_program.hpp"

using namespace scdash;
using namespace scdash::testing;

namespace {

const std::filesystem::path kSource = SCDASH_SOURCE_DIR;

// data.police.uk's street-level crime file: these columns, one row per crime or ASB incident.
constexpr const char* kStreetLevelHeader =
    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
    "Crime type,Last outcome category,Context";

constexpr std::array kCrimeTypes = {"Anti-social behaviour",
                                    "Bicycle theft",
                                    "Burglary",
                                    "Criminal damage and arson",
                                    "Drugs",
                                    "Other crime",
                                    "Other theft",
                                    "Possession of weapons",
                                    "Public order",
                                    "Robbery",
                                    "Shoplifting",
                                    "Theft from the person",
                                    "Vehicle crime",
                                    "Violence and sexual offences"};

// The partnership's districts and their GSS codes, as areas.yaml names them; and the city,
// whose LSOAs are in the force's files but not in the partnership.
constexpr std::array<std::pair<const char*, const char*>, 9> kDistricts = {{
    {"Blaby", "E07000129"},
    {"Charnwood", "E07000130"},
    {"Harborough", "E07000131"},
    {"Hinckley and Bosworth", "E07000132"},
    {"Melton", "E07000133"},
    {"North West Leicestershire", "E07000134"},
    {"Oadby and Wigston", "E07000135"},
    {"Rutland", "E06000017"},
    {"Leicester", ""},
}};

// A small, fixed sequence of pseudo-random numbers (a linear congruential generator), so that
// every run makes the same files.
struct Sequence {
  std::uint64_t state = 20250901;
  std::size_t below(std::size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(state >> 33) % n;
  }
};

using Key = std::tuple<std::string, std::string, std::string>;  // measure, area code, month

struct StreetLevelYear {
  MemoryFileSystem disk;
  std::vector<std::filesystem::path> files;
  std::map<Key, double> expected;  // counted by hand as the rows are made
  std::size_t rows = 0;
  std::size_t city_rows = 0;
  std::size_t no_location_rows = 0;
  std::map<std::string, std::pair<std::string, std::string>> lookup;  // LSOA code: name, LAD
};

// Twelve monthly files, October 2024 to September 2025, of 300 to 500 rows each.
StreetLevelYear street_level_year() {
  StreetLevelYear year;
  Sequence random;
  for (int m = 0; m < 12; ++m) {
    const std::string month = fmt::format("{}-{:02}", m < 3 ? 2024 : 2025, (m + 9) % 12 + 1);
    std::string csv = std::string(kStreetLevelHeader) + "\r\n";
    const std::size_t count = 300 + random.below(200);
    for (std::size_t row = 0; row < count; ++row) {
      const std::string type = kCrimeTypes[random.below(kCrimeTypes.size())];
      const std::size_t area = random.below(kDistricts.size());
      const auto& [district, code] = kDistricts[area];
      const bool located = random.below(20) != 0;
      const bool asb = type == "Anti-social behaviour";
      const std::size_t number = 1 + random.below(40);
      const std::size_t letter = random.below(5);
      const std::string lsoa =
          fmt::format("{} {:03}{}", district, number, static_cast<char>('A' + letter));
      // Each LSOA its own code, listed in the lookup with its district's.
      const std::string lsoa_code = fmt::format("E01{}{:05}", area, number * 5 + letter);
      year.lookup.emplace(lsoa_code, std::pair{lsoa, code[0] == '\0' ? "E06000016" : code});
      // ASB rows have no crime ID; a row with no location has no LSOA.
      csv += fmt::format(
          "{},{},Leicestershire Police,Leicestershire Police,{},{},{},{},{},{},{},\r\n",
          asb ? "" : fmt::format("{:064x}", random.state), month, located ? "-1.139" : "",
          located ? "52.634" : "", located ? "On or near Station Road" : "No Location",
          located ? lsoa_code : "", located ? lsoa : "", type, asb ? "" : "Under investigation");
      ++year.rows;
      if (!located) {
        ++year.no_location_rows;
      } else if (code[0] == '\0') {
        ++year.city_rows;
      } else {
        year.expected[{asb ? "asb.total" : "crime.total", code, month}] += 1;
        if (type == "Vehicle crime") {
          year.expected[{"crime.vehicle", code, month}] += 1;
        }
      }
    }
    const auto path = std::filesystem::path("returns") / (month + "-leicestershire-street.csv");
    year.disk.add_file(path, csv);
    year.files.push_back(path);
  }
  // ONS's LSOA (2021) to local authority district (2024) lookup, as published.
  std::string lookup = "LSOA21CD,LSOA21NM,LAD24CD,LAD24NM,ObjectId\r\n";
  std::size_t object = 0;
  for (const auto& [lsoa_code, lsoa] : year.lookup) {
    lookup += fmt::format("{},{},{},,{}\r\n", lsoa_code, lsoa.first, lsoa.second, ++object);
  }
  year.disk.add_file("mappings/reference/lsoa21-to-lad24.csv", lookup);
  return year;
}

struct YearRead {
  std::map<Key, double> figures;
  core::CellAccount cells;
  core::Diagnostics problems;
  std::vector<std::string> summaries;  // each month's records summary
};

// The year's files read through `street_level`, as a run reads them.
YearRead read_year(const mapping::Mapping& street_level, StreetLevelYear& year,
                   const core::AreaDirectory& areas) {
  YearRead out;
  for (const auto& path : year.files) {
    const std::vector<mapping::Mapping> mappings = {street_level};
    const auto assignment =
        mapping::assign_return(path, path.generic_string(), mappings, out.problems);
    REQUIRE(assignment);  // its name fits the mapping's 'files'
    auto workbook = io::open_workbook(year.disk, path, path.generic_string());
    REQUIRE(workbook);
    const auto extraction = mapping::extract(*assignment, **workbook, areas);
    for (const auto& observation : extraction.observations) {
      REQUIRE(observation.period.first == observation.period.last);
      out.figures[{observation.measure, observation.area_code, observation.period.first.iso()}] +=
          observation.value;
    }
    out.cells += extraction.cells_in_region;
    for (const auto& diagnostic : extraction.diagnostics) {
      if (diagnostic.severity != core::Severity::info) {
        out.problems.push_back(diagnostic);
      } else if (diagnostic.code == "mapping-records-summary") {
        out.summaries.push_back(diagnostic.message);
      }
    }
  }
  return out;
}

// Every figure as counted by hand, and every row counted or left out by its rule.
void check_year(const YearRead& read, const StreetLevelYear& year) {
  INFO(listing(read.problems));
  CHECK(read.problems.empty());
  CHECK(read.figures == year.expected);
  // Every district and month has its crime and ASB figures (and most their vehicle crime).
  CHECK(read.figures.size() > 8 * 12 * 2);
  CHECK(read.cells.non_empty == year.rows);
  CHECK(read.cells.excluded == year.city_rows + year.no_location_rows);
  CHECK(read.cells.used == year.rows - read.cells.excluded);
  CHECK(read.cells.balances());
  CHECK(year.city_rows > 0);
  CHECK(year.no_location_rows > 0);
  // Each month's summary says how many rows each rule left out.
  REQUIRE(read.summaries.size() == 12);
  CHECK_THAT(read.summaries.front(), Catch::Matchers::Contains("Location not in [No Location]") &&
                                         Catch::Matchers::Contains("outside the partnership"));
}

}  // namespace

TEST_CASE("the bundled street-level mapping reads a year of monthly files exactly") {
  const auto disk = platform::make_disk_file_system();
  core::Diagnostics configuration;
  const auto reference =
      mapping::load_reference(*disk, kSource / "mappings/reference", configuration);
  const auto street_level = mapping::load_mapping_file(
      *disk, kSource / "mappings/open-data/police-street-level.yaml", configuration);
  REQUIRE(street_level);
  INFO(listing(configuration));
  REQUIRE(configuration.empty());

  StreetLevelYear year = street_level_year();
  check_year(read_year(*street_level, year, reference.areas), year);
}

TEST_CASE(
    "the bundled street-level mapping by LSOA code reads the same year through ONS's lookup") {
  const auto disk = platform::make_disk_file_system();
  core::Diagnostics configuration;
  const auto reference =
      mapping::load_reference(*disk, kSource / "mappings/reference", configuration);
  StreetLevelYear year = street_level_year();
  year.disk.add_file("mappings/police-street-level-by-code.yaml",
                     read_file(kSource / "mappings/open-data/police-street-level-by-code.yaml"));
  std::vector<mapping::Mapping> mappings =
      mapping::load_mappings(year.disk, "mappings", configuration);
  mapping::load_area_lookups(year.disk, mappings, configuration);
  INFO(listing(configuration));
  REQUIRE(configuration.empty());
  REQUIRE(mappings.size() == 1);
  check_year(read_year(mappings.front(), year, reference.areas), year);
}
