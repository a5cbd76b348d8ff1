// The sheets behind the Dashboard: district figures in long form, the inputs, the run.
#pragma once

#include <xlsxwriter.h>

#include "scdash/core/run_record.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/kpi/suppression.hpp"

namespace scdash::render {

// "Districts": every district figure with its 95% interval and its comparison with the
// headline area, one row each.
void write_districts_sheet(lxw_workbook* workbook, const kpi::DashboardModel& model);

// "Sources": every return read, the mapping that read it and how many figures it gave, then
// the configuration read; each file with its SHA-256.
void write_sources_sheet(lxw_workbook* workbook, const core::RunRecord& run);

// "Suppression": each figure a published copy withholds, the rule that withheld it, and the
// count it rests on; for the BI team, never published.
void write_suppression_sheet(lxw_workbook* workbook,
                             const std::vector<kpi::SuppressionDecision>& decisions);

// "About": what made the workbook, for which quarter, from what. A `published` copy, which has
// no Data quality sheet, says where its problems are listed instead.
void write_about_sheet(lxw_workbook* workbook, const kpi::DashboardModel& model,
                       const core::RunRecord& run, bool published);

}  // namespace scdash::render
