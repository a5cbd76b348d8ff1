// scdash run: the whole pipeline, from a folder of returns to the dashboard and report.json.

#include <ctime>

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "exit_status.hpp"
#include "pdf_export.hpp"
#include "pipeline.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
example:
  scdash run examples/returns --period 2025/26-Q2 --out out/dashboard.xlsx
)";

struct RunOptions {
  PipelineOptions pipeline;
  std::string out;
  std::string report;
  bool strict = false;
  bool pdf = false;
  bool stamp = false;
};

po::options_description describe_options(RunOptions& options) {
  po::options_description described("usage: scdash run RETURNS_DIR [options]\n\noptions");
  described.add_options()("help,h", "show this help");
  add_pipeline_options(described, options.pipeline);
  described.add_options()("out", po::value(&options.out)->default_value("dashboard.xlsx"),
                          "dashboard workbook to write")(
      "report", po::value(&options.report),
      "report.json to write (default: report.json beside the dashboard)")(
      "strict", po::bool_switch(&options.strict),
      "write nothing while any error remains, rather than a dashboard with n/a figures")(
      "pdf", po::bool_switch(&options.pdf),
      "also print the Dashboard sheet to a PDF beside the workbook, for the board paper "
      "(needs LibreOffice)")(
      "stamp", po::bool_switch(&options.stamp),
      "date the workbook now (by default it is dated the day after the quarter, so the same "
      "returns always give the same bytes)");
  return described;
}

// The path of the PDF beside the workbook: dashboard.xlsx gives dashboard.pdf.
std::string pdf_path(const RunOptions& options) {
  return std::filesystem::path(options.out).replace_extension(".pdf").string();
}

// The Dashboard sheet alone, printed by LibreOffice.
core::Expected<std::string, std::string> print_pdf(const Analysis& analysis) {
  render::RenderOptions print;
  print.dashboard_only = true;
  const auto workbook = render::render_dashboard_workbook(analysis.model, analysis.read.record,
                                                          analysis.configuration.layout, print);
  if (!workbook) {
    return core::unexpected(workbook.error());
  }
  return print_to_pdf(*workbook);
}

// Every output is made in memory first and then written together, so the dashboard, its
// report and its PDF never disagree, and a failure leaves the previous ones as they were.
// A PDF LibreOffice could not print does not hold back the workbook: it is reported after.
int write_outputs(core::FileSystem& file_system, const RunOptions& options,
                  const Analysis& analysis) {
  const render::RunRecord& record = analysis.read.record;
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
  if (!pdf) {
    fmt::print(
        stderr,
        "{}: error: cannot print the dashboard to PDF: {} (the workbook and report were written)\n",
        pdf_path(options), pdf.error());
    return kInputOutputError;
  }
  return kSuccess;
}

}  // namespace

int run_command(const Arguments& arguments) {
  RunOptions options;
  po::options_description described = describe_options(options);
  const CommandLine line{
      "run",   described, "returns", options.pipeline.returns, "give the folder of returns to read",
      kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  if (options.report.empty()) {
    options.report = (std::filesystem::path(options.out).parent_path() / "report.json").string();
  }

  const auto file_system = core::make_disk_file_system();
  Analysis analysis;
  if (const auto stop = analyse(*file_system, "run", options.pipeline, analysis)) {
    return *stop;
  }
  const std::size_t errors = core::count_errors(analysis.read.record.diagnostics);
  if (options.strict && errors > 0) {
    fmt::print("{}\n", summary_line(analysis));
    fmt::print(stderr,
               "scdash run: --strict: {} error(s) remain, so neither {} nor {} was written\n",
               errors, options.out, options.report);
    return kDataErrors;
  }
  if (const int status = write_outputs(*file_system, options, analysis); status != kSuccess) {
    return status;
  }
  fmt::print("{}\n", summary_line(analysis));
  fmt::print("wrote {}\n", options.out);
  if (options.pdf) {
    fmt::print("wrote {}\n", pdf_path(options));
  }
  fmt::print("wrote {}\n", options.report);
  return errors > 0 ? kDataErrors : kSuccess;
}

}  // namespace scdash::cli
