#include "render/trends_sheet.hpp"

#include <algorithm>

#include "render/sheet_writing.hpp"

namespace scdash::render {

std::vector<std::string> write_trends_sheet(lxw_workbook* workbook,
                                            const kpi::DashboardModel& model) {
  constexpr const char* kName = "Trends";
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, kName);
  lxw_format* heading = house_format(workbook, [](lxw_format* f) { format_set_bold(f); });
  lxw_format* value =
      house_format(workbook, [](lxw_format* f) { format_set_num_format(f, "#,##0.00"); });
  write_text(sheet, 0, 0, "Indicator (rolling 12-month figure to each month)", heading);
  worksheet_set_column(sheet, 0, 0, 48, nullptr);
  worksheet_freeze_panes(sheet, 1, 1);
  set_up_table_printing(sheet, kName);

  std::vector<std::string> ranges;
  lxw_row_t row = 1;
  bool months_written = false;
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      write_text(sheet, row, 0, result.indicator->label);
      const auto& points = result.trajectory;
      for (std::size_t i = 0; i < points.size(); ++i) {
        const auto column = static_cast<lxw_col_t>(1 + i);
        if (!months_written) {
          write_text(sheet, 0, column, points[i].month.short_label(), heading);
          // As narrow as "1,234.56" allows, so that the 24 months print large enough to read.
          worksheet_set_column(sheet, column, column, 7.5, nullptr);
        }
        write_optional_number(sheet, row, column, points[i].value, value);
      }
      months_written = months_written || !points.empty();
      const auto drawn = std::count_if(points.begin(), points.end(),
                                       [](const auto& point) { return point.value.has_value(); });
      ranges.push_back(
          drawn < 2 ? std::string()
                    : sheet_range(kName, row, 1, row, static_cast<lxw_col_t>(points.size())));
      ++row;
    }
  }
  return ranges;
}

}  // namespace scdash::render
