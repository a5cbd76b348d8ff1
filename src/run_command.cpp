// scdash run: the whole pipeline, from a folder of returns to the dashboard and report.json.

#include <chrono>
#include <ctime>
#include <system_error>

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "exit_status.hpp"
#include "outcome.hpp"
#include "pipeline.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "scdash/platform/libreoffice.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
example:
  scdash run examples/returns --period 2025/26-Q2 --out out/dashboard.xlsx
  scdash run            (in a folder with a scdash.yaml, or below one)
)";

struct RunOptions {
  PipelineOptions pipeline;
  OutputFlags output;
  std::string out;
  std::string report;
  bool strict = false;
  bool pdf = false;
  bool stamp = false;
};

po::options_description describe_options(RunOptions& options) {
  po::options_description described("usage: scdash run [RETURNS_DIR] [options]\n\noptions");
  described.add_options()("help,h", "show this help");
  add_pipeline_options(described, options.pipeline);
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
      "stamp", po::bool_switch(&options.stamp),
      "date the workbook now (by default it is dated the day after the quarter, so the same "
      "returns always give the same bytes)");
  add_output_options(described, options.output, true);
  return described;
}

// The path of the PDF beside the workbook: dashboard.xlsx gives dashboard.pdf.
std::string pdf_path(const RunOptions& options) {
  return std::filesystem::path(options.out).replace_extension(".pdf").string();
}

// The Dashboard sheet alone, printed by LibreOffice; the workbook keeps the template's style.
core::Expected<std::string, std::string> print_pdf(const Analysis& analysis) {
  render::RenderOptions print;
  print.dashboard_only = true;
  const auto workbook = render::render_dashboard_workbook(
      analysis.model, analysis.read.record,
      render::layout_for_libreoffice_print(analysis.configuration.layout), print);
  if (!workbook) {
    return core::unexpected(workbook.error());
  }
  return platform::print_to_pdf(*workbook);
}

// Every output is made in memory first and then written together, so the dashboard, its
// report and its PDF never disagree, and a failure leaves the previous ones as they were.
// A PDF LibreOffice could not print does not hold back the workbook: it is reported after.
// Each file written is named in `done`.
int write_outputs(core::FileSystem& file_system, const RunOptions& options,
                  const Analysis& analysis, std::vector<std::string>& done) {
  const core::RunRecord& record = analysis.read.record;
  render::RenderOptions render_options;
  if (options.stamp) {
    render_options.stamp = std::time(nullptr);
  }
  const auto workbook = render::render_dashboard_workbook(
      analysis.model, record, analysis.configuration.layout, render_options);
  if (!workbook) {
    fmt::print(stderr, "scdash run: cannot make the dashboard: {}; nothing was written\n",
               workbook.error());
    return kInputOutputError;
  }
  const std::string report =
      render::render_report_json(analysis.model, record, analysis.read.observations);
  std::vector<core::FileToWrite> files{{options.out, *workbook}, {options.report, report}};
  const auto pdf =
      options.pdf ? print_pdf(analysis) : core::Expected<std::string, std::string>(std::string());
  if (options.pdf && pdf) {
    files.push_back({pdf_path(options), *pdf});
  }
  if (auto written = file_system.write_all_or_none(files); !written) {
    fmt::print(stderr,
               "{}: error: cannot be written: {}; nothing was written, so the previous dashboard "
               "and report are unchanged\n",
               written.error().path.string(), written.error().reason);
    return kInputOutputError;
  }
  done.push_back(options.out);
  if (options.pdf && pdf) {
    done.push_back(pdf_path(options));
  }
  done.push_back(options.report);
  if (!pdf) {
    fmt::print(
        stderr,
        "{}: error: cannot print the dashboard to PDF: {} (the workbook and report were written)\n",
        pdf_path(options), pdf.error());
    return kInputOutputError;
  }
  return kSuccess;
}

// The folders of the outputs the project file names, made when missing: the project file is
// the team's own layout, so a fresh copy of the working folder runs at once. A folder named on
// the command line must exist, as a mistyped one is more likely than a new one.
int make_project_output_folders(const RunOptions& options, const Project& project) {
  for (const auto& [output, named] :
       {std::pair(options.out, project.dashboard), std::pair(options.report, project.report)}) {
    const std::filesystem::path folder = std::filesystem::path(output).parent_path();
    std::error_code error;
    if (output != named || folder.empty() || std::filesystem::is_directory(folder, error)) {
      continue;
    }
    if (std::filesystem::create_directories(folder, error); error) {
      fmt::print(stderr, "{}: error: cannot make the folder for {}: {}\n", project.file.string(),
                 output, error.message());
      return kInputOutputError;
    }
  }
  return kSuccess;
}

}  // namespace

int run_command(const Arguments& arguments) {
  RunOptions options;
  po::options_description described = describe_options(options);
  const CommandLine line{"run", described, "returns", options.pipeline.returns, "", kExample};
  po::variables_map values;
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
  complete_pipeline_options(options.pipeline, *project);
  if (options.pipeline.returns.empty()) {
    return usage_error(line, missing_returns_message("read"));
  }
  const Outputs outputs = resolve_outputs(options.out, options.report, *project);
  options.out = outputs.dashboard;
  options.report = outputs.report;

  Analysis analysis;
  if (const auto stop = analyse(*file_system, "run", options.pipeline, *style, analysis)) {
    return report_outcome("run", *style, *stop, analysis, {});
  }
  const std::size_t errors = core::count_errors(analysis.read.record.diagnostics);
  if (options.strict && errors > 0) {
    fmt::print(stderr,
               "scdash run: --strict: {} error(s) remain, so neither {} nor {} was written\n",
               errors, options.out, options.report);
    return report_outcome("run", *style, kDataErrors, analysis, {});
  }
  std::vector<std::string> written;
  const auto writing = std::chrono::steady_clock::now();
  int status = make_project_output_folders(options, *project);
  if (status == kSuccess) {
    status = write_outputs(*file_system, options, analysis, written);
  }
  analysis.timings.emplace_back(
      "writing", std::chrono::duration<double>(std::chrono::steady_clock::now() - writing).count());
  if (status == kSuccess && errors > 0) {
    status = kDataErrors;
  }
  return report_outcome("run", *style, status, analysis, written);
}

}  // namespace scdash::cli
