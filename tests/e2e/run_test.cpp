// End to end: the scdash program on returns, as an analyst runs it.
#include <catch2/catch.hpp>

#include <filesystem>

#include <xlsxwriter.h>

#include "e2e/e2e_helpers.hpp"
#include "scdash/core/calendar.hpp"

using namespace scdash;
using testing::CellMap;
using testing::read_sheet;
using testing::run_program;
using testing::run_scdash;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = SCDASH_SOURCE_DIR;

// A police return in the example's layout, two districts and 24 months from Oct 2023,
// every figure 100 except where `replace` says.
void write_small_police_return(const fs::path& path, const std::string& bad_cell_text) {
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Districts");
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

  // By hand, from the example return: the seven Leicestershire districts, Oct 2024 to Sep 2025
  // (columns Z to AK of rows 6 to 12), add up to
  //   Blaby 5,677 + Charnwood 11,780 + Harborough 4,434 + Hinckley & Bosworth 5,911
  //   + Melton 2,596 + North West Leicestershire 6,466 + Oadby & Wigston 3,061 = 39,925 crimes,
  // and 39,925 / 712,300 people × 10,000 = 560.508212831672 crimes per 10,000 people.
  CHECK(5677 + 11780 + 4434 + 5911 + 2596 + 6466 + 3061 == 39925);
  const double by_hand = 39925.0 / 712300.0 * 10000.0;

  // The same sum straight from the return's cells, without the mapping.
  const CellMap source =
      read_sheet(kSource / "examples/returns/police-recorded-crime.xlsx", "Districts");
  double total = 0;
  for (std::uint32_t row = 5; row <= 11; ++row) {
    for (std::uint32_t column = 25; column <= 36; ++column) {
      total += source.at(core::to_a1({row, column})).number;
    }
  }
  CHECK(total == 39925);

  const CellMap dashboard = read_sheet(out.path() / "dashboard.xlsx", "Dashboard");
  CHECK(dashboard.at("A1").text.find("2025/26 Q2") != std::string::npos);
  CHECK(dashboard.at("C5").text == "Total crime rate (per 10,000 population)");
  CHECK(dashboard.at("E5").number == Approx(by_hand).epsilon(1e-12));
  // Previous year (Oct 2023 to Sep 2024): 41,215 crimes / 712,300 × 10,000 = 578.6185595956759.
  CHECK(dashboard.at("D5").number == Approx(41215.0 / 712300.0 * 10000.0).epsilon(1e-12));
  // Rutland (column S): 1,431 crimes / 41,200 × 10,000 = 347.33009708737865.
  CHECK(dashboard.at("S4").text == "R");
  CHECK(dashboard.at("S5").number == Approx(1431.0 / 41200.0 * 10000.0).epsilon(1e-12));
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
  CHECK(result.err.find("police-recorded-crime.yaml:13:3: error: unknown key 'area_colum' in "
                        "table; did you mean 'area_column'? [mapping-unknown-key]") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(work.path() / "dashboard.xlsx"));
}

TEST_CASE("text where a number belongs is one error at its cell; the figures it feeds are n/a") {
  TemporaryFolder work;
  fs::create_directories(work.path() / "returns");
  write_small_police_return(work.path() / "returns/police-recorded-crime.xlsx", "n/a");
  const auto result =
      run_scdash({"run", (work.path() / "returns").string(), "--period", "2025/26-Q2", "--out",
                  (work.path() / "dashboard.xlsx").string()});
  INFO(result.err);
  CHECK(result.exit_status == 1);
  CHECK(result.err.find("returns/police-recorded-crime.xlsx!Districts!U2: error: expected a "
                        "number, found string \"n/a\" [value-not-number]") != std::string::npos);

  const CellMap dashboard = read_sheet(work.path() / "dashboard.xlsx", "Dashboard");
  CHECK(dashboard.at("E5").text == "n/a");  // Leicestershire needs Blaby's May 2025
  CHECK(dashboard.at("L5").text == "n/a");  // Blaby
  CHECK(dashboard.at("S5").number == Approx(1200.0 / 41200.0 * 10000.0));  // Rutland is untouched
}

TEST_CASE("usage and output problems have their own exit statuses") {
  TemporaryFolder work;
  CHECK(run_scdash({"run", "examples/returns", "--period", "2025/26-Q7"}).exit_status == 2);
  CHECK(run_scdash({"run"}).exit_status == 2);
  CHECK(run_scdash({"frobnicate"}).exit_status == 2);
  CHECK(run_scdash(
            {"run", "examples/returns", "--out", (work.path() / "missing/dashboard.xlsx").string()})
            .exit_status == 3);
  CHECK(run_scdash({"run", (work.path() / "no-such-folder").string()}).exit_status == 3);
  CHECK(run_scdash({"run", "--help"}).exit_status == 0);
}

TEST_CASE("the generator reproduces the committed example returns byte for byte") {
  TemporaryFolder out;
  const auto result = run_program({SCDASH_GENERATOR, out.path().string()});
  REQUIRE(result.exit_status == 0);
  for (const auto& entry : fs::directory_iterator(kSource / "examples/returns")) {
    INFO(entry.path().filename().string());
    CHECK(testing::read_file(entry.path()) ==
          testing::read_file(out.path() / entry.path().filename()));
  }
}
