// report.json: every figure, how it was computed and from which cells, for machines and audit.
#pragma once

#include <string>

#include "scdash/kpi/model.hpp"
#include "scdash/render/run_record.hpp"

namespace scdash::render {

std::string render_report_json(const kpi::DashboardModel& model, const RunRecord& run);

}  // namespace scdash::render
