// End to end: the scdash program on returns, as an analyst runs it.
#include <catch2/catch.hpp>

#include <ctime>
#include <filesystem>

#include <xlsxwriter.h>

#include "e2e/program_and_sheets.hpp"
#include "scdash/core/calendar.hpp"
#include "support/zip_reader.hpp"

using namespace scdash;
using testing::CellMap;
using testing::kSource;
using testing::read_sheet;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

// A police return in the example's layout (a sheet per crime group, read by
// mappings/police-recorded-crime.yaml), its "All crime" sheet only: two districts and 24
// months from Oct 2023, every figure 100 except Blaby's May 2025, which is `bad_cell_text`.
void write_small_police_return(const fs::path& path, const std::string& bad_cell_text) {
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "All crime");
  lxw_format* month = workbook_add_format(workbook);
  format_set_num_format(month, "mmm-yy");
  worksheet_write_string(sheet, 0, 0, "District", nullptr);
  for (int m = 0; m < 24; ++m) {
    const core::Month at = core::Month::of(2023, 10) + m;
    worksheet_write_number(sheet, 0, static_cast<lxw_col_t>(1 + m),
                           *core::excel_serial({at.year(), at.month(), 1}), month);
  }
  const char* districts[] = {"Blaby", "Rutland"};
  for (lxw_row_t r = 1; r <= 2; ++r) {
    worksheet_write_string(sheet, r, 0, districts[r - 1], nullptr);
    for (lxw_col_t c = 1; c <= 24; ++c) {
      worksheet_write_number(sheet, r, c, 100, nullptr);
    }
  }
  worksheet_write_string(sheet, 1, 20, bad_cell_text.c_str(), nullptr);  // U2: Blaby, May 2025
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

}  // namespace

TEST_CASE("the demo's figure equals the one computed by hand from the example return") {
  TemporaryFolder out;
  const auto result = run_scdash({"run", "examples/returns", "--period", "2025/26-Q2", "--out",
                                  (out.path() / "dashboard.xlsx").string()});
  INFO(result.err);
  REQUIRE(result.exit_status == 0);
  CHECK(result.out.find("wrote") != std::string::npos);
  REQUIRE(fs::exists(out.path() / "report.json"));

  // By hand, from the latest police return (2025/26 Q2), sheet "All crime": the seven
  // Leicestershire districts (rows 7 to 13, names in column B since the LA code column came
  // in), Oct 2024 to Sep 2025 (columns AA to AL), add up to
  //   Blaby 5,894 + Charnwood 12,204 + Harborough 4,519 + Hinckley & Bosworth 6,015
  //   + Melton 2,644 + North West Leicestershire 6,743 + Oadby & Wigston 3,148 = 41,167 crimes
  // (Charnwood's May 2025 as revised in this return: 1,040, where the Q1 return said 1,044),
  // and 41,167 / 712,300 people × 10,000 = 577.94468622771305 crimes per 10,000 people.
  CHECK(5894 + 12204 + 4519 + 6015 + 2644 + 6743 + 3148 == 41167);
  const double by_hand = 41167.0 / 712300.0 * 10000.0;

  // The same sum straight from the return's cells, without the mapping.
  const CellMap source = read_sheet(
      kSource / "examples/returns/2025-26-Q2/police-recorded-crime-2025-26-Q2.xlsx", "All crime");
  CHECK(source.at("AH8").number == 1040);  // Charnwood, May 2025
  double total = 0;
  for (std::uint32_t row = 6; row <= 12; ++row) {
    for (std::uint32_t column = 26; column <= 37; ++column) {
      total += source.at(core::to_a1({row, column})).number;
    }
  }
  CHECK(total == 41167);

  const CellMap dashboard = read_sheet(out.path() / "dashboard.xlsx", "Dashboard");
  CHECK(dashboard.at("A1").text.find("2025/26 Q2") != std::string::npos);
  CHECK(dashboard.at("C5").text == "Total crime rate (per 10,000 population)");
  CHECK(dashboard.at("E5").number == Approx(by_hand).epsilon(1e-12));
  // Previous year (Oct 2023 to Sep 2024, columns O to Z): 42,334 crimes / 712,300 × 10,000
  // = 594.32823248631195.
  CHECK(dashboard.at("D5").number == Approx(42334.0 / 712300.0 * 10000.0).epsilon(1e-12));
  // Rutland (column S, row 14 of the return): 1,406 crimes / 41,200 × 10,000 = 341.2621359223301.
  CHECK(dashboard.at("S4").text == "R");
  CHECK(dashboard.at("S5").number == Approx(1406.0 / 41200.0 * 10000.0).epsilon(1e-12));
}

TEST_CASE("without --period the latest complete quarter in the data is reported") {
  TemporaryFolder out;
  const auto result =
      run_scdash({"run", "examples/returns", "--out", (out.path() / "dashboard.xlsx").string()});
  REQUIRE(result.exit_status == 0);
  CHECK(result.out.find("2025/26 Q2") != std::string::npos);
}

TEST_CASE(
    "a misspelt key in a mapping is one clear diagnostic at its line, and nothing is written") {
  TemporaryFolder work;
  fs::copy(kSource / "mappings", work.path() / "mappings", fs::copy_options::recursive);
  const fs::path mapping = work.path() / "mappings/police-recorded-crime.yaml";
  std::string text = testing::read_file(mapping);
  text.replace(text.find("area_column:"), 12, "area_colum:");
  testing::write_file(mapping, text);

  const auto result =
      run_scdash({"run", "examples/returns", "--mappings", (work.path() / "mappings").string(),
                  "--out", (work.path() / "dashboard.xlsx").string()});
  CHECK(result.exit_status == 2);
  CHECK(result.err.find("police-recorded-crime.yaml:19:3: error: unknown key 'area_colum' in "
                        "table; did you mean 'area_column'? [mapping-unknown-key]") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(work.path() / "dashboard.xlsx"));
}

// No ';' in test names: CTest would split the name in two and run neither.
TEST_CASE(
    "text where a number belongs is one error at its cell, and the figures it feeds are n/a") {
  TemporaryFolder work;
  fs::create_directories(work.path() / "returns");
  write_small_police_return(work.path() / "returns/police-recorded-crime.xlsx", "n/a");
  const auto result =
      run_scdash({"run", (work.path() / "returns").string(), "--period", "2025/26-Q2", "--out",
                  (work.path() / "dashboard.xlsx").string()});
  INFO(result.err);
  CHECK(result.exit_status == 1);
  CHECK(result.err.find("returns/police-recorded-crime.xlsx!All crime!U2: error: expected a "
                        "number, found string \"n/a\" [value-not-number]") != std::string::npos);

  const CellMap dashboard = read_sheet(work.path() / "dashboard.xlsx", "Dashboard");
  CHECK(dashboard.at("E5").text == "n/a");  // Leicestershire needs Blaby's May 2025
  CHECK(dashboard.at("L5").text == "n/a");  // Blaby
  CHECK(dashboard.at("S5").number == Approx(1200.0 / 41200.0 * 10000.0));  // Rutland is untouched
}

TEST_CASE("an archive of quarter folders reports its latest quarter, the latest figures in force") {
  TemporaryFolder work;
  fs::create_directories(work.path() / "returns/2025-26-Q1");
  fs::create_directories(work.path() / "returns/2025-26-Q2");
  write_small_police_return(work.path() / "returns/2025-26-Q1/police-recorded-crime.xlsx", "100");
  write_small_police_return(work.path() / "returns/2025-26-Q2/police-recorded-crime.xlsx", "104");
  const auto result = run_scdash({"run", (work.path() / "returns").string(), "--out",
                                  (work.path() / "dashboard.xlsx").string(), "--verbose"});
  INFO(result.err);
  CHECK(result.exit_status == 0);
  CHECK(result.out.find("2025/26 Q2") != std::string::npos);
  CHECK(result.err.find("returns/2025-26-Q2/police-recorded-crime.xlsx!All crime!U2: info: "
                        "crime.total for May 2025 is now 104; the 2025/26 Q1 return gave 100 at "
                        "returns/2025-26-Q1/police-recorded-crime.xlsx!All crime!U2 "
                        "[figure-revised]") != std::string::npos);

  const CellMap dashboard = read_sheet(work.path() / "dashboard.xlsx", "Dashboard");
  CHECK(dashboard.at("L5").number == Approx(1204.0 / 102900.0 * 10000.0));  // Blaby, revised
}

TEST_CASE("the workbook is dated the day after the quarter, or today with --stamp") {
  TemporaryFolder work;
  fs::create_directories(work.path() / "returns");
  write_small_police_return(work.path() / "returns/police-recorded-crime.xlsx", "100");
  const auto created = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> arguments = {"run", (work.path() / "returns").string(), "--out",
                                          (work.path() / "dashboard.xlsx").string()};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    REQUIRE(run_scdash(arguments).exit_status == 0);
    const std::string core =
        testing::zip_entry(testing::read_file(work.path() / "dashboard.xlsx"), "docProps/core.xml");
    const auto at = core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">");
    REQUIRE(at != std::string::npos);
    return core.substr(core.find('>', at) + 1, 10);
  };
  CHECK(created({}) == "2025-10-01");  // the day after 2025/26 Q2
  const std::time_t now = std::time(nullptr);
  char today[11] = {};
  std::strftime(today, sizeof today, "%Y-%m-%d", std::gmtime(&now));
  CHECK(created({"--stamp"}) == today);
}

TEST_CASE("an output's folder that does not exist is made") {
  TemporaryFolder work;
  const fs::path out = work.path() / "2025-26-Q2/board/dashboard.xlsx";
  const auto result = run_scdash({"run", "examples/returns", "--out", out.string()});
  INFO(result.err);
  CHECK(result.exit_status == 0);
  CHECK(fs::is_regular_file(out));
  CHECK(fs::is_regular_file(out.parent_path() / "report.json"));
}

TEST_CASE("usage and output problems have their own exit statuses") {
  TemporaryFolder work;
  CHECK(run_scdash({"run", "examples/returns", "--period", "2025/26-Q7"}).exit_status == 2);
  // No RETURNS_DIR, and no project file to name one (the source folder has one).
  CHECK(testing::run_program(testing::scdash_command({"run"}), work.path()).exit_status == 2);
  CHECK(run_scdash({"frobnicate"}).exit_status == 2);
  CHECK(run_scdash({"run", (work.path() / "no-such-folder").string()}).exit_status == 3);
  CHECK(run_scdash({"run", "--help"}).exit_status == 0);
}
