// The hidden interval sheets: each district's 95% interval, laid out at the same cell
// addresses as the Dashboard's district block, so that the Dashboard's conditional formats
// can compare the county's figure with them by relative reference.
#pragma once

#include <xlsxwriter.h>

#include "render/dashboard_sheet.hpp"
#include "scdash/kpi/model.hpp"

namespace scdash::render {

inline constexpr const char* kLowerIntervalSheet = "Lower 95%";
inline constexpr const char* kUpperIntervalSheet = "Upper 95%";

// The column of the lower sheet that holds each indicator row's polarity: 1 higher is better,
// -1 lower is better, 0 none. It lies just right of the Dashboard's last column. The district
// colours and the direction arrows' colours read it.
lxw_col_t polarity_column(const DashboardGrid& grid);

// Writes both sheets, hidden.
void write_interval_sheets(lxw_workbook* workbook, const kpi::DashboardModel& model,
                           const DashboardGrid& grid);

}  // namespace scdash::render
