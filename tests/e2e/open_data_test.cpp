// The open-data mappings of mappings/open-data, used as an analyst would: copied into the
// partnership's mappings folder, with the published file dropped among the returns.
#include <catch2/catch.hpp>

#include <filesystem>

#include <xlsxwriter.h>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::has;
using testing::kSource;
using testing::run_program;
using testing::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

struct Estimate {
  const char* code;
  const char* name;
  const char* geography;
  double persons;
};

// ONS's table MYE2 (persons) as published: title rows, then a row per area with its code,
// name, kind of geography, all ages and each single year of age. These figures are made up
// for the test: the partnership's areas and two of the rest of England.
void write_mid_year_estimates(const fs::path& path, int year,
                              const std::vector<Estimate>& estimates) {
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_worksheet* contents = workbook_add_worksheet(workbook, "Contents");
  worksheet_write_string(contents, 0, 0, "Population estimates for England and Wales", nullptr);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "MYE2 - Persons");
  const std::string title =
      "Mid-" + std::to_string(year) + ": Population estimates by local authority, persons";
  worksheet_write_string(sheet, 0, 0, title.c_str(), nullptr);
  worksheet_write_string(sheet, 1, 0, "Source: Office for National Statistics", nullptr);
  const lxw_row_t header = 7;
  const char* headings[] = {"Code", "Name", "Geography", "All ages"};
  for (lxw_col_t column = 0; column < 4; ++column) {
    worksheet_write_string(sheet, header, column, headings[column], nullptr);
  }
  for (lxw_col_t age = 0; age <= 90; ++age) {
    worksheet_write_number(sheet, header, 4 + age, age, nullptr);
  }
  lxw_row_t row = header + 1;
  for (const Estimate& estimate : estimates) {
    worksheet_write_string(sheet, row, 0, estimate.code, nullptr);
    worksheet_write_string(sheet, row, 1, estimate.name, nullptr);
    worksheet_write_string(sheet, row, 2, estimate.geography, nullptr);
    worksheet_write_number(sheet, row, 3, estimate.persons, nullptr);
    for (lxw_col_t age = 0; age <= 90; ++age) {
      worksheet_write_number(sheet, row, 4 + age, std::floor(estimate.persons / 91), nullptr);
    }
    ++row;
  }
  REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

}  // namespace

TEST_CASE("the year's ONS mid-year estimates, given with the returns, are the rates' populations") {
  TemporaryFolder work;
  fs::copy(kSource / "mappings", work.path() / "mappings", fs::copy_options::recursive);
  fs::copy_file(kSource / "mappings/open-data/ons-mid-year-estimates.yaml",
                work.path() / "mappings/ons-mid-year-estimates.yaml");
  fs::copy(kSource / "examples/returns", work.path() / "returns", fs::copy_options::recursive);
  write_mid_year_estimates(
      work.path() / "returns/mye24tablesew.xlsx", 2024,
      {{"E92000001", "England", "Country", 58620101},
       {"E12000004", "East Midlands", "Region", 5036900},
       {"E10000018", "Leicestershire", "County", 738000},
       {"E07000129", "Blaby", "Non-metropolitan District", 106000},
       {"E07000130", "Charnwood", "Non-metropolitan District", 190000},
       {"E07000131", "Harborough", "Non-metropolitan District", 101000},
       {"E07000132", "Hinckley and Bosworth", "Non-metropolitan District", 117000},
       {"E07000133", "Melton", "Non-metropolitan District", 53000},
       {"E07000134", "North West Leicestershire", "Non-metropolitan District", 109000},
       {"E07000135", "Oadby and Wigston", "Non-metropolitan District", 62000},
       {"E06000017", "Rutland", "Unitary Authority", 42000},
       {"E06000016", "Leicester", "Unitary Authority", 375000},
       {"E08000025", "Birmingham", "Metropolitan District", 1160000},
       {"W06000015", "Cardiff", "Unitary Authority", 380000}});
  const auto run = [&] {
    return run_program(
        testing::scdash_command({"run", "returns", "--template",
                                 (kSource / "workbook-templates/safer-communities").string(),
                                 "--out", "out/dashboard.xlsx", "--verbose"}),
        work.path());
  };
  auto result = run();
  INFO(result.err);
  CHECK(result.exit_status <= 1);
  // Read through the mapping, the rest of the UK left out and counted; the 2024 figures end
  // the warning that the Census 2021 populations are out of date.
  CHECK_FALSE(has(result.err, "population-out-of-date"));
  CHECK_FALSE(has(result.err, "[area-unknown]"));
  CHECK(has(result.err,
            "mye24tablesew.xlsx!MYE2 - Persons!B8: info: 93 columns, B to CQ, are not a known "
            "measure, so they are not read: 'Name', 'Geography', '0', '1', '2' and 88 more "
            "[mapping-column-ignored]"));
  const std::string report = testing::read_file(work.path() / "out/report.json");
  CHECK(has(report, "Mid-2024 estimate"));
  CHECK(has(report, R"("file": "returns/mye24tablesew.xlsx")"));
  // England, the region, the county, its seven districts, Rutland and Leicester; Birmingham and
  // Cardiff left out.
  CHECK(has(report, R"("observations": 12)"));

  // Next year's file, before the mapping is told: the fingerprint stops it, loudly.
  fs::remove(work.path() / "returns/mye24tablesew.xlsx");
  write_mid_year_estimates(work.path() / "returns/mye25tablesew.xlsx", 2025,
                           {{"E07000129", "Blaby", "Non-metropolitan District", 107000}});
  result = run();
  CHECK(has(result.err, "[mapping-fingerprint-missing]"));
}
