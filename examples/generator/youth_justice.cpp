// The Youth Justice Service's two returns, a quarter in arrears: the 2025/26 Q2 folder's files
// end with 2025/26 Q1. First-time entrants by district and quarter (the last eight quarters,
// districts down, quarters across), and re-offending by quarterly cohort for the county.
#include <string>

#include <fmt/format.h>

#include "areas.hpp"
#include "returns.hpp"
#include "services_model.hpp"
#include "workbook.hpp"

namespace examples {
namespace {

constexpr std::size_t kQuarters = 8;

// The quarters a return made in `quarter` covers, oldest first: eight, a quarter in arrears.
std::vector<FinancialQuarter> quarters_reported(FinancialQuarter quarter) {
  return quarters_ending(quarter.previous(), kQuarters);
}

// The column of the `q`th quarter, after the local authorities'.
int column_of(std::size_t q) {
  return 1 + static_cast<int>(q);
}

// The service's case system shortens one council's name; the FTE mapping's own alias reads it.
std::string service_name(const District& district) {
  return district.name == "Hinckley and Bosworth" ? "Hinckley BC" : std::string(district.name);
}

void write_title(Workbook& workbook, lxw_worksheet* sheet, const std::string& what,
                 FinancialQuarter quarter) {
  const FinancialQuarter latest = quarter.previous();
  write_text(sheet, 0, 0, "Leicestershire and Rutland Youth Justice Service", workbook.title());
  write_text(sheet, 1, 0,
             fmt::format("{}: data to the end of {} ({}), a quarter in arrears", what,
                         latest.last_month().short_label(), latest.label()));
}

}  // namespace

bool write_yjs_first_time_entrants(FinancialQuarter quarter, const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("yjs-first-time-entrants-{}.xlsx", folder_name(quarter)),
                    "First-time entrants", "Youth Justice Service", extraction_time(quarter));
  lxw_worksheet* sheet = workbook.add_sheet("FTE");
  write_title(workbook, sheet, "First-time entrants to the youth justice system aged 10-17",
              quarter);
  constexpr int kHeaderRow = 3;
  const std::vector<FinancialQuarter> quarters = quarters_reported(quarter);
  write_text(sheet, kHeaderRow, 0, "Local authority", workbook.bold());
  for (std::size_t q = 0; q < kQuarters; ++q) {
    write_text(sheet, kHeaderRow, column_of(q),
               fmt::format("Q{} {}", quarters[q].quarter, quarters[q].year_label()),
               workbook.bold());
  }
  std::vector<int> totals(kQuarters, 0);
  int row = kHeaderRow + 1;
  for (std::size_t d = 0; d < districts().size(); ++d, ++row) {
    write_text(sheet, row, 0, service_name(districts()[d]));
    for (std::size_t q = 0; q < kQuarters; ++q) {
      const int count = first_time_entrants(d, quarters[q]);
      write_number(sheet, row, column_of(q), count);
      totals[q] += count;
    }
  }
  write_text(sheet, row, 0, "Total", workbook.bold());
  for (std::size_t q = 0; q < kQuarters; ++q) {
    write_number(sheet, row, column_of(q), totals[q], workbook.bold());
  }
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  return workbook.close();
}

bool write_yjs_reoffending(FinancialQuarter quarter, const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("yjs-reoffending-{}.xlsx", folder_name(quarter)),
                    "Re-offending", "Youth Justice Service", extraction_time(quarter));
  lxw_worksheet* sheet = workbook.add_sheet("Re-offending");
  lxw_format* ratio = workbook.number_format("0.00");
  write_title(workbook, sheet, "Re-offending by young people in Leicestershire", quarter);
  write_text(sheet, 2, 0,
             "Each cohort: the young people cautioned or convicted in the quarter, and their "
             "re-offences in the three months after it (the service's live tracker).");
  constexpr int kHeaderRow = 4;
  const char* headings[] = {"Cohort", "Young people in cohort", "Re-offenders", "Re-offences",
                            "Re-offences per young person"};
  for (int column = 0; column < 5; ++column) {
    write_text(sheet, kHeaderRow, column, headings[column], workbook.bold());
  }
  int row = kHeaderRow + 1;
  for (const FinancialQuarter& cohort : quarters_reported(quarter)) {
    const ReoffendingCohort figures = reoffending(cohort);
    write_text(sheet, row, 0, cohort_label(cohort));
    write_number(sheet, row, 1, figures.young_people);
    write_number(sheet, row, 2, figures.reoffenders);
    write_number(sheet, row, 3, figures.reoffences);
    write_number(sheet, row, 4, static_cast<double>(figures.reoffences) / figures.young_people,
                 ratio);
    ++row;
  }
  worksheet_set_column(sheet, 0, 4, 16, nullptr);
  return workbook.close();
}

}  // namespace examples
