// The whole job as one call: from a folder of returns to the dashboard's bytes.
//
// run() loads the configuration, reads and maps every return, accounts for every file and cell,
// validates, computes the dashboard and renders its outputs in memory; write_outputs() then
// writes them all or none. No output is written by run() and nothing is printed: what happens is
// reported to a Progress, and the result holds the model, every diagnostic, the accounting and
// the outputs' bytes, so that the command line writes them to disk and the page offers them as
// downloads. The file system is given, so the same call reads a disk or files held in memory.
//
//   RunRequest request;
//   request.configuration = {"mappings", "workbook-templates/safer-communities"};
//   request.returns = "returns";
//   request.outputs = OutputPaths{"out/dashboard.xlsx", "out/report.json"};
//   RunResult result = scdash::run::run(disk, request, progress);
//   if (result.stop == Stop::none && !scdash::run::write_outputs(disk, result)) { ... }
#pragma once

#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/core/run_record.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/run/configuration.hpp"
#include "scdash/run/progress.hpp"

namespace scdash::run {

struct ReadReturns {
  std::vector<core::Observation> observations;  // a later quarter's drop superseding an earlier's
  // The latest quarter folder of an archive of drops: the quarter to report by default.
  std::optional<core::FinancialQuarter> latest_drop;
};

// Prints a workbook to PDF (LibreOffice, on the command line), tagged in the workbook's
// language (a BCP 47 tag such as "en-GB"): the PDF's bytes, or why not.
using PdfPrinter = std::function<core::Expected<std::string, std::string>(
    const std::string& workbook, const std::string& language)>;

// The outputs to make, and where they are to be written.
struct OutputPaths {
  std::filesystem::path dashboard;  // dashboard.xlsx
  std::filesystem::path report;     // report.json
  // Also the Dashboard sheet as a PDF for the board paper, printed by `print_pdf`.
  std::filesystem::path pdf = {};
  PdfPrinter print_pdf = {};
  // Also the board report's draft (board-report.docx), its Markdown beside it (the same name
  // ending .md), and the draft's statements in report.json.
  std::filesystem::path board_report = {};
  // Also the published copy (dashboard-published.xlsx), its small numbers withheld
  // (kpi/suppression.hpp), with the published copy of the board report and of the PDF when
  // those are asked for; the workbook then gains a Suppression sheet saying what was withheld.
  std::filesystem::path published = {};

  std::filesystem::path board_report_markdown() const {
    return std::filesystem::path(board_report).replace_extension(".md");
  }
};

// An output's published copy, beside it: "out/board-report.docx" gives
// "out/board-report-published.docx"; empty for empty.
std::filesystem::path published_path(const std::filesystem::path& output);

struct RunRequest {
  ConfigurationPaths configuration;
  std::filesystem::path returns;  // the returns folder: one quarter's drop, or an archive of them
  // The quarter to report; unset, the latest quarter folder's, or else the latest complete
  // quarter in the figures read.
  std::optional<core::FinancialQuarter> quarter;
  // Unset, the job stops once the dashboard is computed (`scdash validate`).
  std::optional<OutputPaths> outputs;
  // Nothing is rendered while any error remains.
  bool strict = false;
  // The workbook's creation time; unset, the day after the quarter, so that the same inputs
  // give the same bytes.
  std::optional<std::time_t> stamp;
};

// Why a job stopped before its end; each leaves the previous outputs as they were.
enum class Stop {
  none,                       // it ran to the end
  outputs_over_inputs,        // an output would replace an input, or another output
  configuration_unreadable,   // a mapping, template or reference file could not be read
  configuration_errors,       // one has mistakes: nothing was read
  returns_folder_unreadable,  // the returns folder could not be listed
  return_unreadable,          // a return vanished or changed while it was read
  no_quarter,                 // no figures were read and no quarter was asked for
  strict_errors,              // errors remain and the request is strict: nothing was rendered
  rendering_failed,           // the workbook library failed (the result's `failure` says how)
};

// "none", "outputs_over_inputs", ...: the stop as a front end that is not C++ names it (the page).
std::string_view stop_name(Stop stop);

// An output made in memory, to be written to `path`.
struct Output {
  std::filesystem::path path;
  std::string bytes;
};

// How long a stage took.
struct StageTime {
  Stage stage = Stage::configuration;
  double seconds = 0;
};

struct RunResult {
  RunResult() = default;
  // The model points into the configuration's catalogue: a result may move, never be copied.
  RunResult(RunResult&&) = default;
  RunResult& operator=(RunResult&&) = default;
  RunResult(const RunResult&) = delete;
  RunResult& operator=(const RunResult&) = delete;

  Stop stop = Stop::none;
  std::string failure;  // rendering_failed: the workbook library's message
  Configuration configuration;
  ReadReturns read;
  // The returns and configuration files read, the accounting, and every diagnostic.
  core::RunRecord record;
  std::optional<core::FinancialQuarter> quarter;
  kpi::DashboardModel model;  // set once `computed`
  bool computed = false;
  // The dashboard, the report, the PDF when one was printed, and the board report when asked.
  std::vector<Output> outputs;
  std::string pdf_failure;  // why the PDF asked for could not be printed
  std::vector<StageTime> timings;
};

RunResult run(core::FileSystem& file_system, const RunRequest& request, Progress& progress);

// Writes the result's outputs all or none: a failure leaves every previous output intact. The
// time it took is added to the result's timings.
core::Expected<void, core::WriteFailure> write_outputs(core::FileSystem& file_system,
                                                       RunResult& result);

}  // namespace scdash::run
