#include "render/interval_sheets.hpp"

#include "render/dashboard_sheet.hpp"
#include "render/sheet_writing.hpp"
#include "scdash/core/cell_ref.hpp"

namespace scdash::render {
namespace {

double polarity_sign(templates::Polarity polarity) {
  switch (polarity) {
    case templates::Polarity::higher_is_better:
      return 1;
    case templates::Polarity::lower_is_better:
      return -1;
    case templates::Polarity::none:
      break;
  }
  return 0;
}

}  // namespace

lxw_col_t polarity_column(const DashboardGrid& grid) {
  return grid.last_column() + 1;
}

void write_interval_sheets(lxw_workbook* workbook, const kpi::DashboardModel& model,
                           const DashboardGrid& grid) {
  lxw_worksheet* lower = workbook_add_worksheet(workbook, kLowerIntervalSheet);
  lxw_worksheet* upper = workbook_add_worksheet(workbook, kUpperIntervalSheet);
  for (lxw_worksheet* sheet : {lower, upper}) {
    write_text(sheet, 0, 0,
               "Each district's 95% confidence interval, at its cell's address on the Dashboard; "
               "used by the Dashboard's district colours.");
    worksheet_hide(sheet);
  }
  write_text(lower, 1, 0,
             "Column " + core::column_name(polarity_column(grid)) +
                 ": each row's polarity (1 higher is better, -1 lower is better, 0 none); used "
                 "by the district colours and the direction arrows' colours.");
  const auto first_district = grid.first_district();
  lxw_row_t row = kFirstDataRow;
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      // Every row's polarity, for the direction arrows' colours too, with or without districts.
      worksheet_write_number(lower, row, polarity_column(grid),
                             polarity_sign(result.indicator->polarity), nullptr);
      for (std::size_t i = 0; first_district && i < result.districts.size(); ++i) {
        const auto& interval = result.districts[i].interval;
        if (interval) {
          const auto column = static_cast<lxw_col_t>(*first_district + i);
          worksheet_write_number(lower, row, column, interval->lower, nullptr);
          worksheet_write_number(upper, row, column, interval->upper, nullptr);
        }
      }
      ++row;
    }
  }
}

}  // namespace scdash::render
