#include "render/trends_sheet.hpp"

#include <algorithm>
#include <utility>

#include "render/sheet_writing.hpp"

namespace scdash::render {
namespace {

// The months of the trajectories, which every indicator shares: its heading and width. As
// narrow as "1,234.56" allows, so that the 24 months print large enough to read.
std::vector<std::pair<std::string, double>> trend_columns(const kpi::DashboardModel& model) {
  std::vector<std::pair<std::string, double>> columns = {
      {"Indicator (rolling 12-month figure to each month)", 48}};
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      if (!result.trajectory.empty()) {
        for (const auto& point : result.trajectory) {
          columns.emplace_back(point.month.short_label(), 7.5);
        }
        return columns;
      }
    }
  }
  return columns;
}

}  // namespace

std::vector<std::string> write_trends_sheet(lxw_workbook* workbook,
                                            const kpi::DashboardModel& model) {
  constexpr const char* kName = "Trends";
  lxw_format* heading = house_format(workbook, [](lxw_format* f) { format_set_bold(f); });
  lxw_format* value =
      house_format(workbook, [](lxw_format* f) { format_set_num_format(f, "#,##0.00"); });
  const TableSheet table = add_table_sheet(workbook, kName, trend_columns(model), heading);
  worksheet_freeze_panes(table.sheet, 1, 1);

  std::vector<std::string> ranges;
  lxw_row_t row = 1;
  for (const auto& outcome : model.outcomes) {
    for (const auto& result : outcome.indicators) {
      write_text(table.sheet, row, 0, result.indicator->label);
      const auto& points = result.trajectory;
      for (std::size_t i = 0; i < points.size(); ++i) {
        write_optional_number(table.sheet, row, static_cast<lxw_col_t>(1 + i), points[i].value,
                              value);
      }
      const auto drawn = std::count_if(points.begin(), points.end(),
                                       [](const auto& point) { return point.value.has_value(); });
      ranges.push_back(
          drawn < 2 ? std::string()
                    : sheet_range(kName, row, 1, row, static_cast<lxw_col_t>(points.size())));
      ++row;
    }
  }
  finish_table(table, row - 1);
  return ranges;
}

}  // namespace scdash::render
