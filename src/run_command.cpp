// scdash run: the whole pipeline, from a folder of returns to the dashboard and report.json.

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "pipeline.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
example:
  scdash run examples/returns --period 2025/26-Q2 --out out/dashboard.xlsx
)";

struct RunOptions {
  std::string returns;
  std::string period;
  std::string out;
  std::string report;
  ConfigurationPaths paths;
};

po::options_description describe_options(RunOptions& options) {
  po::options_description described("usage: scdash run RETURNS_DIR [options]\n\noptions");
  described.add_options()("help,h", "show this help")(
      "period", po::value(&options.period),
      "financial quarter to report, e.g. 2025/26-Q2 or 2025-26-Q2 (default: the latest "
      "complete quarter in the data)")("out",
                                       po::value(&options.out)->default_value("dashboard.xlsx"),
                                       "dashboard workbook to write")(
      "report", po::value(&options.report),
      "report.json to write (default: report.json beside the dashboard)")(
      "mappings", po::value<std::string>()->default_value("mappings"),
      "folder of mapping files; reference data is read from its reference/ folder")(
      "template", po::value<std::string>()->default_value("workbook-templates/safer-communities"),
      "dashboard template folder");
  return described;
}

int write_outputs(core::FileSystem& file_system, const RunOptions& options,
                  const kpi::DashboardModel& model, const render::RunRecord& record) {
  const auto workbook = render::render_dashboard_workbook(model, record);
  if (!workbook) {
    fmt::print(stderr, "scdash: {}\n", workbook.error());
    return kInputOutputError;
  }
  if (auto written = file_system.write_atomically(options.out, *workbook); !written) {
    fmt::print(stderr, "{}: error: cannot write the dashboard: {}\n", options.out, written.error());
    return kInputOutputError;
  }
  const std::string report = render::render_report_json(model, record);
  if (auto written = file_system.write_atomically(options.report, report); !written) {
    fmt::print(stderr, "{}: error: cannot write the report: {}\n", options.report, written.error());
    return kInputOutputError;
  }
  return kSuccess;
}

}  // namespace

int run_command(const Arguments& arguments) {
  RunOptions options;
  po::options_description described = describe_options(options);
  const CommandLine line{
      "run", described, "returns", options.returns, "give the folder of returns to read", kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  std::optional<core::FinancialQuarter> requested_quarter;
  if (!options.period.empty()) {
    requested_quarter = core::FinancialQuarter::parse(options.period);
    if (!requested_quarter) {
      fmt::print(stderr, "scdash run: '{}' is not a financial quarter; write it like 2025/26-Q2\n",
                 options.period);
      return kUsageError;
    }
  }
  options.paths.mappings = values["mappings"].as<std::string>();
  options.paths.reference = options.paths.mappings / "reference";
  options.paths.dashboard_template = values["template"].as<std::string>();
  if (options.report.empty()) {
    options.report = (std::filesystem::path(options.out).parent_path() / "report.json").string();
  }

  const auto file_system = core::make_disk_file_system();
  core::Diagnostics configuration_diagnostics;
  const Configuration configuration =
      load_configuration(*file_system, options.paths, configuration_diagnostics);
  if (core::has_errors(configuration_diagnostics) || !configuration.catalogue) {
    print_diagnostics(stderr, configuration_diagnostics);
    fmt::print(stderr, "scdash: the configuration has errors; nothing was read\n");
    return kUsageError;
  }

  auto returns = read_returns(*file_system, options.returns, configuration);
  if (!returns) {
    print_diagnostics(stderr, {returns.error()});
    return kInputOutputError;
  }
  ReadReturns& read = *returns;
  render::RunRecord& record = read.record;
  record.diagnostics.insert(record.diagnostics.begin(), configuration_diagnostics.begin(),
                            configuration_diagnostics.end());

  const auto quarter =
      requested_quarter ? requested_quarter : kpi::latest_complete_quarter(read.observations);
  if (!quarter) {
    print_diagnostics(stderr, record.diagnostics);
    fmt::print(stderr,
               "scdash run: no figures were read, so there is no quarter to report; give "
               "--period\n");
    return kDataErrors;
  }

  const validate::Validation validation = validate::validate_observations(
      {read.observations, *configuration.catalogue, configuration.reference.areas,
       configuration.reference.populations,
       (options.paths.reference / "populations.yaml").generic_string(), *quarter});
  record.diagnostics.insert(record.diagnostics.end(), validation.diagnostics.begin(),
                            validation.diagnostics.end());
  validate::apply_rejections(validation.rejections, read.observations);

  const kpi::DashboardModel model =
      kpi::compute_dashboard({*configuration.catalogue, read.observations,
                              configuration.reference.areas, configuration.reference.populations},
                             *quarter, record.diagnostics);
  print_diagnostics(stderr, record.diagnostics);
  if (const int status = write_outputs(*file_system, options, model, record); status != kSuccess) {
    return status;
  }

  const std::size_t errors = core::count_errors(record.diagnostics);
  fmt::print("{} {}: read {} file(s), {} figure(s); {} error(s)\n", model.title,
             model.quarter.label(), record.files.size(), read.observations.size(), errors);
  fmt::print("wrote {}\nwrote {}\n", options.out, options.report);
  return errors > 0 ? kDataErrors : kSuccess;
}

}  // namespace scdash::cli
