// scdash validate: every check of a run, and nothing written. The analyst's first step with a
// quarter's returns: each problem is listed at its cell before any dashboard exists.

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "exit_status.hpp"
#include "job_options.hpp"
#include "outcome.hpp"
#include "progress_line.hpp"
#include "project_file.hpp"
#include "scdash/platform/disk_file_system.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
Reads, maps, validates and computes exactly as 'scdash run' does, then stops: no workbook and
no report.json are written. Diagnostics go to standard error, the summary to standard output.

example:
  scdash validate returns/2025-26-Q2 --period 2025/26-Q2
)";

}  // namespace

int validate_command(const Arguments& arguments) {
  JobOptions options;
  OutputFlags flags;
  po::options_description described("usage: scdash validate [RETURNS_DIR] [options]\n\noptions");
  described.add_options()("help,h", "show this help");
  add_job_options(described, options);
  add_output_options(described, flags, true);
  const CommandLine line{"validate", described, "returns", options.returns, "", kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  const auto style = output_style(flags);
  if (!style) {
    return usage_error(line, style.error());
  }
  const auto file_system = platform::make_disk_file_system();
  const auto project = load_project(*file_system, "validate");
  if (!project) {
    return project.error();
  }
  complete_job_options(options, *project);
  if (options.returns.empty()) {
    return usage_error(line, missing_returns_message("check"));
  }
  const auto request = job_request(options);
  if (!request) {
    fmt::print(stderr, "scdash validate: {}\n", request.error());
    return report_outcome("validate", *style, kUsageError, {}, {});
  }
  ProgressLine progress(style->verbosity != Verbosity::quiet);
  const run::RunResult result = run::run(*file_system, *request, progress);
  const auto stop = report_diagnostics_and_stop("validate", *style, result);
  const int status = stop                                          ? *stop
                     : core::has_errors(result.record.diagnostics) ? kDataErrors
                                                                   : kSuccess;
  return report_outcome("validate", *style, status, result, {});
}

}  // namespace scdash::cli
