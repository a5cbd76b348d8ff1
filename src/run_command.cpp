// scdash run: the whole job, from a folder of returns to the dashboard and report.json.

#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "project_file.hpp"
#include "run_job.hpp"
#include "scdash/platform/disk_file_system.hpp"

namespace scdash::cli {
namespace {

constexpr const char* kExample = R"(
example:
  scdash run examples/returns --period 2025/26-Q2 --out out/dashboard.xlsx
  scdash run            (in a folder with a scdash.yaml, or below one)
)";

}  // namespace

int run_command(const Arguments& arguments) {
  RunOptions options;
  boost::program_options::options_description described(
      "usage: scdash run [RETURNS_DIR] [options]\n\noptions");
  described.add_options()("help,h", "show this help");
  add_run_options(described, options);
  add_output_options(described, options.output, true);
  const CommandLine line{"run", described, "returns", options.job.returns, "", kExample};
  boost::program_options::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  const auto style = output_style(options.output);
  if (!style) {
    return usage_error(line, style.error());
  }
  const auto file_system = platform::make_disk_file_system();
  const auto project = load_project(*file_system, "run");
  if (!project) {
    return project.error();
  }
  complete_run_options(options, *project);
  if (options.job.returns.empty()) {
    return usage_error(line, missing_returns_message("read"));
  }
  return run_job(*file_system, options, *style);
}

}  // namespace scdash::cli
