// The stages up to computing, wired together for the commands that need them.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "scdash/core.hpp"
#include "scdash/kpi.hpp"
#include "scdash/mapping.hpp"
#include "scdash/render.hpp"
#include "scdash/validate.hpp"

namespace scdash::cli {

struct ConfigurationPaths {
  std::filesystem::path mappings;   // one YAML file per partner layout
  std::filesystem::path reference;  // areas.yaml and populations.yaml
  std::filesystem::path dashboard_template;
};

// Everything the analyst configures. Loading reports problems in `diagnostics`.
struct Configuration {
  std::vector<mapping::Mapping> mappings;
  mapping::ReferenceData reference;
  std::optional<kpi::Catalogue> catalogue;
  render::Layout layout;
};

Configuration load_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                                 core::Diagnostics& diagnostics);

struct ReadReturns {
  std::vector<core::Observation> observations;  // a later quarter's drop superseding an earlier's
  // The latest quarter folder of an archive of drops: the quarter to report by default.
  std::optional<core::FinancialQuarter> latest_drop;
  render::RunRecord record;  // the files read, and every diagnostic of discovery and mapping
};

// Discovers, reads and maps every return in the folder (and in its quarter folders); fails
// when the folder cannot be read.
core::Expected<ReadReturns, core::Diagnostic> read_returns(core::FileSystem& file_system,
                                                           const std::filesystem::path& folder,
                                                           const Configuration& configuration);

}  // namespace scdash::cli
