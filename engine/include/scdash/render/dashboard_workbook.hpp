// The dashboard workbook: the single-page "Dashboard" sheet the board sees, and the sheets
// behind it (Trends, Districts, Sources, About).
//
//   const auto bytes = scdash::render::render_dashboard_workbook(model, record, layout, {});
//   if (bytes) { disk.write_atomically("out/dashboard.xlsx", *bytes); }
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "scdash/core/expected.hpp"
#include "scdash/core/run_record.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/kpi/suppression.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::render {

struct RenderOptions {
  // The document's creation time. Unset, it is the day after the reported quarter, so that
  // the same inputs give the same bytes; `scdash run --stamp` sets it to now.
  std::optional<std::time_t> stamp;
  // The copy LibreOffice prints (scdash run --pdf): every sheet but the Dashboard hidden, so
  // that printing the workbook prints the one page, and the trajectories drawn as charts, since
  // LibreOffice prints of a line sparkline only its marked points (trajectory_charts.hpp).
  bool for_print = false;
  // The copy to publish, made from a model with its small numbers withheld (kpi/suppression.hpp):
  // marked in the GSS shorthand, and without the Data quality sheet, whose messages quote the
  // returns' cells.
  bool published = false;
  // The internal copy of a run that publishes: its "Suppression" sheet lists each figure the
  // published copy withholds, and why.
  std::optional<std::vector<kpi::SuppressionDecision>> suppression_log = std::nullopt;
};

// The time the documents of a quarter are dated when no stamp is given: the first day after it,
// so that the same inputs give byte-identical files.
std::time_t document_time(const core::FinancialQuarter& quarter);

// Renders the workbook as `layout` says and returns its bytes; the caller writes them
// atomically. Fails with a message when the workbook library reports an error.
core::Expected<std::string, std::string> render_dashboard_workbook(const kpi::DashboardModel& model,
                                                                   const core::RunRecord& run,
                                                                   const templates::Layout& layout,
                                                                   const RenderOptions& options);

}  // namespace scdash::render
