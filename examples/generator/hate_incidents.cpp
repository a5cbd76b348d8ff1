// The county's community safety team: racially or religiously aggravated crimes recorded in
// its case management system, by district and month. In 2025/26 Q2 the team moved from
// Sentinel to ECINS and could not report the quarter: every figure is "n/a".
#include <string>

#include <fmt/format.h>

#include "areas.hpp"
#include "community_model.hpp"
#include "returns.hpp"
#include "workbook.hpp"

namespace examples {

bool write_hate_incidents(FinancialQuarter quarter, const std::filesystem::path& folder) {
  const bool not_available = quarter == kCaseSystemChange;
  Workbook workbook(folder / fmt::format("hate-incidents-{}.xlsx", folder_name(quarter)),
                    "Racially or religiously aggravated crime", "Community Safety Team",
                    extraction_time(quarter));
  lxw_worksheet* sheet = workbook.add_sheet("RRA crime");
  write_text(sheet, 0, 0, "Racially or religiously aggravated crime by area", workbook.title());
  write_text(sheet, 1, 0,
             fmt::format("{}. Source: {} case management system.", quarter.label(),
                         not_available ? "ECINS" : "Sentinel"));
  constexpr int kHeaderRow = 3;
  write_text(sheet, kHeaderRow, 0, "Area", workbook.bold());
  int column = 1;
  for (Month month = quarter.first_month(); month <= quarter.last_month(); month = month + 1) {
    write_text(sheet, kHeaderRow, column++, fmt::format("{} {}", month_name(month), month.year()),
               workbook.bold());
  }
  int row = kHeaderRow + 1;
  for (std::size_t d = 0; d < districts().size(); ++d, ++row) {
    write_text(sheet, row, 0, std::string(districts()[d].name));
    column = 1;
    for (Month month = quarter.first_month(); month <= quarter.last_month(); month = month + 1) {
      if (not_available) {
        write_text(sheet, row, column++, "n/a");
      } else {
        write_number(sheet, row, column++, racially_aggravated_crimes(d, month));
      }
    }
  }
  if (not_available) {
    write_text(sheet, row + 1, 0,
               "n/a: not available this quarter, due to the change of system from Sentinel to "
               "ECINS. We expect to report these figures again in a later quarter.");
  }
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  return workbook.close();
}

}  // namespace examples
