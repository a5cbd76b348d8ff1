// Configuration: everything the analyst configures, loaded once per job: the mapping files,
// the reference data they resolve areas against, and the dashboard template. Every file read
// is listed with the SHA-256 of its bytes, for report.json and the workbook's Sources sheet.
//
//   scdash::run::RunRequest request;
//   request.configuration = {"mappings", "workbook-templates/safer-communities"};
//   run(disk, request, progress).configuration.catalogue->title;
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "scdash/core/run_record.hpp"
#include "scdash/mapping/load.hpp"
#include "scdash/mapping/mapping.hpp"
#include "scdash/template/catalogue.hpp"
#include "scdash/template/layout.hpp"
#include "scdash/template/narrative_wording.hpp"

namespace scdash::run {

// The reference data (areas.yaml, populations.yaml) lies in the mappings' reference folder.
inline std::filesystem::path reference_folder(const std::filesystem::path& mappings) {
  return mappings / "reference";
}

struct ConfigurationPaths {
  std::filesystem::path mappings;  // one YAML file per partner layout
  std::filesystem::path dashboard_template;

  std::filesystem::path reference() const { return reference_folder(mappings); }
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
  templates::NarrativeWording narrative;  // the board report's wording
  // Every file read: mappings, then the template's, then the reference data's.
  std::vector<core::ConfigurationFile> files;
};

}  // namespace scdash::run
