#include "run/load_configuration.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "run/recording_file_system.hpp"
#include "run/unused_measures.hpp"

namespace scdash::run {
namespace {

void add_files(RecordingFileSystem& recorder, core::InputKind kind,
               std::vector<core::ConfigurationFile>* files, core::Diagnostics& diagnostics) {
  for (auto& file : recorder.take_files_read()) {
    const auto where = core::Location::in_file(file.path.generic_string());
    if (!file.changed.empty()) {
      diagnostics.push_back(
          core::Diagnostic::error("file-unreadable", "cannot be read: " + file.changed, where));
    }
    if (files == nullptr) {
      continue;
    }
    if (file.sha256.empty()) {
      diagnostics.push_back(core::Diagnostic::warning(
          "input-not-hashed", "cannot read the file again to checksum it", where));
    }
    files->push_back({kind, file.path.generic_string(), std::move(file.sha256)});
  }
}

}  // namespace

ReturnsConfiguration load_returns_configuration(core::FileSystem& file_system,
                                                const std::filesystem::path& mappings_folder,
                                                core::Diagnostics& diagnostics,
                                                const std::filesystem::path& only_mapping,
                                                std::vector<core::ConfigurationFile>* files) {
  RecordingFileSystem recorder(file_system);
  ReturnsConfiguration configuration;
  configuration.reference =
      mapping::load_reference(recorder, reference_folder(mappings_folder), diagnostics);
  add_files(recorder, core::InputKind::reference, files, diagnostics);
  if (only_mapping.empty()) {
    configuration.mappings = mapping::load_mappings(recorder, mappings_folder, diagnostics);
  } else if (auto one = mapping::load_mapping_file(recorder, only_mapping, diagnostics)) {
    configuration.mappings.push_back(std::move(*one));
  }
  add_files(recorder, core::InputKind::mapping, files, diagnostics);
  mapping::load_area_lookups(recorder, configuration.mappings, diagnostics);
  add_files(recorder, core::InputKind::reference, files, diagnostics);
  mapping::check_area_aliases(configuration.mappings, configuration.reference.areas, diagnostics);
  return configuration;
}

namespace {

// The layout's districts columns name area sets the template has.
void check_area_sets_shown(const templates::Layout& layout, const templates::Catalogue& catalogue,
                           const std::filesystem::path& layout_file,
                           core::Diagnostics& diagnostics) {
  for (const templates::ColumnLayout& column : layout.columns) {
    for (const std::string& set : column.sets) {
      const bool known =
          std::any_of(catalogue.area_sets.begin(), catalogue.area_sets.end(),
                      [&](const templates::AreaSet& area_set) { return area_set.name == set; });
      if (!known) {
        std::vector<std::string> names;
        for (const templates::AreaSet& area_set : catalogue.area_sets) {
          names.push_back(area_set.name);
        }
        diagnostics.push_back(core::Diagnostic::error(
            "layout-unknown-area-set",
            fmt::format("the districts column shows the area set '{}', which dashboard.yaml does "
                        "not have",
                        set),
            core::Location::in_file(layout_file.generic_string()),
            fmt::format("its area sets are: {}", fmt::join(names, ", "))));
      }
    }
  }
}

// The layout colours the template's classifications: a colour for another word is a typo.
void check_classifications_coloured(const templates::Layout& layout,
                                    const templates::Catalogue& catalogue,
                                    const std::filesystem::path& layout_file,
                                    core::Diagnostics& diagnostics) {
  for (const templates::ClassificationColour& colour : layout.classification_colours) {
    const std::string* named = catalogue.classification_named(colour.classification);
    if (named == nullptr || *named != colour.classification) {
      diagnostics.push_back(core::Diagnostic::error(
          "layout-unknown-classification",
          fmt::format("'classification_colours' colours '{}', which is not one of dashboard.yaml's "
                      "classifications",
                      colour.classification),
          core::Location::in_file(layout_file.generic_string()),
          catalogue.classifications.empty()
              ? std::string("dashboard.yaml lists no 'classifications'")
              : fmt::format("its classifications are: {}",
                            fmt::join(catalogue.classifications, ", "))));
    }
  }
}

}  // namespace

Configuration load_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                                 core::Diagnostics& diagnostics) {
  Configuration configuration;
  configuration.returns = load_returns_configuration(file_system, paths.mappings, diagnostics, {},
                                                     &configuration.files);
  RecordingFileSystem recorder(file_system);
  configuration.catalogue =
      templates::load_catalogue(recorder, paths.dashboard_template, diagnostics);
  configuration.layout = templates::load_layout(recorder, paths.dashboard_template, diagnostics);
  configuration.narrative =
      templates::load_narrative_wording(recorder, paths.dashboard_template, diagnostics);
  add_files(recorder, core::InputKind::dashboard_template, &configuration.files, diagnostics);
  if (configuration.catalogue) {
    check_measures_used(configuration.returns.mappings, *configuration.catalogue, diagnostics);
    const std::filesystem::path layout_file = paths.dashboard_template / "layout.yaml";
    check_area_sets_shown(configuration.layout, *configuration.catalogue, layout_file, diagnostics);
    check_classifications_coloured(configuration.layout, *configuration.catalogue, layout_file,
                                   diagnostics);
  }
  // Listed by kind (mappings, the template, the reference data), each kind in the order read.
  std::stable_sort(configuration.files.begin(), configuration.files.end(),
                   [](const core::ConfigurationFile& a, const core::ConfigurationFile& b) {
                     return a.kind < b.kind;
                   });
  return configuration;
}

}  // namespace scdash::run
