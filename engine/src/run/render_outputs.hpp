// The outputs of a run, made in memory: the workbook, report.json and, when asked for, the
// board report's draft and the PDF; and for a run that publishes, the published copy of each
// (its small numbers withheld, kpi/suppression.hpp) beside them.
#pragma once

#include "scdash/run/job.hpp"

namespace scdash::run {

// Adds the outputs to `result.outputs`; a failure of the workbook library stops the result
// (rendering_failed), and a PDF that cannot be printed is only reported (pdf_failure).
void render_outputs(const OutputPaths& paths, const RunRequest& request, RunResult& result);

}  // namespace scdash::run
