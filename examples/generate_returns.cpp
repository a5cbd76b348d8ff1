// Writes the example partner returns under examples/returns/.
//
// The figures are invented but shaped like Leicestershire's: total recorded crime near
// 57 per 1,000 people a year, a summer peak, a slow fall over three years, and districts
// that differ as real ones do. A fixed seed and fixed document dates make every run
// write byte-identical files, which a test checks against the committed ones.
//
//   generate_example_returns OUTPUT_DIR
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "scdash/core/calendar.hpp"

namespace {

// A small, fully specified generator: std::mt19937's output is portable, but the standard
// distributions are not, so uniform numbers are made here.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  // Uniform in [0, 1).
  double next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state_ >> 11) / static_cast<double>(1ULL << 53);
  }

 private:
  std::uint64_t state_;
};

struct District {
  const char* name_as_police_write_it;
  double population;
  double crime_per_1000;  // a year
};

// Census 2021 populations (mappings/reference/populations.yaml).
const std::vector<District> kDistricts = {
    {"Blaby", 102900, 59.0},          {"Charnwood", 184000, 68.0},
    {"Harborough", 97700, 48.0},      {"Hinckley & Bosworth", 113600, 56.0},
    {"Melton", 51800, 53.0},          {"North West Leicestershire", 104600, 66.0},
    {"Oadby & Wigston", 57700, 57.0}, {"Rutland", 41200, 37.0},
};

constexpr int kFirstYear = 2022;
constexpr int kFirstMonth = 10;  // October 2022
constexpr int kMonths = 36;      // to September 2025

// Crime peaks in summer and dips in winter.
double seasonal_factor(int month) {
  constexpr double kPi = 3.14159265358979323846;
  return 1.0 + 0.08 * std::sin((month - 4) * kPi / 6.0);
}

lxw_workbook* new_workbook(const std::filesystem::path& path, const char* title) {
  lxw_workbook* workbook = workbook_new(path.string().c_str());
  lxw_doc_properties properties = {};
  properties.title = const_cast<char*>(title);
  properties.author = const_cast<char*>("Leicestershire Police Business Intelligence");
  properties.created = 1760400000;  // 2025-10-14, the extraction date printed in the return
  workbook_set_properties(workbook, &properties);
  return workbook;
}

// The police's monthly recorded crime by district: a title block, a wide table with months
// across, a Total row with formulas, and a notes row below.
bool write_police_recorded_crime(const std::filesystem::path& folder) {
  lxw_workbook* workbook =
      new_workbook(folder / "police-recorded-crime.xlsx", "Recorded crime by district");
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Districts");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_format* month_heading = workbook_add_format(workbook);
  format_set_bold(month_heading);
  format_set_num_format(month_heading, "mmm-yy");

  worksheet_write_string(sheet, 0, 0, "Leicestershire Police - Recorded crime by district", bold);
  worksheet_write_string(sheet, 1, 0,
                         "Police recorded crime (Home Office Counting Rules), excluding fraud and "
                         "computer misuse",
                         nullptr);
  worksheet_write_string(sheet, 2, 0, "Extracted 14 October 2025", nullptr);

  constexpr lxw_row_t kHeaderRow = 4;
  worksheet_write_string(sheet, kHeaderRow, 0, "District", bold);
  for (int m = 0; m < kMonths; ++m) {
    const int month_index = kFirstMonth - 1 + m;
    const int year = kFirstYear + month_index / 12;
    const int month = month_index % 12 + 1;
    worksheet_write_number(sheet, kHeaderRow, static_cast<lxw_col_t>(1 + m),
                           *scdash::core::excel_serial({year, month, 1}), month_heading);
  }

  Random random(20251014);
  std::vector<double> totals(kMonths, 0.0);
  lxw_row_t row = kHeaderRow + 1;
  for (const auto& district : kDistricts) {
    worksheet_write_string(sheet, row, 0, district.name_as_police_write_it, nullptr);
    for (int m = 0; m < kMonths; ++m) {
      const int month = (kFirstMonth - 1 + m) % 12 + 1;
      const double trend = 1.0 - 0.025 * m / 12.0;  // about 2.5% fewer crimes a year
      const double noise = 0.94 + 0.12 * random.next();
      const double count = std::round(district.population * district.crime_per_1000 / 1000 / 12 *
                                      seasonal_factor(month) * trend * noise);
      worksheet_write_number(sheet, row, static_cast<lxw_col_t>(1 + m), count, nullptr);
      totals[static_cast<std::size_t>(m)] += count;
    }
    ++row;
  }

  // A Total row as partners send it: formulas with their cached results.
  worksheet_write_string(sheet, row, 0, "Total", bold);
  for (int m = 0; m < kMonths; ++m) {
    const auto column = static_cast<lxw_col_t>(1 + m);
    char range[32];
    lxw_rowcol_to_range(range, kHeaderRow + 1, column, row - 1, column);
    const std::string formula = std::string("=SUM(") + range + ")";
    worksheet_write_formula_num(sheet, row, column, formula.c_str(), bold,
                                totals[static_cast<std::size_t>(m)]);
  }
  worksheet_write_string(sheet, row + 2, 0,
                         "Notes: figures for the latest month are provisional and may be revised.",
                         nullptr);
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  worksheet_freeze_panes(sheet, kHeaderRow + 1, 1);
  return workbook_close(workbook) == LXW_NO_ERROR;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: generate_example_returns OUTPUT_DIR\n");
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error || !write_police_recorded_crime(folder)) {
    std::fprintf(stderr, "generate_example_returns: cannot write the returns in %s\n", argv[1]);
    return 1;
  }
  return 0;
}
