#include "pipeline.hpp"

#include <algorithm>
#include <chrono>
#include <iterator>

#include <fmt/format.h>

#include "configuration_record.hpp"
#include "default_paths.hpp"
#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "progress_line.hpp"
#include "scdash/validate/accounting.hpp"

namespace scdash::cli {

Configuration load_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                                 core::Diagnostics& diagnostics) {
  Configuration configuration;
  configuration.reference = mapping::load_reference(file_system, paths.reference, diagnostics);
  configuration.mappings = mapping::load_mappings(file_system, paths.mappings, diagnostics);
  mapping::check_area_aliases(configuration.mappings, configuration.reference.areas, diagnostics);
  configuration.catalogue =
      templates::load_catalogue(file_system, paths.dashboard_template, diagnostics);
  configuration.layout = templates::load_layout(file_system, paths.dashboard_template, diagnostics);
  return configuration;
}

core::Expected<ReadReturns, core::Diagnostic> read_returns(core::FileSystem& file_system,
                                                           const std::filesystem::path& folder,
                                                           const Configuration& configuration,
                                                           const ReadingFile& reading) {
  ReadReturns result;
  core::Diagnostics& diagnostics = result.record.diagnostics;
  std::vector<mapping::Drop> drops;
  const auto assignments =
      mapping::discover_returns(file_system, folder, configuration.mappings, diagnostics);
  if (!assignments) {
    return core::unexpected(assignments.error());
  }
  for (std::size_t index = 0; index < assignments->size(); ++index) {
    const mapping::Assignment& assignment = (*assignments)[index];
    if (reading) {
      reading(index + 1, assignments->size(), assignment.display_name);
    }
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
      "mappings", po::value(&options.mappings),
      "folder of mapping files; reference data is read from its reference/ folder (default: the "
      "project file's, or else mappings)")(
      "template", po::value(&options.dashboard_template),
      "dashboard template folder (default: the project file's, or else "
      "workbook-templates/safer-communities)");
}

void complete_pipeline_options(PipelineOptions& options, const Project& project) {
  options.returns = option_or_project(options.returns, project.returns, "");
  options.mappings =
      option_or_project(options.mappings, project.mappings, default_mappings_folder());
  options.dashboard_template = option_or_project(
      options.dashboard_template, project.dashboard_template, default_template_folder());
}

std::string missing_returns_message(std::string_view what) {
  return fmt::format("give the folder of returns to {}, or name it as 'returns' in a {}", what,
                     kProjectFileName);
}

namespace {

// Measures the stages of an analysis one after another.
class StageClock {
 public:
  explicit StageClock(Analysis& analysis) : analysis_(analysis) {}
  // Records the time since the previous stage ended as `stage`'s.
  void finished(std::string_view stage) {
    const auto now = std::chrono::steady_clock::now();
    analysis_.timings.emplace_back(stage, std::chrono::duration<double>(now - start_).count());
    start_ = now;
  }

 private:
  Analysis& analysis_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

void show(const OutputStyle& style, const core::Diagnostics& diagnostics) {
  if (!style.json) {
    print_diagnostics(stderr, diagnostics, least_shown(style.verbosity));
  }
}

}  // namespace

std::optional<int> analyse(core::FileSystem& file_system, std::string_view command,
                           const PipelineOptions& options, const OutputStyle& style,
                           Analysis& analysis) {
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

  StageClock clock(analysis);
  core::Diagnostics configuration_diagnostics;
  analysis.configuration =
      load_configuration(file_system, analysis.paths, configuration_diagnostics);
  const Configuration& configuration = analysis.configuration;
  clock.finished("configuration");
  if (core::count_unreadable(configuration_diagnostics) > 0) {
    show(style, configuration_diagnostics);
    analysis.read.record.diagnostics = std::move(configuration_diagnostics);
    fmt::print(stderr, "scdash: the configuration could not be read; nothing was read\n");
    return kInputOutputError;
  }
  if (core::has_errors(configuration_diagnostics) || !configuration.catalogue) {
    show(style, configuration_diagnostics);
    analysis.read.record.diagnostics = std::move(configuration_diagnostics);
    fmt::print(stderr, "scdash: the configuration has errors; nothing was read\n");
    return kUsageError;
  }

  ProgressLine progress(style.verbosity != Verbosity::quiet);
  auto returns =
      read_returns(file_system, options.returns, configuration,
                   [&progress](std::size_t index, std::size_t count, std::string_view name) {
                     progress.reading(index, count, name);
                   });
  progress.erase();
  if (!returns) {
    show(style, {returns.error()});
    analysis.read.record.diagnostics = configuration_diagnostics;
    analysis.read.record.diagnostics.push_back(returns.error());
    return kInputOutputError;
  }
  analysis.read = std::move(*returns);
  clock.finished("reading");
  ReadReturns& read = analysis.read;
  core::RunRecord& record = read.record;
  // A return that vanished or changed while it was read would leave a dashboard silently
  // short of its figures: stop before anything is written, and let the analyst run again.
  if (const std::size_t unreadable = core::count_unreadable(record.diagnostics); unreadable > 0) {
    show(style, record.diagnostics);
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
    show(style, record.diagnostics);
    fmt::print(stderr,
               "scdash {}: no figures were read, so there is no quarter to report; give "
               "--period\n",
               command);
    return kDataErrors;
  }
  analysis.quarter = *quarter;

  const templates::Catalogue& catalogue = *configuration.catalogue;
  const mapping::ReferenceData& reference = configuration.reference;
  validate::Validation validation = validate::validate_observations(
      {read.observations, catalogue, reference.areas, reference.populations,
       (analysis.paths.reference / "populations.yaml").generic_string(), *quarter});
  std::move(validation.diagnostics.begin(), validation.diagnostics.end(),
            std::back_inserter(record.diagnostics));
  validate::apply_rejections(validation.rejections, read.observations);
  clock.finished("validation");

  analysis.model =
      kpi::compute_dashboard({catalogue, read.observations, reference.areas, reference.populations},
                             *quarter, record.diagnostics);
  const core::Diagnostics outliers =
      kpi::find_district_outliers(analysis.model, catalogue.validation);
  record.diagnostics.insert(record.diagnostics.end(), outliers.begin(), outliers.end());
  analysis.computed = true;
  clock.finished("computation");
  show(style, record.diagnostics);
  return std::nullopt;
}

Summary summarise(const Analysis& analysis) {
  const core::RunRecord& record = analysis.read.record;
  const auto& observations = analysis.read.observations;
  Summary summary;
  summary.files = record.folder.files;
  summary.files_read = record.folder.read;
  summary.files_reported = record.folder.reported;
  summary.files_unaccounted = record.folder.unaccounted;
  summary.cells = record.cells();
  summary.figures = observations.size();
  summary.rejected = static_cast<std::size_t>(
      std::count_if(observations.begin(), observations.end(),
                    [](const core::Observation& o) { return o.rejected_because.has_value(); }));
  summary.errors = core::count_errors(record.diagnostics);
  summary.warnings = static_cast<std::size_t>(std::count_if(
      record.diagnostics.begin(), record.diagnostics.end(),
      [](const core::Diagnostic& d) { return d.severity == core::Severity::warning; }));
  return summary;
}

std::string summary_line(const Analysis& analysis) {
  const Summary summary = summarise(analysis);
  return fmt::format(
      "{} {}: read {} of {} file(s) in the folder, {} reported{}; {} non-empty cell(s) in mapped "
      "regions: {} read, {} with problems, {} left out by 'where'; {} figure(s), {} rejected; "
      "{} error(s), {} warning(s)",
      analysis.model.title, analysis.quarter.label(), summary.files_read, summary.files,
      summary.files_reported,
      summary.files_unaccounted > 0 ? fmt::format(", {} unaccounted for", summary.files_unaccounted)
                                    : "",
      summary.cells.non_empty, summary.cells.used, summary.cells.reported, summary.cells.excluded,
      summary.figures, summary.rejected, summary.errors, summary.warnings);
}

std::string timings_line(const Analysis& analysis) {
  std::vector<std::string> stages;
  double total = 0;
  for (const auto& [stage, seconds] : analysis.timings) {
    stages.push_back(fmt::format("{} {:.3f} s", stage, seconds));
    total += seconds;
  }
  return fmt::format("timings: {}; total {:.3f} s", fmt::join(stages, ", "), total);
}

}  // namespace scdash::cli
