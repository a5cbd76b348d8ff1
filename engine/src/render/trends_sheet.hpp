// The "Trends" sheet: each indicator's rolling 12-month figure, month by month, the data
// behind the dashboard's trajectory sparklines.
#pragma once

#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "scdash/kpi/model.hpp"

namespace scdash::render {

// Writes one row per indicator, in the model's order. Returns, for each indicator, the range
// of its values for a sparkline ("'Trends'!B2:Y2"), or an empty string when it has fewer than
// two values to draw.
std::vector<std::string> write_trends_sheet(lxw_workbook* workbook,
                                            const kpi::DashboardModel& model);

}  // namespace scdash::render
