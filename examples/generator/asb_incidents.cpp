// Leicestershire Police's ASB incident logs, sent each quarter through the county's community
// safety team: one row per district, month and category, with a Total row for each district
// and month. Names are written out in full ("Hinckley and Bosworth"), unlike the police's crime
// extract ("H&B").
#include <string>

#include <fmt/format.h>

#include "areas.hpp"
#include "community_model.hpp"
#include "returns.hpp"
#include "workbook.hpp"

namespace examples {

bool write_asb_incidents(FinancialQuarter quarter, const std::filesystem::path& folder) {
  Workbook workbook(folder / fmt::format("asb-incidents-{}.xlsx", folder_name(quarter)),
                    "ASB incidents by district", "Community Safety Team", extraction_time(quarter));
  lxw_worksheet* sheet = workbook.add_sheet("ASB incidents");
  write_text(sheet, 0, 0, "Anti-social behaviour incidents by district", workbook.title());
  write_text(sheet, 1, 0,
             fmt::format("{}: {} to {}. Source: police incident logs.", quarter.label(),
                         quarter.first_month().short_label(), quarter.last_month().short_label()));
  constexpr int kHeaderRow = 3;
  const char* headings[] = {"District", "Month", "Category", "Incidents"};
  for (int column = 0; column < 4; ++column) {
    write_text(sheet, kHeaderRow, column, headings[column], workbook.bold());
  }
  int row = kHeaderRow + 1;
  for (Month month = quarter.first_month(); month <= quarter.last_month(); month = month + 1) {
    const std::string month_text =
        fmt::format("{}-{:02}", abbreviated_month(month), month.year() % 100);
    for (std::size_t d = 0; d < districts().size(); ++d) {
      int total = 0;
      for (std::size_t c = 0; c < kAsbCategories; ++c) {
        const auto category = static_cast<AsbCategory>(c);
        const int count = asb_incidents(d, month, category);
        total += count;
        write_text(sheet, row, 0, std::string(districts()[d].name));
        write_text(sheet, row, 1, month_text);
        write_text(sheet, row, 2, std::string(category_name(category)));
        write_number(sheet, row, 3, count);
        ++row;
      }
      write_text(sheet, row, 0, std::string(districts()[d].name));
      write_text(sheet, row, 1, month_text);
      write_text(sheet, row, 2, "Total", workbook.bold());
      write_number(sheet, row, 3, total, workbook.bold());
      ++row;
    }
  }
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  return workbook.close();
}

}  // namespace examples
