#include "job_options.hpp"

#include <fmt/format.h>

#include "default_paths.hpp"

namespace scdash::cli {

void add_job_options(boost::program_options::options_description& described, JobOptions& options) {
  namespace po = boost::program_options;
  described.add_options()(
      "period", po::value(&options.period),
      "financial quarter to report, e.g. 2025/26-Q2 or 2025-26-Q2 (default: the latest "
      "quarter folder's, or else the latest complete quarter in the data)")(
      "mappings", po::value(&options.mappings),
      "folder of mapping files; reference data is read from its reference/ folder (default: the "
      "project file's, or else mappings)")(
      "template", po::value(&options.dashboard_template),
      "dashboard template folder (default: the project file's, or else "
      "workbook-templates/safer-communities)");
}

void complete_job_options(JobOptions& options, const run::Project& project) {
  options.returns = run::option_or_project(options.returns, project.returns, "");
  options.mappings =
      run::option_or_project(options.mappings, project.mappings, default_mappings_folder());
  options.dashboard_template = run::option_or_project(
      options.dashboard_template, project.dashboard_template, default_template_folder());
}

std::string missing_returns_message(std::string_view what) {
  return fmt::format("give the folder of returns to {}, or name it as 'returns' in a {}", what,
                     run::kProjectFileName);
}

core::Expected<run::RunRequest, std::string> job_request(const JobOptions& options) {
  run::RunRequest request;
  request.configuration = {options.mappings, options.dashboard_template};
  request.returns = options.returns;
  if (!options.period.empty()) {
    request.quarter = core::FinancialQuarter::parse(options.period);
    if (!request.quarter) {
      return core::unexpected(
          fmt::format("'{}' is not a financial quarter; write it like 2025/26-Q2", options.period));
    }
  }
  return request;
}

}  // namespace scdash::cli
