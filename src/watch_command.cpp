// scdash watch: reruns the dashboard whenever returns arrive in the folder.

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "commands.hpp"
#include "exit_status.hpp"
#include "pipeline.hpp"
#include "project_file.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "scdash/platform/folder_watcher.hpp"
#include "scdash/platform/interrupts.hpp"

namespace scdash::cli {
namespace {

constexpr const char* kUsage =
    R"(usage: scdash watch [RETURNS_DIR] [--settle SECONDS] [--max-runs N] [run options]

Runs 'scdash run RETURNS_DIR' with the run options given, then again each time a return is
added, changed or removed in RETURNS_DIR (or in its quarter folders), once the files have stopped
changing for --settle seconds (default 2), so that a return still being copied is not read
half-written. Ctrl-C ends it. Every option that 'scdash run' takes is passed to it. Without
RETURNS_DIR, the returns folder of the project file (scdash.yaml) is watched.

options:
  -h [ --help ]         show this help
  --settle SECONDS      how long the folder must stay unchanged before a rerun (default 2)
  --max-runs N          stop after N runs (default: run until Ctrl-C)

example:
  scdash watch returns --out dashboard.xlsx
  scdash watch --quiet     (in a folder with a scdash.yaml, or below one)
)";

struct WatchOptions {
  std::string returns;
  double settle_seconds = 2;
  long max_runs = 0;   // 0: no limit
  Arguments run;       // for run_command: RETURNS_DIR and the run options
  std::string out;     // as the run options give them, or empty
  std::string report;  // the same
  bool quiet = false;
  bool json = false;  // standard output is the runs' JSON: watch's own lines go to standard error
};

int usage_error(std::string_view message) {
  fmt::print(stderr, "scdash watch: {}\n\n{}", message, kUsage);
  return kUsageError;
}

// The value after `arguments[i]`, as a number; nullopt when missing or not a number.
std::optional<double> number_after(const Arguments& arguments, std::size_t i) {
  if (i + 1 >= arguments.size()) {
    return std::nullopt;
  }
  char* end = nullptr;
  const double value = std::strtod(arguments[i + 1].c_str(), &end);
  return end != nullptr && *end == '\0' && !arguments[i + 1].empty() ? std::optional(value)
                                                                     : std::nullopt;
}

}  // namespace

int watch_command(const Arguments& arguments) {
  if (!arguments.empty() && (arguments[0] == "--help" || arguments[0] == "-h")) {
    fmt::print("{}", kUsage);
    return kSuccess;
  }
  WatchOptions options;
  // RETURNS_DIR comes first when given, as the options after it are run's, some with values.
  const bool returns_given = !arguments.empty() && !arguments[0].starts_with("-");
  if (returns_given) {
    options.returns = arguments[0];
  }
  for (std::size_t i = returns_given ? 1 : 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "--settle" || argument == "--max-runs") {
      const bool runs = argument == "--max-runs";
      const auto value = number_after(arguments, i++);
      if (!value || *value < 0 || (runs && (*value < 1 || *value != std::floor(*value)))) {
        return usage_error(fmt::format("{} takes {}", argument,
                                       runs ? "a whole number of runs" : "a number of seconds"));
      }
      if (runs) {
        options.max_runs = static_cast<long>(*value);
      } else {
        options.settle_seconds = *value;
      }
      continue;
    }
    if ((argument == "--out" || argument == "--report") && i + 1 < arguments.size()) {
      (argument == "--out" ? options.out : options.report) = arguments[i + 1];
    }
    options.quiet = options.quiet || argument == "--quiet" || argument == "-q";
    options.json = options.json || argument == "--json";
    options.run.push_back(argument);
  }
  const auto file_system = platform::make_disk_file_system();
  const auto project = load_project(*file_system, "watch");
  if (!project) {
    return project.error();
  }
  options.returns = option_or_project(options.returns, project->returns, "");
  if (options.returns.empty()) {
    return usage_error(missing_returns_message("watch"));
  }
  options.run.insert(options.run.begin(), options.returns);
  std::error_code error;
  if (!std::filesystem::is_directory(options.returns, error)) {
    fmt::print(stderr, "{}: error: no such folder to watch\n", options.returns);
    return kInputOutputError;
  }
  const Outputs outputs = resolve_outputs(options.out, options.report, *project);
  platform::FolderWatcher watcher(
      options.returns, {outputs.dashboard, outputs.report,
                        std::filesystem::path(outputs.dashboard).replace_extension(".pdf")});
  std::FILE* says = options.quiet ? nullptr : options.json ? stderr : stdout;

  const std::atomic<bool>& interrupted = platform::catch_interrupts();
  const auto settle = std::chrono::milliseconds(static_cast<long>(options.settle_seconds * 1000));
  int status = kSuccess;
  for (long runs = 1;; ++runs) {
    watcher.mark_seen();
    status = run_command(options.run);
    if (runs == 1 && status == kUsageError) {
      return status;  // the options or the configuration are wrong: watching cannot help
    }
    if (options.max_runs > 0 && runs >= options.max_runs) {
      return status;
    }
    if (says != nullptr) {
      fmt::print(says, "watching {} for changes (Ctrl-C to stop)\n", options.returns);
      std::fflush(says);
    }
    if (!watcher.wait_for_change(settle, interrupted)) {
      if (says != nullptr) {
        fmt::print(says, "stopped\n");
      }
      return status;
    }
  }
}

}  // namespace scdash::cli
