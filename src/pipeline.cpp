#include "pipeline.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "configuration_record.hpp"
#include "default_paths.hpp"
#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "scdash/validate/accounting.hpp"

namespace scdash::cli {

Configuration load_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                                 core::Diagnostics& diagnostics) {
  Configuration configuration;
  configuration.reference = mapping::load_reference(file_system, paths.reference, diagnostics);
  configuration.mappings = mapping::load_mappings(file_system, paths.mappings, diagnostics);
  mapping::check_area_aliases(configuration.mappings, configuration.reference.areas, diagnostics);
  configuration.catalogue = kpi::load_catalogue(file_system, paths.dashboard_template, diagnostics);
  configuration.layout = render::load_layout(file_system, paths.dashboard_template, diagnostics);
  return configuration;
}

core::Expected<ReadReturns, core::Diagnostic> read_returns(core::FileSystem& file_system,
                                                           const std::filesystem::path& folder,
                                                           const Configuration& configuration) {
  ReadReturns result;
  core::Diagnostics& diagnostics = result.record.diagnostics;
  std::vector<mapping::Drop> drops;
  const auto assignments =
      mapping::discover_returns(file_system, folder, configuration.mappings, diagnostics);
  if (!assignments) {
    return core::unexpected(assignments.error());
  }
  for (const auto& assignment : *assignments) {
    auto workbook = io::open_workbook(file_system, assignment.path, assignment.display_name);
    if (!workbook) {
      diagnostics.push_back(workbook.error());
      continue;
    }
    // Mappings whose file patterns both match are told apart by their fingerprints, which
    // needs the workbook open.
    const mapping::Mapping* chosen = mapping::choose_mapping(assignment, **workbook, diagnostics);
    if (chosen == nullptr) {
      continue;
    }
    mapping::Extraction extraction = mapping::extract(*chosen, **workbook, assignment.display_name,
                                                      configuration.reference.areas);
    result.record.files.push_back({assignment.display_name, chosen->file,
                                   extraction.observations.size(), extraction.cells_in_region});
    const core::Diagnostics& notes = (*workbook)->notes();
    diagnostics.insert(diagnostics.end(), notes.begin(), notes.end());
    if (drops.empty() || drops.back().quarter != assignment.drop) {
      drops.push_back({assignment.drop, {}});
      result.latest_drop = std::max(result.latest_drop, assignment.drop);
    }
    std::move(extraction.observations.begin(), extraction.observations.end(),
              std::back_inserter(drops.back().observations));
    std::move(extraction.diagnostics.begin(), extraction.diagnostics.end(),
              std::back_inserter(diagnostics));
  }
  result.observations = mapping::supersede_earlier_drops(std::move(drops), diagnostics);
  return result;
}

void add_pipeline_options(boost::program_options::options_description& described,
                          PipelineOptions& options) {
  namespace po = boost::program_options;
  described.add_options()(
      "period", po::value(&options.period),
      "financial quarter to report, e.g. 2025/26-Q2 or 2025-26-Q2 (default: the latest "
      "quarter folder's, or else the latest complete quarter in the data)")(
      "mappings", po::value(&options.mappings)->default_value(default_mappings_folder()),
      "folder of mapping files; reference data is read from its reference/ folder")(
      "template", po::value(&options.dashboard_template)->default_value(default_template_folder()),
      "dashboard template folder");
}

std::optional<int> analyse(core::FileSystem& file_system, std::string_view command,
                           const PipelineOptions& options, Analysis& analysis) {
  std::optional<core::FinancialQuarter> requested_quarter;
  if (!options.period.empty()) {
    requested_quarter = core::FinancialQuarter::parse(options.period);
    if (!requested_quarter) {
      fmt::print(stderr, "scdash {}: '{}' is not a financial quarter; write it like 2025/26-Q2\n",
                 command, options.period);
      return kUsageError;
    }
  }
  analysis.paths.mappings = options.mappings;
  analysis.paths.reference = analysis.paths.mappings / "reference";
  analysis.paths.dashboard_template = options.dashboard_template;

  core::Diagnostics configuration_diagnostics;
  analysis.configuration =
      load_configuration(file_system, analysis.paths, configuration_diagnostics);
  const Configuration& configuration = analysis.configuration;
  if (core::count_unreadable(configuration_diagnostics) > 0) {
    print_diagnostics(stderr, configuration_diagnostics);
    fmt::print(stderr, "scdash: the configuration could not be read; nothing was read\n");
    return kInputOutputError;
  }
  if (core::has_errors(configuration_diagnostics) || !configuration.catalogue) {
    print_diagnostics(stderr, configuration_diagnostics);
    fmt::print(stderr, "scdash: the configuration has errors; nothing was read\n");
    return kUsageError;
  }

  auto returns = read_returns(file_system, options.returns, configuration);
  if (!returns) {
    print_diagnostics(stderr, {returns.error()});
    return kInputOutputError;
  }
  analysis.read = std::move(*returns);
  ReadReturns& read = analysis.read;
  render::RunRecord& record = read.record;
  // A return that vanished or changed while it was read would leave a dashboard silently
  // short of its figures: stop before anything is written, and let the analyst run again.
  if (const std::size_t unreadable = core::count_unreadable(record.diagnostics); unreadable > 0) {
    print_diagnostics(stderr, record.diagnostics);
    fmt::print(stderr,
               "scdash {}: {} return(s) could not be read; nothing was written, so the previous "
               "dashboard is unchanged\n",
               command, unreadable);
    return kInputOutputError;
  }
  record.diagnostics.insert(record.diagnostics.begin(), configuration_diagnostics.begin(),
                            configuration_diagnostics.end());
  validate::account_for_returns(file_system, options.returns, record);
  record_configuration(file_system, analysis.paths, configuration, record);

  const auto quarter = requested_quarter  ? requested_quarter
                       : read.latest_drop ? read.latest_drop
                                          : kpi::latest_complete_quarter(read.observations);
  if (!quarter) {
    print_diagnostics(stderr, record.diagnostics);
    fmt::print(stderr,
               "scdash {}: no figures were read, so there is no quarter to report; give "
               "--period\n",
               command);
    return kDataErrors;
  }
  analysis.quarter = *quarter;

  const kpi::Catalogue& catalogue = *configuration.catalogue;
  const mapping::ReferenceData& reference = configuration.reference;
  validate::Validation validation = validate::validate_observations(
      {read.observations, catalogue, reference.areas, reference.populations,
       (analysis.paths.reference / "populations.yaml").generic_string(), *quarter});
  std::move(validation.diagnostics.begin(), validation.diagnostics.end(),
            std::back_inserter(record.diagnostics));
  validate::apply_rejections(validation.rejections, read.observations);

  analysis.model =
      kpi::compute_dashboard({catalogue, read.observations, reference.areas, reference.populations},
                             *quarter, record.diagnostics);
  const core::Diagnostics outliers =
      validate::find_district_outliers(analysis.model, catalogue.validation);
  record.diagnostics.insert(record.diagnostics.end(), outliers.begin(), outliers.end());
  print_diagnostics(stderr, record.diagnostics);
  return std::nullopt;
}

std::string summary_line(const Analysis& analysis) {
  const render::RunRecord& record = analysis.read.record;
  const render::FolderAccount& folder = record.folder;
  const core::CellAccount cells = record.cells();
  const auto& observations = analysis.read.observations;
  const auto rejected =
      std::count_if(observations.begin(), observations.end(),
                    [](const core::Observation& o) { return o.rejected_because.has_value(); });
  const std::size_t errors = core::count_errors(record.diagnostics);
  const auto warnings = std::count_if(
      record.diagnostics.begin(), record.diagnostics.end(),
      [](const core::Diagnostic& d) { return d.severity == core::Severity::warning; });
  return fmt::format(
      "{} {}: read {} of {} file(s) in the folder, {} reported{}; {} non-empty cell(s) in mapped "
      "regions: {} read, {} with problems, {} left out by 'where'; {} figure(s), {} rejected; "
      "{} error(s), {} warning(s)",
      analysis.model.title, analysis.quarter.label(), folder.read, folder.files, folder.reported,
      folder.unaccounted > 0 ? fmt::format(", {} unaccounted for", folder.unaccounted) : "",
      cells.non_empty, cells.used, cells.reported, cells.excluded, observations.size(), rejected,
      errors, warnings);
}

}  // namespace scdash::cli
