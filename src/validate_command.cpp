// scdash validate: every check of a run, and nothing written. The analyst's first step with a
// quarter's returns: each problem is listed at its cell before any dashboard exists.

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "exit_status.hpp"
#include "pipeline.hpp"

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
  po::options_description described("usage: scdash validate RETURNS_DIR [options]\n\noptions");
  described.add_options()("help,h", "show this help");
  add_pipeline_options(described, options);
  const CommandLine line{
      "validate", described, "returns", options.returns, "give the folder of returns to check",
      kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  const auto file_system = core::make_disk_file_system();
  Analysis analysis;
  if (const auto stop = analyse(*file_system, "validate", options, analysis)) {
    return *stop;
  }
  fmt::print("{}\n", summary_line(analysis));
  return core::has_errors(analysis.read.record.diagnostics) ? kDataErrors : kSuccess;
}

}  // namespace scdash::cli
