// The hidden interval sheets: each district's 95% interval, laid out at the same cell
// addresses as the Dashboard's district block, so that the Dashboard's conditional formats
// can compare the county's figure with them by relative reference.
#pragma once

#include <xlsxwriter.h>

#include "scdash/kpi/model.hpp"

namespace scdash::render {

inline constexpr const char* kLowerIntervalSheet = "Lower 95%";
inline constexpr const char* kUpperIntervalSheet = "Upper 95%";

// Writes both sheets, hidden. Column A of the lower sheet holds each indicator row's polarity:
// 1 higher is better, -1 lower is better, 0 none.
void write_interval_sheets(lxw_workbook* workbook, const kpi::DashboardModel& model);

}  // namespace scdash::render
