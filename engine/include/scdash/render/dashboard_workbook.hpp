// The dashboard workbook: the single-page "Dashboard" sheet the board sees, and the sheets
// behind it (Trends, Districts, Sources, About).
#pragma once

#include <string>

#include "scdash/core/expected.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/render/run_record.hpp"

namespace scdash::render {

// Renders the workbook and returns its bytes; the caller writes them atomically. The same
// model always gives the same bytes: document dates come from the reported quarter, not
// the clock. Fails with a message when the workbook library reports an error.
core::Expected<std::string, std::string> render_dashboard_workbook(const kpi::DashboardModel& model,
                                                                   const RunRecord& run);

}  // namespace scdash::render
