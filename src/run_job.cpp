#include "run_job.hpp"

#include <ctime>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "exit_status.hpp"
#include "outcome.hpp"
#include "progress_line.hpp"
#include "scdash/platform/libreoffice.hpp"

namespace scdash::cli {
namespace {

namespace fs = std::filesystem;

// The path of the PDF beside the workbook: dashboard.xlsx gives dashboard.pdf.
fs::path pdf_path(const RunOptions& options) {
  return fs::path(options.out).replace_extension(".pdf");
}

// The board report's draft beside the workbook: board-report.docx, and board-report.md.
fs::path board_report_path(const RunOptions& options) {
  return fs::path(options.out).parent_path() / run::kBoardReportName;
}

// The outputs' folders, made when missing, whether the project file or the command line names
// them: a run into a new folder ("--out q3/dashboard.xlsx") should not fail for want of it.
int make_output_folders(const RunOptions& options) {
  for (const std::string& output : {options.out, options.report}) {
    const fs::path folder = fs::path(output).parent_path();
    std::error_code error;
    if (folder.empty() || fs::is_directory(folder, error)) {
      continue;
    }
    if (fs::create_directories(folder, error); error) {
      fmt::print(stderr, "{}: error: cannot make the folder for {}: {}\n", folder.string(), output,
                 error.message());
      return kInputOutputError;
    }
  }
  return kSuccess;
}

// Writes the outputs together, naming each written in `written`; a PDF LibreOffice could not
// print does not hold back the workbook, and is reported after.
int write(core::FileSystem& file_system, const RunOptions& options, run::RunResult& result,
          std::vector<std::string>& written) {
  if (auto failed = run::write_outputs(file_system, result); !failed) {
    fmt::print(stderr,
               "{}: error: cannot be written: {}; nothing was written, so the previous dashboard "
               "and report are unchanged\n",
               failed.error().path.string(), failed.error().reason);
    return kInputOutputError;
  }
  for (const auto& output : result.outputs) {
    written.push_back(output.path.string());
  }
  if (!result.pdf_failure.empty()) {
    fmt::print(
        stderr,
        "{}: error: cannot print the dashboard to PDF: {} (the workbook and report were written)\n",
        pdf_path(options).string(), result.pdf_failure);
    return kInputOutputError;
  }
  return kSuccess;
}

}  // namespace

void add_run_options(boost::program_options::options_description& described, RunOptions& options) {
  namespace po = boost::program_options;
  add_job_options(described, options.job);
  described.add_options()(
      "out", po::value(&options.out),
      "dashboard workbook to write (default: the project file's, or else dashboard.xlsx)")(
      "report", po::value(&options.report),
      "report.json to write (default: the project file's unless --out is given, or else "
      "report.json beside the dashboard)")(
      "strict", po::bool_switch(&options.strict),
      "write nothing while any error remains, rather than a dashboard with n/a figures")(
      "pdf", po::bool_switch(&options.pdf),
      "also print the Dashboard sheet to a PDF beside the workbook, for the board paper "
      "(needs LibreOffice)")(
      "narrative", po::bool_switch(&options.narrative),
      "also draft the board report from the figures: board-report.docx and board-report.md "
      "beside the workbook, and each statement with its rule in report.json")(
      "publish", po::bool_switch(&options.publish),
      "also write the copy to publish beside each output (dashboard-published.xlsx, and the "
      "board report's and the PDF's when asked for), its small numbers withheld as [c]; the "
      "workbook gains a Suppression sheet listing each figure withheld")(
      "stamp", po::bool_switch(&options.stamp),
      "date the workbook now (by default it is dated the day after the quarter, so the same "
      "returns always give the same bytes)");
}

void complete_run_options(RunOptions& options, const run::Project& project) {
  complete_job_options(options.job, project);
  const run::Outputs outputs = run::resolve_outputs(options.out, options.report, project);
  options.out = outputs.dashboard;
  options.report = outputs.report;
  options.narrative = options.narrative || project.narrative;
  options.publish = options.publish || project.publish;
}

int run_job(core::FileSystem& file_system, const RunOptions& options, const OutputStyle& style) {
  auto request = job_request(options.job);
  if (!request) {
    fmt::print(stderr, "scdash run: {}\n", request.error());
    return report_outcome("run", style, kUsageError, {}, {});
  }
  run::OutputPaths outputs{options.out, options.report};
  if (options.pdf) {
    outputs.pdf = pdf_path(options);
    outputs.print_pdf = platform::print_to_pdf;
  }
  if (options.narrative) {
    outputs.board_report = board_report_path(options);
  }
  if (options.publish) {
    outputs.published = run::published_path(options.out);
  }
  request->outputs = outputs;
  request->strict = options.strict;
  if (options.stamp) {
    request->stamp = std::time(nullptr);
  }
  ProgressLine progress(style.verbosity != Verbosity::quiet);
  run::RunResult result = run::run(file_system, *request, progress);
  if (const auto stop = report_diagnostics_and_stop("run", style, result)) {
    return report_outcome("run", style, *stop, result, {});
  }
  const std::size_t errors = core::count_errors(result.record.diagnostics);
  if (result.stop == run::Stop::strict_errors) {
    fmt::print(stderr,
               "scdash run: --strict: {} error(s) remain, so neither {} nor {} was written\n",
               errors, options.out, options.report);
    return report_outcome("run", style, kDataErrors, result, {});
  }
  std::vector<std::string> written;
  int status = make_output_folders(options);
  if (status == kSuccess) {
    status = write(file_system, options, result, written);
  }
  if (status == kSuccess && errors > 0) {
    status = kDataErrors;
  }
  return report_outcome("run", style, status, result, written);
}

}  // namespace scdash::cli
