// Configuration: everything the analyst configures, loaded once per job: the mapping files,
// the reference data they resolve areas against, and the dashboard template. Every file read
// is listed with the SHA-256 of its bytes, for report.json and the workbook's Sources sheet.
//
//   core::Diagnostics diagnostics;
//   const auto configuration = scdash::run::load_configuration(
//       disk, {"mappings", "workbook-templates/safer-communities"}, diagnostics);
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/file_system.hpp"
#include "scdash/core/run_record.hpp"
#include "scdash/mapping/load.hpp"
#include "scdash/mapping/mapping.hpp"
#include "scdash/template/catalogue.hpp"
#include "scdash/template/layout.hpp"

namespace scdash::run {

struct ConfigurationPaths {
  std::filesystem::path mappings;  // one YAML file per partner layout
  std::filesystem::path dashboard_template;

  // The reference data (areas.yaml, populations.yaml) lies in the mappings' reference folder.
  std::filesystem::path reference() const { return mappings / "reference"; }
};

// What reading a return needs: the mappings, and the reference data they resolve areas against.
struct ReturnsConfiguration {
  std::vector<mapping::Mapping> mappings;
  mapping::ReferenceData reference;
};

struct Configuration {
  ReturnsConfiguration returns;
  std::optional<templates::Catalogue> catalogue;  // nullopt when dashboard.yaml cannot be used
  templates::Layout layout;
  // Every file read: mappings, then the template's, then the reference data's.
  std::vector<core::ConfigurationFile> files;
};

// Loads the mappings folder's mappings (or, given `only_mapping`, that one file) and its
// reference data, and checks the mappings' area aliases against it. Problems go to
// `diagnostics`; the files read are added to `files` when it is given.
ReturnsConfiguration load_returns_configuration(
    core::FileSystem& file_system, const std::filesystem::path& mappings_folder,
    core::Diagnostics& diagnostics, const std::filesystem::path& only_mapping = {},
    std::vector<core::ConfigurationFile>* files = nullptr);

// Loads the whole configuration: the returns' and the template (dashboard.yaml, layout.yaml).
Configuration load_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                                 core::Diagnostics& diagnostics);

}  // namespace scdash::run
