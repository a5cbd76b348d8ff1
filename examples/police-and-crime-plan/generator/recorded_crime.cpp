// The force's performance system: recorded crime by policing area, one sheet per crime type,
// the 36 months to the quarter's end across as date cells. A title block sits above the table,
// and the force's own row is headed "Force total".
#include <fmt/format.h>

#include "police_model.hpp"
#include "police_returns.hpp"
#include "workbook.hpp"

namespace examples::police {
namespace {

constexpr int kHeaderRow = 5;

void write_sheet(Workbook& workbook, CrimeType type) {
  const std::string_view label = profile(type).label;
  lxw_worksheet* sheet = workbook.add_sheet(std::string(label));
  write_text(sheet, 0, 0, "Leicestershire Police - Performance Information System",
             workbook.title());
  write_text(sheet, 1, 0, fmt::format("Recorded crime: {}", label));
  write_text(
      sheet, 2, 0,
      fmt::format("Crimes by month recorded, {} to {}. Extracted {}.", first_month().short_label(),
                  kQuarter.last_month().short_label(), extraction_date(kQuarter)));
  write_text(sheet, 3, 0,
             "Force total = City BCU + Counties BCU. The latest month is provisional and may be "
             "revised as crimes are reviewed.");

  write_text(sheet, kHeaderRow, 0, "Policing area", workbook.bold());
  for (int m = 0; m < kMonths; ++m) {
    write_number(sheet, kHeaderRow, 1 + m, excel_serial(first_month() + m),
                 workbook.month_heading());
  }
  int row = kHeaderRow + 1;
  for (const ReportingArea& area : reporting_areas()) {
    const bool total = area.lpus.size() > 1;
    write_text(sheet, row, 0, std::string(area.performance_name),
               total ? workbook.bold() : nullptr);
    for (int m = 0; m < kMonths; ++m) {
      write_number(sheet, row, 1 + m, crimes(area, type, first_month() + m),
                   total ? workbook.bold() : nullptr);
    }
    ++row;
  }
  worksheet_set_column(sheet, 0, 0, 32, nullptr);
  worksheet_freeze_panes(sheet, kHeaderRow + 1, 1);
}

}  // namespace

bool write_recorded_crime(const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("recorded-crime-{}.xlsx", folder_name(kQuarter)),
                    "Recorded crime by policing area", "Leicestershire Police Performance Unit",
                    extraction_time(kQuarter));
  for (const CrimeType type : crime_types()) {
    write_sheet(workbook, type);
  }
  return workbook.close();
}

}  // namespace examples::police
