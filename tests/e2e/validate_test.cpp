// End to end: a quarter's returns with mistakes seeded at known cells, checked with
// 'scdash validate' and run with 'scdash run', as an analyst would.
#include <catch2/catch.hpp>

#include <filesystem>

#include <xlsxwriter.h>

#include "e2e/program_and_sheets.hpp"
#include "scdash/core/calendar.hpp"

using namespace scdash;
using testing::has;
using testing::read_sheet;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

// The police return's districts, in the example's order, with their dashboard columns.
constexpr const char* kDistricts[] = {"Blaby",
                                      "Charnwood",
                                      "Harborough",
                                      "Hinckley and Bosworth",
                                      "Melton",
                                      "North West Leicestershire",
                                      "Oadby and Wigston",
                                      "Rutland"};
constexpr int kMonths = 24;          // Oct 2023 to Sep 2025: columns B to Y
constexpr lxw_row_t kCountyRow = 9;  // row 10: Leicestershire, the sum of rows 2 to 8

// A police return in the example's layout: the eight districts and the county's total, every
// figure 100 (the county's 700) except the seeded mistakes:
//   V4   Harborough, Jun 2025: "n/a"                      value-not-number (error)
//   U6   Melton, May 2025: -4 (the county's total counts 100)  count-negative (error)
//   W10  Leicestershire, Jul 2025: 750, its districts 700 county-total-mismatch (error)
//   X8   Oadby and Wigston, Aug 2025: 900 (in the total)   month-implausible (warning)
//   Y9   Rutland, Sep 2025: 100.5                          count-not-whole (warning)
void write_seeded_police_return(const fs::path& path) {
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "All crime");
  lxw_format* month_format = workbook_add_format(workbook);
  format_set_num_format(month_format, "mmm-yy");
  worksheet_write_string(sheet, 0, 0, "District", nullptr);
  for (int m = 0; m < kMonths; ++m) {
    const core::Month month = core::Month::of(2023, 10) + m;
    worksheet_write_number(sheet, 0, static_cast<lxw_col_t>(1 + m),
                           *core::excel_serial({month.year(), month.month(), 1}), month_format);
  }
  for (lxw_row_t r = 0; r < 8; ++r) {
    worksheet_write_string(sheet, 1 + r, 0, kDistricts[r], nullptr);
    for (lxw_col_t c = 1; c <= kMonths; ++c) {
      worksheet_write_number(sheet, 1 + r, c, 100, nullptr);
    }
  }
  worksheet_write_string(sheet, kCountyRow, 0, "Leicestershire", nullptr);
  for (lxw_col_t c = 1; c <= kMonths; ++c) {
    worksheet_write_number(sheet, kCountyRow, c, 700, nullptr);
  }
  worksheet_write_string(sheet, 3, 21, "n/a", nullptr);          // V4
  worksheet_write_number(sheet, 5, 20, -4, nullptr);             // U6
  worksheet_write_number(sheet, kCountyRow, 22, 750, nullptr);   // W10
  worksheet_write_number(sheet, 7, 23, 900, nullptr);            // X8
  worksheet_write_number(sheet, kCountyRow, 23, 1500, nullptr);  // X10, with X8's 900
  worksheet_write_number(sheet, 8, 24, 100.5, nullptr);          // Y9
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

struct SeededQuarter {
  SeededQuarter() {
    fs::create_directories(returns);
    write_seeded_police_return(returns / "police-recorded-crime.xlsx");
    testing::write_file(returns / "notes.txt", "figures to follow\n");
    testing::write_file(returns / "~$police-recorded-crime.xlsx", "lock");
  }
  TemporaryFolder work;
  fs::path returns = work.path() / "returns";
};

}  // namespace

TEST_CASE("scdash validate lists each seeded mistake at its cell, and writes nothing") {
  const SeededQuarter quarter;
  const auto result = run_scdash({"validate", quarter.returns.string(), "--period", "2025/26-Q2"});
  INFO(result.out);
  INFO(result.err);
  CHECK(result.exit_status == 1);
  const std::string at = "returns/police-recorded-crime.xlsx!All crime!";
  CHECK(has(result.err, at + "V4: error: expected a number, found string \"n/a\" "
                             "[value-not-number]"));
  CHECK(has(result.err,
            at + "U6: error: crime.total for Melton in May 2025 is a count, but this figure is -4 "
                 "(read by mappings/police-recorded-crime.yaml:24) [count-negative]"));
  CHECK(has(result.err,
            at + "W10: error: crime.total for Leicestershire in Jul 2025 is 750, but "
                 "its 7 districts add up to 700: 50 apart, more than the 0.5% allowed "
                 "(read by mappings/police-recorded-crime.yaml:24) [county-total-mismatch]"));
  CHECK(has(result.err,
            at + "X8: warning: crime.total for Oadby and Wigston in Aug 2025 is 900, "
                 "more than 3 times the average of 100 for August in earlier years "
                 "(2024) (read by mappings/police-recorded-crime.yaml:24) [month-implausible]"));
  CHECK(has(result.err, at + "Y9: warning: crime.total for Rutland in Sep 2025 is a count, but "
                             "this figure is 100.5 (read by "
                             "mappings/police-recorded-crime.yaml:24) [count-not-whole]"));
  // The typo at X8 also lifts Oadby and Wigston's rate far above the other districts'.
  CHECK(has(result.err,
            "returns/police-recorded-crime.xlsx!All crime: warning: Oadby and "
            "Wigston's 'Total crime rate (per 10,000 population)' for the 12 months "
            "to Sep 2025 is 346.62, outside the other districts' range"));
  CHECK(has(result.err, "returns/notes.txt: warning: no mapping reads this file"));
  // The file with errors comes first (before files whose names sort earlier), its errors
  // before its warnings, and no other error is found.
  CHECK(result.err.starts_with(at + "V4: error:"));
  CHECK(result.err.find("error:") < result.err.find("warning:"));
  CHECK(result.err.find(
            "error:",
            result.err.find(
                "(read by mappings/police-recorded-crime.yaml:24) [county-total-mismatch]")) ==
        std::string::npos);
  // Every file and cell accounted for: the return read, the note and the lock file reported.
  CHECK(has(result.out,
            "Safer Communities Performance Dashboard 2025/26 Q2: read 1 of 3 file(s) "
            "in the folder, 2 reported; 216 non-empty cell(s) in mapped regions: 215 "
            "read, 1 with problems, 0 left out by 'where'; 216 figure(s), 3 "
            "rejected; 3 error(s)"));
  // Nothing but the returns in the folder.
  std::vector<std::string> written;
  for (const auto& entry : fs::directory_iterator(quarter.work.path())) {
    written.push_back(entry.path().filename().string());
  }
  CHECK(written == std::vector<std::string>{"returns"});
}

TEST_CASE("scdash run shows the figures the errors touch as n/a with the reason, the rest intact") {
  const SeededQuarter quarter;
  const fs::path dashboard = quarter.work.path() / "dashboard.xlsx";
  const auto result = run_scdash(
      {"run", quarter.returns.string(), "--period", "2025/26-Q2", "--out", dashboard.string()});
  INFO(result.err);
  REQUIRE(result.exit_status == 1);

  const auto cells = read_sheet(dashboard, "Dashboard");
  CHECK(cells.at("C5").text == "Total crime rate (per 10,000 population)");
  CHECK(cells.at("E5").text == "n/a");  // Leicestershire's Jul 2025 total is rejected
  // The year before is untouched: 12 × 700 crimes / 712,300 people × 10,000.
  CHECK(cells.at("D5").number == Approx(8400.0 / 712300.0 * 10000.0));
  CHECK(cells.at("L5").number == Approx(1200.0 / 102900.0 * 10000.0));  // Blaby
  CHECK(cells.at("N5").text == "n/a");                                  // Harborough
  CHECK(cells.at("P5").text == "n/a");                                  // Melton
  CHECK(cells.at("R5").number == Approx(2000.0 / 57700.0 * 10000.0));   // warnings change nothing
  CHECK(cells.at("S5").number == Approx(1200.5 / 41200.0 * 10000.0));

  // The reasons, on the Districts sheet, name the cell and the error.
  std::map<std::string, std::string> reasons;
  const auto districts = read_sheet(dashboard, "Districts");
  for (int row = 2; districts.contains("A" + std::to_string(row)); ++row) {
    const std::string r = std::to_string(row);
    if (districts.at("A" + r).text.starts_with("Total crime rate") && districts.contains("I" + r)) {
      reasons[districts.at("B" + r).text] = districts.at("I" + r).text;
    }
  }
  CHECK(reasons.at("Harborough") ==
        "crime.total for Harborough in Jun 2025 at "
        "returns/police-recorded-crime.xlsx!All crime!V4 is rejected: expected a number, found "
        "string \"n/a\" [value-not-number]");
  CHECK(reasons.at("Melton") ==
        "crime.total for Melton in May 2025 at returns/police-recorded-crime.xlsx!All crime!U6 is "
        "rejected: a count cannot be negative, and this is -4 [count-negative]");
  CHECK_FALSE(reasons.contains("Blaby"));

  // The Data quality sheet lists the three errors first.
  const auto quality = read_sheet(dashboard, "Data quality");
  CHECK(quality.at("A2").text == "error");
  CHECK(quality.at("A4").text == "error");
  CHECK(quality.at("A5").text == "warning");

  const std::string report = testing::read_file(quarter.work.path() / "report.json");
  CHECK(has(report,
            "\"files_in_folder\": 3,\n    \"files_read\": 1,\n    \"files_reported\": 2,\n"
            "    \"files_unaccounted\": 0,"));
  CHECK(has(report, "\"balanced\": true"));
  CHECK(has(report,
            "\"rejected\": \"its districts add up to 700 [county-total-mismatch]\",\n"
            "      \"cell\": \"returns/police-recorded-crime.xlsx!All crime!W10\",\n"
            "      \"mapping\": \"mappings/police-recorded-crime.yaml:"));
}

TEST_CASE("scdash run --strict writes nothing while errors remain") {
  const SeededQuarter quarter;
  const fs::path dashboard = quarter.work.path() / "dashboard.xlsx";
  const auto result = run_scdash({"run", quarter.returns.string(), "--period", "2025/26-Q2",
                                  "--out", dashboard.string(), "--strict"});
  CHECK(result.exit_status == 1);
  CHECK(has(result.err, "scdash run: --strict: 3 error(s) remain, so neither"));
  CHECK_FALSE(fs::exists(dashboard));
  CHECK_FALSE(fs::exists(quarter.work.path() / "report.json"));
}

TEST_CASE("the example returns validate without errors, every input accounted for and hashed") {
  const auto checked = run_scdash({"validate", "examples/returns"});
  INFO(checked.err);
  CHECK(checked.exit_status == 0);
  CHECK(has(checked.out, "read 96 of 96 file(s) in the folder, 0 reported"));
  CHECK(has(checked.out, "0 error(s)"));

  TemporaryFolder out;
  const auto run = run_scdash({"run", "examples/returns", "--period", "2025/26-Q2", "--strict",
                               "--out", (out.path() / "dashboard.xlsx").string()});
  REQUIRE(run.exit_status == 0);
  const std::string report = testing::read_file(out.path() / "report.json");
  CHECK(has(report, "\"balanced\": true"));
  CHECK(has(report,
            "\"kind\": \"template\",\n      \"file\": "
            "\"workbook-templates/safer-communities/dashboard.yaml\",\n      \"sha256\": \""));
  CHECK(has(report,
            "\"kind\": \"mapping\",\n      \"file\": "
            "\"mappings/police-recorded-crime.yaml\",\n      \"sha256\": \""));
}

TEST_CASE(
    "scdash validate's usage and configuration problems exit with 2, unreadable ones with 3") {
  // No RETURNS_DIR, and no project file to name one (the source folder has one).
  CHECK(testing::run_program(testing::scdash_command({"validate"}), TemporaryFolder().path())
            .exit_status == 2);
  CHECK(run_scdash({"validate", "examples/returns", "--period", "2025/26-Q7"}).exit_status == 2);
  TemporaryFolder broken;
  testing::write_file(broken.path() / "dashboard.yaml", "outcomes: 42\n");
  CHECK(run_scdash({"validate", "examples/returns", "--template", broken.path().string()})
            .exit_status == 2);
  CHECK(
      run_scdash({"validate", "examples/returns", "--template", "no-such-template"}).exit_status ==
      3);
  CHECK(run_scdash({"validate", "--help"}).exit_status == 0);
}
