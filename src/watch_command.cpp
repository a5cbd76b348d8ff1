// scdash watch: reruns the dashboard whenever returns arrive in the folder.

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "exit_status.hpp"
#include "project_file.hpp"
#include "run_job.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "scdash/platform/folder_watcher.hpp"
#include "scdash/platform/interrupts.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
Runs as 'scdash run RETURNS_DIR' does with the same options, then again each time a return is
added, changed or removed in RETURNS_DIR (or in its quarter folders), once the files have stopped
changing for --settle seconds, so that a return still being copied is not read half-written.
Ctrl-C ends it. Without RETURNS_DIR, the returns folder of the project file (scdash.yaml) is
watched.

example:
  scdash watch returns --out dashboard.xlsx
  scdash watch --quiet     (in a folder with a scdash.yaml, or below one)
)";

struct WatchOptions {
  RunOptions run;
  double settle_seconds = 2;
  long max_runs = 0;  // 0: no limit
};

po::options_description describe_options(WatchOptions& options) {
  po::options_description described("usage: scdash watch [RETURNS_DIR] [options]\n\noptions");
  described.add_options()("help,h", "show this help")(
      "settle", po::value(&options.settle_seconds)->default_value(2),
      "how many seconds the folder must stay unchanged before a rerun")(
      "max-runs", po::value(&options.max_runs),
      "stop after this many runs (default: run until Ctrl-C)");
  add_run_options(described, options.run);
  add_output_options(described, options.run.output, true);
  return described;
}

}  // namespace

int watch_command(const Arguments& arguments) {
  WatchOptions options;
  const po::options_description described = describe_options(options);
  const CommandLine line{"watch", described, "returns", options.run.job.returns, "", kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  if (options.settle_seconds < 0) {
    return usage_error(line, "--settle takes a number of seconds");
  }
  if (values.count("max-runs") && options.max_runs < 1) {
    return usage_error(line, "--max-runs takes a whole number of runs");
  }
  const auto style = output_style(options.run.output);
  if (!style) {
    return usage_error(line, style.error());
  }
  const auto file_system = platform::make_disk_file_system();
  const auto project = load_project(*file_system, "watch");
  if (!project) {
    return project.error();
  }
  complete_run_options(options.run, *project);
  const std::string& returns = options.run.job.returns;
  if (returns.empty()) {
    return usage_error(line, missing_returns_message("watch"));
  }
  std::error_code error;
  if (!std::filesystem::is_directory(returns, error)) {
    fmt::print(stderr, "{}: error: no such folder to watch\n", returns);
    return kInputOutputError;
  }
  platform::FolderWatcher watcher(returns);
  std::FILE* says = style->verbosity == Verbosity::quiet ? nullptr : style->json ? stderr : stdout;
  const std::atomic<bool>& interrupted = platform::catch_interrupts();
  const auto settle = std::chrono::milliseconds(static_cast<long>(options.settle_seconds * 1000));
  const auto stopped = [says](int status) {
    if (says != nullptr) {
      fmt::print(says, "stopped\n");
    }
    return status;
  };
  if (!watcher.wait_until_settled(settle, interrupted)) {
    return stopped(kSuccess);  // before the first run
  }
  for (long runs = 1;; ++runs) {
    watcher.mark_seen();
    const int status = run_job(*file_system, options.run, *style);
    if (runs == 1 && status == kUsageError) {
      return status;  // the options or the configuration are wrong: watching cannot help
    }
    if (options.max_runs > 0 && runs >= options.max_runs) {
      return status;
    }
    if (says != nullptr) {
      fmt::print(says, "watching {} for changes (Ctrl-C to stop)\n", returns);
      std::fflush(says);
    }
    if (!watcher.wait_for_change(settle, interrupted)) {
      return stopped(status);
    }
  }
}

}  // namespace scdash::cli
