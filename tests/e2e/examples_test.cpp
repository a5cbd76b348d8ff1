// The example returns archive (examples/returns, see examples/README.md): the generator
// reproduces it, its checksums hold, every file is read cleanly by its mapping, and the
// dashboard made from it shows the figures of the November 2025 board report. The Police and
// Crime Plan example's returns (examples/police-and-crime-plan) likewise: reproduced,
// checksummed and read cleanly.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "e2e/program_and_sheets.hpp"
#include "scdash/core/cell_ref.hpp"

using namespace scdash;
using testing::CellMap;
using testing::kSource;
using testing::read_sheet;
using testing::run_program;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

const fs::path kReturns = kSource / "examples/returns";
const fs::path kPoliceExample = kSource / "examples/police-and-crime-plan";

// The files under a folder, by their paths relative to it ("2025-26-Q2/marac-2025-26-Q2.xlsx").
std::set<std::string> files_under(const fs::path& folder) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      files.insert(entry.path().lexically_relative(folder).generic_string());
    }
  }
  return files;
}

// Every checksum in `folder`/SHA256SUMS holds, and it lists every file under `folder`/returns.
void check_checksums(const fs::path& folder) {
  const auto checked =
      run_program({"sha256sum", "--check", "--strict", "--quiet", "SHA256SUMS"}, folder);
  INFO(checked.out << checked.err);
  CHECK(checked.exit_status == 0);

  std::set<std::string> listed;
  std::istringstream lines(testing::read_file(folder / "SHA256SUMS"));
  for (std::string line; std::getline(lines, line);) {
    listed.insert(line.substr(line.find("  returns/") + std::string("  returns/").size()));
  }
  CHECK(listed == files_under(folder / "returns"));
}

// `scdash map` reads every file under `returns` with no problem, with these options.
void check_mapped_cleanly(const fs::path& returns, const std::vector<std::string>& options) {
  for (const std::string& file : files_under(returns)) {
    INFO(file);
    std::vector<std::string> arguments = {"map", (returns / file).string()};
    arguments.insert(arguments.end(), options.begin(), options.end());
    const auto result = run_scdash(arguments);
    INFO(result.err);
    CHECK(result.exit_status == 0);
    CHECK(result.out.find("0 with problems") != std::string::npos);
    CHECK(result.out.find("; 0 error(s)") != std::string::npos);
    CHECK(result.err.find(": error:") == std::string::npos);
  }
}

bool is_xls(const std::string& file) {
  return fs::path(file).extension() == ".xls";
}

double rounded(double value, int places) {
  const double scale = std::pow(10.0, places);
  return std::round(value * scale) / scale;
}

}  // namespace

TEST_CASE("the generator reproduces the committed example returns byte for byte") {
  TemporaryFolder out;
  const auto result = run_program(
      {SCDASH_GENERATOR, (out.path() / "returns").string(), (out.path() / "xls").string()});
  INFO(result.err);
  REQUIRE(result.exit_status == 0);

  const std::set<std::string> committed = files_under(kReturns);
  std::set<std::string> generated_here;
  for (const std::string& file : committed) {
    if (!is_xls(file)) {
      generated_here.insert(file);
    }
  }
  CHECK(files_under(out.path() / "returns") == generated_here);
  for (const std::string& file : generated_here) {
    INFO(file);
    CHECK(testing::read_file(kReturns / file) == testing::read_file(out.path() / "returns" / file));
  }
  CHECK(committed.size() == 8 * 12);  // eight quarters, twelve returns each
}

TEST_CASE("each committed .xls return holds what the generator wrote for LibreOffice to convert") {
  TemporaryFolder out;
  REQUIRE(run_program(
              {SCDASH_GENERATOR, (out.path() / "returns").string(), (out.path() / "xls").string()})
              .exit_status == 0);
  int compared = 0;
  for (const std::string& file : files_under(kReturns)) {
    if (!is_xls(file)) {
      continue;
    }
    INFO(file);
    const fs::path source = (out.path() / "xls" / file).replace_extension(".xlsx");
    REQUIRE(fs::exists(source));
    const CellMap xls = read_sheet(kReturns / file, "Referrals");
    const CellMap xlsx = read_sheet(source, "Referrals");
    REQUIRE(xls.size() == xlsx.size());
    for (const auto& [reference, cell] : xlsx) {
      INFO(reference);
      REQUIRE(xls.contains(reference));
      CHECK(xls.at(reference).type == cell.type);
      CHECK(xls.at(reference).number == cell.number);
      CHECK(xls.at(reference).text == cell.text);
    }
    ++compared;
  }
  CHECK(compared == 8);
}

TEST_CASE("examples/SHA256SUMS lists every committed return, and every checksum holds") {
  check_checksums(kSource / "examples");
}

TEST_CASE("every example return is read by its mapping without a problem") {
  check_mapped_cleanly(kReturns, {});
}

TEST_CASE("the police generator reproduces the committed Police and Crime Plan returns") {
  TemporaryFolder out;
  const auto result = run_program({SCDASH_POLICE_GENERATOR, (out.path() / "returns").string()});
  INFO(result.err);
  REQUIRE(result.exit_status == 0);

  const std::set<std::string> committed = files_under(kPoliceExample / "returns");
  CHECK(files_under(out.path() / "returns") == committed);
  for (const std::string& file : committed) {
    INFO(file);
    CHECK(testing::read_file(kPoliceExample / "returns" / file) ==
          testing::read_file(out.path() / "returns" / file));
  }
  CHECK(committed.size() == 4);  // the force's four returns for 2025/26 Q2
}

TEST_CASE("the Police and Crime Plan example's SHA256SUMS lists every return, and each holds") {
  check_checksums(kPoliceExample);
}

TEST_CASE("every Police and Crime Plan return is read by its mapping without a problem") {
  check_mapped_cleanly(kPoliceExample / "returns",
                       {"--mappings", (kPoliceExample / "mappings").string()});
}

TEST_CASE("the police's new layout from 2025/26 Q1 is read by the same mapping as the old one") {
  const auto old_layout =
      run_scdash({"map", "examples/returns/2024-25-Q4/police-recorded-crime-2024-25-Q4.xlsx"});
  const auto new_layout = run_scdash(
      {"map", "examples/returns/2025-26-Q1/police-recorded-crime-2025-26-Q1.xlsx", "--verbose"});
  // Six crime groups, eight areas, 36 months, in both.
  const std::string all_read = "1728 figure(s) from 1728 non-empty cell(s) in the mapped region";
  CHECK(old_layout.out.find(all_read) != std::string::npos);
  CHECK(new_layout.out.find(all_read) != std::string::npos);
  CHECK(new_layout.err.find("All crime!A6: info: column 'LA code' is not a month or period, so "
                            "it is not read [mapping-column-ignored]") != std::string::npos);
}

TEST_CASE("the demo shows the November 2025 report's figures for 2025/26 Q2") {
  TemporaryFolder out;
  const auto result = run_scdash(
      {"run", "examples/returns", "--out", (out.path() / "dashboard.xlsx").string(), "--verbose"});
  INFO(result.err);
  REQUIRE(result.exit_status == 0);
  CHECK(result.out.find("2025/26 Q2") != std::string::npos);
  CHECK(result.out.find("0 error(s)") != std::string::npos);
  // The one revision in the archive: the police cancelled four of Charnwood's May 2025 crimes.
  CHECK(result.err.find("2025-26-Q2/police-recorded-crime-2025-26-Q2.xlsx!All crime!AH8: info: "
                        "crime.total for May 2025 is now 1040; the 2025/26 Q1 return gave 1044") !=
        std::string::npos);

  const testing::DashboardSheet dashboard(out.path() / "dashboard.xlsx");
  const double people = 712300;

  // MARAC: 369 repeats of 1,125 cases in the 12 months to Sep 2025, 384 of 1,160 a year before.
  const std::string marac = "% of MARAC cases that are repeat referrals";
  CHECK(dashboard.current(marac).number == Approx(369.0 / 1125 * 100).epsilon(1e-12));
  CHECK(dashboard.previous(marac).number == Approx(384.0 / 1160 * 100).epsilon(1e-12));
  CHECK(rounded(dashboard.current(marac).number, 1) == 32.8);
  CHECK(rounded(dashboard.previous(marac).number, 1) == 33.1);

  // Hate crimes: 1,011 then 1,061 flagged crimes in the police extracts.
  const std::string hate = "Hate crimes (per 1,000 population)";
  CHECK(dashboard.current(hate).number == Approx(1011 / people * 1000).epsilon(1e-12));
  CHECK(dashboard.previous(hate).number == Approx(1061 / people * 1000).epsilon(1e-12));
  CHECK(rounded(dashboard.current(hate).number, 2) == 1.42);
  CHECK(rounded(dashboard.previous(hate).number, 2) == 1.49);

  // The resident survey's latest wave, and the wave a year before it.
  const std::string get_on_well = "% who agree people from different backgrounds get on well";
  CHECK(dashboard.current(get_on_well).number == 89.09);
  CHECK(dashboard.previous(get_on_well).number == 90.30);

  // ASB (section 8 of the report): nuisance 7.09 to 7.06, environmental 1.23 to 1.39.
  const std::string nuisance = "ASB incidents, nuisance (per 1,000 population)";
  CHECK(dashboard.current(nuisance).number == Approx(5029 / people * 1000).epsilon(1e-12));
  CHECK(dashboard.previous(nuisance).number == Approx(5050 / people * 1000).epsilon(1e-12));
  CHECK(rounded(dashboard.current(nuisance).number, 2) == 7.06);
  CHECK(rounded(dashboard.previous(nuisance).number, 2) == 7.09);
  const std::string environmental = "ASB incidents, environmental (per 1,000 population)";
  CHECK(dashboard.current(environmental).number == Approx(990 / people * 1000).epsilon(1e-12));
  CHECK(dashboard.previous(environmental).number == Approx(876 / people * 1000).epsilon(1e-12));
  CHECK(rounded(dashboard.current(environmental).number, 2) == 1.39);
  CHECK(rounded(dashboard.previous(environmental).number, 2) == 1.23);

  // Youth re-offending, a quarter in arrears: the four cohorts of the 12 months to Jun 2025
  // (rows 10 to 13 of the return), their re-offences per young person in them, as the Ministry
  // of Justice's frequency rate (the board's 0.58 to 1.04), and the share who re-offend.
  const CellMap cohorts =
      read_sheet(kReturns / "2025-26-Q2/yjs-reoffending-2025-26-Q2.xlsx", "Re-offending");
  double young_people = 0;
  double reoffenders = 0;
  double reoffences = 0;
  for (int row = 10; row <= 13; ++row) {
    young_people += cohorts.at(fmt::format("B{}", row)).number;
    reoffenders += cohorts.at(fmt::format("C{}", row)).number;
    reoffences += cohorts.at(fmt::format("D{}", row)).number;
  }
  CHECK(cohorts.at("A13").text == "Apr-Jun 25");
  const double frequency =
      dashboard.current("Youth re-offending rate (re-offences per young offender)").number;
  CHECK(frequency == Approx(reoffences / young_people).epsilon(1e-12));
  CHECK(frequency > 0.5);
  CHECK(frequency < 1.2);
  CHECK(dashboard.current("% of young offenders who re-offend").number ==
        Approx(reoffenders / young_people * 100).epsilon(1e-12));

  // Racially or religiously aggravated crime is not available this quarter, with its reason.
  const std::string aggravated = "Racially or religiously aggravated crime";
  CHECK(dashboard.current(aggravated).text == "n/a");
  CHECK(dashboard.previous(aggravated).type == io::CellType::number);
  CHECK(testing::read_file(out.path() / "report.json")
            .find("marked not available in the return (not available this quarter, due to a "
                  "change of system from Sentinel to ECINS)") != std::string::npos);
}

TEST_CASE(
    "the iQuanta extract gives Leicestershire the rate the dashboard computes, and ranks it") {
  TemporaryFolder out;
  REQUIRE(run_scdash({"run", "examples/returns", "--out", (out.path() / "dashboard.xlsx").string()})
              .exit_status == 0);
  const testing::DashboardSheet dashboard(out.path() / "dashboard.xlsx");
  const std::string total_crime = "Total crime rate (per 10,000 population)";
  const double per_10000 = dashboard.current(total_crime).number;

  // The extract's rates are per 1,000 people to two places; Leicestershire's is the
  // dashboard's figure in those units: 41,167 / 712,300 × 1,000 = 57.79. The East Midlands'
  // and England's rows under the group are averages, not members.
  const CellMap extract = read_sheet(kReturns / "2025-26-Q2/iquanta-msg-2025-26-Q2.xlsx", "MSG");
  double leicestershire = 0;
  std::vector<double> group;
  std::map<std::string, double> averages;
  for (std::uint32_t row = 5; extract.at(core::to_a1({row, 0})).text != "MSG average"; ++row) {
    const std::string area = extract.at(core::to_a1({row, 0})).text;
    const double rate = extract.at(core::to_a1({row, 1})).number;
    if (area == "East Midlands" || area == "England") {
      averages[area] = rate;
      continue;
    }
    group.push_back(rate);
    if (area == "Leicestershire") {
      leicestershire = rate;
    }
  }
  CHECK(leicestershire == 57.79);
  CHECK(leicestershire == rounded(per_10000 / 10, 2));

  // Lower is better: Leicestershire's position is one more than the areas below it.
  const auto below =
      std::count_if(group.begin(), group.end(), [&](double rate) { return rate < leicestershire; });
  CHECK(dashboard.nearest_neighbour(total_crime).text ==
        std::to_string(below + 1) + "/" + std::to_string(group.size()));

  // report.json gives total crime's averages per 10,000, as the indicator: the extract's × 10.
  REQUIRE(averages.size() == 2);
  const std::string report = testing::read_file(out.path() / "report.json");
  const auto total_crime_at = report.find("\"id\": \"total_crime\"");
  REQUIRE(total_crime_at != std::string::npos);
  for (const auto& [name, rate] : averages) {
    INFO(name);
    const auto named = report.find("\"name\": \"" + name + "\"", total_crime_at);
    REQUIRE(named != std::string::npos);
    const auto value = report.find("\"value\": ", named);
    REQUIRE(value != std::string::npos);
    CHECK(std::stod(report.substr(value + 9, 20)) == Approx(rate * 10).epsilon(1e-12));
  }
}
