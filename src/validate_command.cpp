// scdash validate: every check of a run, and nothing written. The analyst's first step with a
// quarter's returns: each problem is listed at its cell before any dashboard exists.

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "exit_status.hpp"
#include "outcome.hpp"
#include "pipeline.hpp"
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
  PipelineOptions options;
  OutputFlags flags;
  po::options_description described("usage: scdash validate [RETURNS_DIR] [options]\n\noptions");
  described.add_options()("help,h", "show this help");
  add_pipeline_options(described, options);
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
  complete_pipeline_options(options, *project);
  if (options.returns.empty()) {
    return usage_error(line, missing_returns_message("check"));
  }
  Analysis analysis;
  const auto stop = analyse(*file_system, "validate", options, *style, analysis);
  const int status = stop                                                 ? *stop
                     : core::has_errors(analysis.read.record.diagnostics) ? kDataErrors
                                                                          : kSuccess;
  return report_outcome("validate", *style, status, analysis, {});
}

}  // namespace scdash::cli
