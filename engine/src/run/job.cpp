#include "scdash/run/job.hpp"

#include <chrono>
#include <iterator>

#include "run/given_populations.hpp"
#include "run/load_configuration.hpp"
#include "run/output_paths.hpp"
#include "run/render_outputs.hpp"
#include "run/returns.hpp"
#include "scdash/kpi/compute.hpp"
#include "scdash/kpi/district_outliers.hpp"
#include "scdash/validate.hpp"
#include "scdash/validate/accounting.hpp"

namespace scdash::run {
namespace {

// Tells the progress sink of each diagnostic once, in the order the record lists them, and of
// each stage's start and end, timing it.
class Reporter {
 public:
  Reporter(Progress& progress, RunResult& result) : progress_(progress), result_(result) {}

  void start(Stage stage) {
    stage_ = stage;
    started_ = std::chrono::steady_clock::now();
    progress_.stage_started(stage);
  }

  void finish() {
    tell_diagnostics();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    result_.timings.push_back({stage_, seconds});
    progress_.stage_finished(stage_, seconds);
  }

  void reading_file(std::size_t index, std::size_t count, std::string_view name) {
    tell_diagnostics();
    progress_.reading_file(index, count, name);
  }

  // Stops the job for `why`, ending the stage under way.
  RunResult stop(Stop why) {
    finish();
    result_.stop = why;
    return std::move(result_);
  }

 private:
  void tell_diagnostics() {
    const core::Diagnostics& diagnostics = result_.record.diagnostics;
    for (; told_ < diagnostics.size(); ++told_) {
      progress_.diagnostic(diagnostics[told_]);
    }
  }

  Progress& progress_;
  RunResult& result_;
  Stage stage_ = Stage::configuration;
  std::chrono::steady_clock::time_point started_;
  std::size_t told_ = 0;
};

}  // namespace

std::string_view stop_name(Stop stop) {
  switch (stop) {
    case Stop::none:
      return "none";
    case Stop::outputs_over_inputs:
      return "outputs_over_inputs";
    case Stop::configuration_unreadable:
      return "configuration_unreadable";
    case Stop::configuration_errors:
      return "configuration_errors";
    case Stop::returns_folder_unreadable:
      return "returns_folder_unreadable";
    case Stop::return_unreadable:
      return "return_unreadable";
    case Stop::no_quarter:
      return "no_quarter";
    case Stop::strict_errors:
      return "strict_errors";
    case Stop::rendering_failed:
      return "rendering_failed";
  }
  return "none";
}

RunResult run(core::FileSystem& file_system, const RunRequest& request, Progress& progress) {
  RunResult result;
  Reporter reporter(progress, result);
  core::Diagnostics& diagnostics = result.record.diagnostics;

  reporter.start(Stage::configuration);
  // Before anything is read, so that a mistyped --out never replaces a return.
  if (auto clashes = check_output_paths(file_system, request); !clashes.empty()) {
    std::move(clashes.begin(), clashes.end(), std::back_inserter(diagnostics));
    return reporter.stop(Stop::outputs_over_inputs);
  }
  result.configuration = load_configuration(file_system, request.configuration, diagnostics);
  Configuration& configuration = result.configuration;
  result.record.configuration = configuration.files;
  if (core::count_unreadable(diagnostics) > 0) {
    return reporter.stop(Stop::configuration_unreadable);
  }
  if (core::has_errors(diagnostics) || !configuration.catalogue) {
    return reporter.stop(Stop::configuration_errors);
  }
  reporter.finish();

  reporter.start(Stage::reading);
  auto read =
      read_returns(file_system, request.returns, configuration.returns, result.record,
                   [&reporter](std::size_t index, std::size_t count, std::string_view name) {
                     reporter.reading_file(index, count, name);
                   });
  if (!read) {
    diagnostics.push_back(read.error());
    return reporter.stop(Stop::returns_folder_unreadable);
  }
  result.read = std::move(*read);
  // A return that vanished or changed while it was read would leave a dashboard silently short
  // of its figures: stop before anything is made, so that the analyst runs again.
  if (core::count_unreadable(diagnostics) > 0) {
    return reporter.stop(Stop::return_unreadable);
  }
  validate::account_for_returns(file_system, request.returns, result.record);
  result.quarter = request.quarter ? request.quarter
                   : result.read.latest_drop
                       ? result.read.latest_drop
                       : kpi::latest_complete_quarter(result.read.observations);
  if (!result.quarter) {
    return reporter.stop(Stop::no_quarter);
  }
  reporter.finish();

  reporter.start(Stage::validation);
  const templates::Catalogue& catalogue = *configuration.catalogue;
  const mapping::ReferenceData& reference = configuration.returns.reference;
  const core::PopulationTable populations =
      with_given_populations(reference.populations, result.read.observations);
  validate::Validation validation = validate::validate_observations(
      {result.read.observations, catalogue, reference.areas, populations,
       (request.configuration.reference() / "populations.yaml").generic_string(), *result.quarter});
  std::move(validation.diagnostics.begin(), validation.diagnostics.end(),
            std::back_inserter(diagnostics));
  validate::apply_rejections(validation.rejections, result.read.observations);
  reporter.finish();

  reporter.start(Stage::computation);
  result.model =
      kpi::compute_dashboard({catalogue, result.read.observations, reference.areas, populations},
                             *result.quarter, diagnostics);
  const core::Diagnostics outliers =
      kpi::find_district_outliers(result.model, catalogue.validation);
  diagnostics.insert(diagnostics.end(), outliers.begin(), outliers.end());
  result.computed = true;
  reporter.finish();

  if (!request.outputs) {
    return result;
  }
  if (request.strict && core::has_errors(diagnostics)) {
    result.stop = Stop::strict_errors;
    return result;
  }
  reporter.start(Stage::rendering);
  render_outputs(*request.outputs, request, result);
  reporter.finish();
  return result;
}

core::Expected<void, core::WriteFailure> write_outputs(core::FileSystem& file_system,
                                                       RunResult& result) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<core::FileToWrite> files;
  for (const Output& output : result.outputs) {
    files.push_back({output.path, output.bytes});
  }
  auto written = file_system.write_all_or_none(files);
  result.timings.push_back(
      {Stage::writing,
       std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()});
  return written;
}

}  // namespace scdash::run
