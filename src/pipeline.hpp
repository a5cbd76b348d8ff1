// The stages up to computing, wired together for the commands that need them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

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

// The options of every command that reads a returns folder, and what they mean.
struct PipelineOptions {
  std::string returns;  // the positional RETURNS_DIR
  std::string period;   // empty: the latest quarter folder's, or the latest complete quarter
  std::string mappings;
  std::string dashboard_template;
};

// Adds --period, --mappings and --template.
void add_pipeline_options(boost::program_options::options_description& described,
                          PipelineOptions& options);

// Everything a run knows before it renders: configuration, returns read, validation's
// findings (in read.record.diagnostics) and the computed dashboard.
struct Analysis {
  ConfigurationPaths paths;
  Configuration configuration;
  ReadReturns read;
  core::FinancialQuarter quarter;
  kpi::DashboardModel model;  // points into configuration.catalogue: an Analysis stays put
};

// Loads the configuration, reads, accounts for and validates the returns, rejects what errors
// concern and computes the dashboard. When something stops it (a bad --period, configuration
// errors, an unreadable folder, no figures), prints why and returns the exit status; otherwise
// prints every diagnostic and returns nullopt.
std::optional<int> analyse(core::FileSystem& file_system, std::string_view command,
                           const PipelineOptions& options, Analysis& analysis);

// One line: the title and quarter, the accounting of files, cells and figures, and the
// number of errors and warnings.
std::string summary_line(const Analysis& analysis);

}  // namespace scdash::cli
