#include "scdash/run/summary.hpp"

#include <algorithm>

namespace scdash::run {

Summary summarise(const RunResult& result) {
  const core::RunRecord& record = result.record;
  const auto& observations = result.read.observations;
  Summary summary;
  summary.files = record.folder.files;
  summary.files_read = record.folder.read;
  summary.files_reported = record.folder.reported;
  summary.files_unaccounted = record.folder.unaccounted;
  summary.cells = record.cells();
  summary.figures = observations.size();
  summary.rejected = static_cast<std::size_t>(
      std::count_if(observations.begin(), observations.end(),
                    [](const core::Observation& o) { return o.rejected_because.has_value(); }));
  summary.errors = core::count_errors(record.diagnostics);
  summary.warnings = static_cast<std::size_t>(std::count_if(
      record.diagnostics.begin(), record.diagnostics.end(),
      [](const core::Diagnostic& d) { return d.severity == core::Severity::warning; }));
  return summary;
}

}  // namespace scdash::run
