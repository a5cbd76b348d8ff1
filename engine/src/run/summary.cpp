#include "scdash/run/summary.hpp"

#include <algorithm>

#include "scdash/core/report_shapes.hpp"

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

void write_summary(core::JsonWriter& json, const Summary& summary) {
  json.begin_object();
  json.key("files");
  json.begin_object();
  json.key("in_folder");
  json.value(summary.files);
  json.key("read");
  json.value(summary.files_read);
  json.key("reported");
  json.value(summary.files_reported);
  json.key("unaccounted");
  json.value(summary.files_unaccounted);
  json.end_object();
  json.key("cells");
  core::write_cell_account(json, summary.cells);
  json.key("figures");
  json.value(summary.figures);
  json.key("rejected");
  json.value(summary.rejected);
  json.key("errors");
  json.value(summary.errors);
  json.key("warnings");
  json.value(summary.warnings);
  json.end_object();
}

void write_overview(core::JsonWriter& json, const RunResult& result) {
  json.key("title");
  result.computed ? json.value(result.model.title) : json.null();
  json.key("quarter");
  result.computed ? json.value(result.model.quarter.label()) : json.null();
  json.key("summary");
  if (result.computed) {
    write_summary(json, summarise(result));
  } else {
    json.null();
  }
}

}  // namespace scdash::run
