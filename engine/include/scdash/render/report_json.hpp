// report.json: every figure, how it was computed and from which cells, for machines and audit.
//
//   const std::string json =
//       scdash::render::render_report_json(result.model, result.record, result.read.observations);
#pragma once

#include <string>
#include <vector>

#include "scdash/core/observation.hpp"
#include "scdash/core/run_record.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/render/narrative.hpp"

namespace scdash::render {

// Every figure of the model with how it was computed; the run's inputs with their SHA-256 and
// the accounting of files and cells; every diagnostic; and every observation read, with the
// cell and mapping line it came from and whether it was used. With the board report's draft,
// also each of its statements with its rule and its figures' cells.
std::string render_report_json(const kpi::DashboardModel& model, const core::RunRecord& run,
                               const std::vector<core::Observation>& observations,
                               const Narrative* narrative = nullptr);

}  // namespace scdash::render
