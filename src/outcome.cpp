#include "outcome.hpp"

#include <fmt/format.h>

#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "json_output.hpp"
#include "scdash/run/summary.hpp"
#include "terminal_text.hpp"

namespace scdash::cli {

std::optional<int> report_diagnostics_and_stop(std::string_view command, const OutputStyle& style,
                                               const run::RunResult& result) {
  const core::Diagnostics& diagnostics = result.record.diagnostics;
  if (!style.json) {
    print_diagnostics(stderr, diagnostics, least_shown(style.verbosity));
  }
  switch (result.stop) {
    case run::Stop::none:
    case run::Stop::strict_errors:
      return std::nullopt;
    case run::Stop::outputs_over_inputs:
      fmt::print(stderr,
                 "scdash {}: an output would replace an input or another output; nothing was "
                 "read or written\n",
                 command);
      return kUsageError;
    case run::Stop::configuration_unreadable:
      fmt::print(stderr, "scdash: the configuration could not be read; nothing was read\n");
      return kInputOutputError;
    case run::Stop::configuration_errors:
      fmt::print(stderr, "scdash: the configuration has errors; nothing was read\n");
      return kUsageError;
    case run::Stop::returns_folder_unreadable:
      return kInputOutputError;  // its diagnostic says so
    case run::Stop::return_unreadable:
      fmt::print(stderr,
                 "scdash {}: {} return(s) could not be read; nothing was written, so the "
                 "previous dashboard is unchanged\n",
                 command, core::count_unreadable(diagnostics));
      return kInputOutputError;
    case run::Stop::no_quarter:
      fmt::print(stderr,
                 "scdash {}: no figures were read, so there is no quarter to report; give "
                 "--period\n",
                 command);
      return kDataErrors;
    case run::Stop::rendering_failed:
      fmt::print(stderr, "scdash {}: cannot make the dashboard: {}; nothing was written\n", command,
                 result.failure);
      return kInputOutputError;
  }
  return std::nullopt;
}

int report_outcome(std::string_view command, const OutputStyle& style, int status,
                   const run::RunResult& result, const std::vector<std::string>& written) {
  if (style.json) {
    fmt::print("{}", result_json(command, status, result, written));
    return status;
  }
  if (style.verbosity == Verbosity::verbose && !result.timings.empty()) {
    fmt::print(stderr, "{}\n", timings_line(result));
  }
  if (style.verbosity == Verbosity::quiet || !result.computed || status == kInputOutputError) {
    return status;
  }
  fmt::print("{}\n", summary_line(result));
  for (const auto& path : written) {
    fmt::print("wrote {}\n", terminal_safe(path));
  }
  return status;
}

std::string summary_line(const run::RunResult& result) {
  const run::Summary summary = run::summarise(result);
  return fmt::format(
      "{} {}: read {} of {} file(s) in the folder, {} reported{}; {} non-empty cell(s) in mapped "
      "regions: {} read, {} with problems, {} left out by 'where'; {} figure(s), {} rejected; "
      "{} error(s), {} warning(s)",
      result.model.title, result.model.quarter.label(), summary.files_read, summary.files,
      summary.files_reported,
      summary.files_unaccounted > 0 ? fmt::format(", {} unaccounted for", summary.files_unaccounted)
                                    : "",
      summary.cells.non_empty, summary.cells.used, summary.cells.reported, summary.cells.excluded,
      summary.figures, summary.rejected, summary.errors, summary.warnings);
}

std::string timings_line(const run::RunResult& result) {
  std::vector<std::string> stages;
  double total = 0;
  for (const auto& [stage, seconds] : result.timings) {
    stages.push_back(fmt::format("{} {:.3f} s", run::stage_name(stage), seconds));
    total += seconds;
  }
  return fmt::format("timings: {}; total {:.3f} s", fmt::join(stages, ", "), total);
}

}  // namespace scdash::cli
