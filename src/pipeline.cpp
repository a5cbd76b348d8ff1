#include "pipeline.hpp"

#include <algorithm>
#include <iterator>

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

}  // namespace scdash::cli
