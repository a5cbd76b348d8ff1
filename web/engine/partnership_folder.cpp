#include "partnership_folder.hpp"

#include <set>

#include "scdash/core/json_writer.hpp"
#include "scdash/core/report_shapes.hpp"
#include "scdash/core/yaml_checker.hpp"
#include "scdash/run/check_return.hpp"
#include "scdash/run/draft_return.hpp"
#include "scdash/run/job.hpp"
#include "scdash/run/project.hpp"
#include "scdash/run/summary.hpp"

namespace scdash::web {
namespace {

// The folder's project file, read and parsed; an empty project when the folder has none, so
// that a folder laid out as the defaults say needs no project file.
run::Project load_project(core::FileSystem& files, core::Diagnostics& diagnostics) {
  const std::filesystem::path file(run::kProjectFileName);
  if (!files.open_for_reading(file)) {
    return {};
  }
  const auto text =
      core::read_configuration_file(files, file, "project", "the project file", diagnostics);
  return text ? run::parse_project(*text, file, diagnostics) : run::Project{};
}

std::string mappings_folder(const run::Project& project) {
  return run::option_or_project("", project.mappings, std::string(run::kDefaultMappingsFolder));
}

// A job that cannot start: why (`stop`, and `failure` when it is not in the diagnostics).
std::string refusal_json(std::string_view stop, std::string_view failure,
                         const core::Diagnostics& diagnostics) {
  core::JsonWriter json;
  json.begin_object();
  json.key("stop");
  json.value(stop);
  if (!failure.empty()) {
    json.key("failure");
    json.value(failure);
  }
  json.key("diagnostics");
  core::write_diagnostics(json, diagnostics);
  json.end_object();
  return json.finish();
}

// `write_failure`: why the outputs could not be kept in the folder, when they could not.
std::string run_result_json(const run::RunResult& result, const std::string& write_failure) {
  core::JsonWriter json;
  json.begin_object();
  json.key("stop");
  json.value(write_failure.empty() ? run::stop_name(result.stop) : "writing_failed");
  if (const auto& failure = write_failure.empty() ? result.failure : write_failure;
      !failure.empty()) {
    json.key("failure");
    json.value(failure);
  }
  run::write_overview(json, result);
  // What the page needs to show the dashboard as the workbook does: the areas' names by code,
  // and the template's labels for RAGs.
  json.key("areas");
  json.begin_object();
  for (const auto& area : result.configuration.returns.reference.areas.areas()) {
    json.key(area.code);
    json.value(area.name);
  }
  json.end_object();
  const auto& labels = result.configuration.layout.rag_labels;
  json.key("rag_labels");
  json.begin_object();
  for (const auto& [rag, label] :
       {std::pair("Red", &labels.red), std::pair("Amber", &labels.amber),
        std::pair("Green", &labels.green), std::pair("Grey", &labels.grey)}) {
    json.key(rag);
    json.value(*label);
  }
  json.end_object();
  json.key("outputs");
  json.begin_array();
  for (const auto& output : result.outputs) {
    json.begin_object();
    json.key("path");
    json.value(output.path.generic_string());
    json.key("bytes");
    json.value(output.bytes.size());
    json.end_object();
  }
  json.end_array();
  json.key("diagnostics");
  core::write_diagnostics(json, result.record.diagnostics);
  json.key("timings");
  json.begin_array();
  for (const auto& [stage, seconds] : result.timings) {
    json.begin_object();
    json.key("stage");
    json.value(run::stage_name(stage));
    json.key("seconds");
    json.value(seconds);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

std::string_view check_stop_name(run::CheckStop stop) {
  switch (stop) {
    case run::CheckStop::none:
      return "none";
    case run::CheckStop::no_usable_mapping:
      return "no_usable_mapping";
    case run::CheckStop::unreadable:
      return "unreadable";
    case run::CheckStop::no_mapping_reads:
      return "no_mapping_reads";
  }
  return "none";
}

std::string check_result_json(const run::CheckResult& checked, core::Diagnostics diagnostics) {
  diagnostics.insert(diagnostics.end(), checked.diagnostics.begin(), checked.diagnostics.end());
  core::JsonWriter json;
  json.begin_object();
  json.key("stop");
  json.value(check_stop_name(checked.stop));
  json.key("mapping");
  json.value(checked.mapping_file);
  json.key("description");
  json.value(checked.mapping_description);
  json.key("configuration_broken");
  json.value(checked.configuration_broken);
  json.key("cells");
  core::write_cell_account(json, checked.cells_in_region);
  json.key("figures");
  json.begin_array();
  std::set<std::string> area_codes;
  for (const auto& observation : checked.observations) {
    core::write_observation(json, observation);
    area_codes.insert(observation.area_code);
  }
  json.end_array();
  // The areas' names, by code, so that figures read as the return names them.
  json.key("areas");
  json.begin_object();
  for (const auto& code : area_codes) {
    json.key(code);
    const core::Area* area = checked.reference.areas.find_code(code);
    area ? json.value(area->name) : json.null();
  }
  json.end_object();
  json.key("diagnostics");
  core::write_diagnostics(json, diagnostics);
  json.end_object();
  return json.finish();
}

}  // namespace

void PartnershipFolder::add_file(const std::string& path, std::string bytes) {
  files_.add_file(path, std::move(bytes));
}

std::string PartnershipFolder::run(const JobChoices& choices, run::Progress& progress) {
  core::Diagnostics project_diagnostics;
  const run::Project project = load_project(files_, project_diagnostics);
  if (core::has_errors(project_diagnostics)) {
    return refusal_json("project_errors", "", project_diagnostics);
  }
  run::RunRequest request;
  request.configuration = {mappings_folder(project),
                           run::option_or_project("", project.dashboard_template,
                                                  std::string(run::kDefaultTemplateFolder))};
  request.returns =
      run::option_or_project("", project.returns, std::string(run::kDefaultReturnsFolder));
  if (!choices.quarter.empty()) {
    request.quarter = core::FinancialQuarter::parse(choices.quarter);
    if (!request.quarter) {
      return refusal_json(
          "quarter_not_understood",
          "'" + choices.quarter + "' is not a financial quarter; write it like 2025/26-Q2",
          project_diagnostics);
    }
  }
  const run::Outputs outputs = run::resolve_outputs("", "", project);
  request.outputs = run::OutputPaths{outputs.dashboard, outputs.report};
  if (choices.narrative || project.narrative) {
    request.outputs->board_report =
        std::filesystem::path(outputs.dashboard).parent_path() / run::kBoardReportName;
  }
  if (choices.publish || project.publish) {
    request.outputs->published = run::published_path(outputs.dashboard);
  }
  request.strict = choices.strict;

  run::RunResult result = run::run(files_, request, progress);
  std::string write_failure;
  if (result.stop == run::Stop::none) {
    // In memory, writing fails only for a path that is a folder.
    if (auto written = run::write_outputs(files_, result); !written) {
      write_failure = written.error().path.generic_string() + ": " + written.error().reason;
      result.outputs.clear();
    }
  }
  result.record.diagnostics.insert(result.record.diagnostics.begin(), project_diagnostics.begin(),
                                   project_diagnostics.end());
  return run_result_json(result, write_failure);
}

std::string PartnershipFolder::check(const std::string& path, const std::string& mapping,
                                     const std::string& display_name) {
  core::Diagnostics project_diagnostics;
  const run::Project project = load_project(files_, project_diagnostics);
  run::CheckRequest request{path, display_name.empty() ? path : display_name,
                            mappings_folder(project), mapping};
  return check_result_json(run::check_return(files_, request), std::move(project_diagnostics));
}

std::string PartnershipFolder::draft_mapping(const std::string& path,
                                             const std::string& display_name,
                                             const std::string& sheet) {
  core::Diagnostics diagnostics;
  const run::Project project = load_project(files_, diagnostics);
  run::DraftResult drafted = run::draft_return_mapping(
      files_, {path, display_name.empty() ? path : display_name, mappings_folder(project), sheet});
  diagnostics.insert(diagnostics.end(), drafted.diagnostics.begin(), drafted.diagnostics.end());
  core::JsonWriter json;
  json.begin_object();
  json.key("yaml");
  drafted.yaml ? json.value(*drafted.yaml) : json.null();
  json.key("diagnostics");
  core::write_diagnostics(json, diagnostics);
  json.end_object();
  return json.finish();
}

std::optional<std::string> PartnershipFolder::output(const std::string& path) const {
  return files_.contents(path);
}

}  // namespace scdash::web
