// Domestic abuse support services: referrals by month and service for the financial year to
// date. The services keep an old spreadsheet and send it as .xls; this writes the same workbook
// as .xlsx, which is converted once with LibreOffice (examples/README.md).
#include <string>

#include <fmt/format.h>

#include "returns.hpp"
#include "services_model.hpp"
#include "workbook.hpp"

namespace examples {

bool write_da_referrals_xlsx(FinancialQuarter quarter, const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("da-referrals-{}.xlsx", folder_name(quarter)),
                    "Domestic abuse referrals", "Domestic abuse support services",
                    extraction_time(quarter));
  lxw_worksheet* sheet = workbook.add_sheet("Referrals");
  const Month first = FinancialQuarter{quarter.start_year, 1}.first_month();
  write_text(sheet, 0, 0, "Domestic abuse support services: referrals received", workbook.title());
  write_text(sheet, 1, 0,
             fmt::format("Financial year {} to date: {} to {}", quarter.year_label(),
                         first.short_label(), quarter.last_month().short_label()));
  constexpr int kHeaderRow = 3;
  write_text(sheet, kHeaderRow, 0, "Month", workbook.bold());
  write_text(sheet, kHeaderRow, 1, "Service", workbook.bold());
  write_text(sheet, kHeaderRow, 2, "Referrals", workbook.bold());
  int row = kHeaderRow + 1;
  for (Month month = first; month <= quarter.last_month(); month = month + 1) {
    for (std::size_t s = 0; s < support_services().size(); ++s, ++row) {
      write_number(sheet, row, 0, excel_serial(month), workbook.month_cell());
      write_text(sheet, row, 1, std::string(support_services()[s]));
      write_number(sheet, row, 2, referrals(month, s));
    }
  }
  worksheet_set_column(sheet, 0, 1, 12, nullptr);
  return workbook.close();
}

}  // namespace examples
