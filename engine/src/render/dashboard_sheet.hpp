// The "Dashboard" sheet: the one page the board reads, laid out as the BI team's format.
#pragma once

#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "render/sparklines.hpp"
#include "scdash/kpi/model.hpp"

namespace scdash::render {

// Where things are on the Dashboard sheet; the sheets that point into it use these too.
enum Column : lxw_col_t {
  kOutcome,
  kOverallRag,
  kIndicator,
  kPrevious,
  kCurrent,
  kChange,
  kDirection,
  kProgressRag,
  kTrajectory,
  kNearestNeighbour,
  kCountyComparison,
  kFirstDistrict,
};

inline constexpr lxw_row_t kTitleRow = 0;
inline constexpr lxw_row_t kSubtitleRow = 1;
inline constexpr lxw_row_t kHeaderRow = 3;
inline constexpr lxw_row_t kFirstDataRow = 4;

// Fills `sheet` with the title, the table of outcomes and indicators, the district columns
// and the key, with notes on every figure and conditional formats for the RAG columns.
// `trend_ranges` gives, per indicator in the model's order, its row on the Trends sheet.
// Returns the trajectory sparklines to add once the workbook is closed.
std::vector<Sparkline> write_dashboard_sheet(lxw_workbook* workbook, lxw_worksheet* sheet,
                                             const kpi::DashboardModel& model,
                                             const std::vector<std::string>& trend_ranges);

}  // namespace scdash::render
