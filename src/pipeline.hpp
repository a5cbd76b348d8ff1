// The stages up to computing, wired together for the commands that need them.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

#include "output_style.hpp"
#include "project_file.hpp"
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
  std::optional<templates::Catalogue> catalogue;
  templates::Layout layout;
};

Configuration load_configuration(core::FileSystem& file_system, const ConfigurationPaths& paths,
                                 core::Diagnostics& diagnostics);

struct ReadReturns {
  std::vector<core::Observation> observations;  // a later quarter's drop superseding an earlier's
  // The latest quarter folder of an archive of drops: the quarter to report by default.
  std::optional<core::FinancialQuarter> latest_drop;
  core::RunRecord record;  // the files read, and every diagnostic of discovery and mapping
};

// Called before each return is read: its position counting from 1, how many there are, its name.
using ReadingFile =
    std::function<void(std::size_t index, std::size_t count, std::string_view name)>;

// Discovers, reads and maps every return in the folder (and in its quarter folders); fails
// when the folder cannot be read.
core::Expected<ReadReturns, core::Diagnostic> read_returns(core::FileSystem& file_system,
                                                           const std::filesystem::path& folder,
                                                           const Configuration& configuration,
                                                           const ReadingFile& reading = {});

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

// Fills what the command line left empty from the project file, and the mappings and template
// from their defaults when neither names them.
void complete_pipeline_options(PipelineOptions& options, const Project& project);

// The "give the folder of returns" message for a command given no RETURNS_DIR.
std::string missing_returns_message(std::string_view what);

// Everything a run knows before it renders: configuration, returns read, validation's
// findings (in read.record.diagnostics) and the computed dashboard.
struct Analysis {
  ConfigurationPaths paths;
  Configuration configuration;
  ReadReturns read;
  core::FinancialQuarter quarter;
  kpi::DashboardModel model;  // points into configuration.catalogue: an Analysis stays put
  bool computed = false;      // the dashboard was computed: the quarter and model are set
  // How long each stage took, in seconds, for --verbose.
  std::vector<std::pair<std::string_view, double>> timings;
};

// Loads the configuration, reads, accounts for and validates the returns, rejects what errors
// concern and computes the dashboard. When something stops it (a bad --period, configuration
// errors, an unreadable folder, no figures), says why and returns the exit status; otherwise
// returns nullopt. Every diagnostic ends in analysis.read.record.diagnostics; as text, they
// are printed on standard error as `style` asks (as JSON, the command prints them).
std::optional<int> analyse(core::FileSystem& file_system, std::string_view command,
                           const PipelineOptions& options, const OutputStyle& style,
                           Analysis& analysis);

// The figures of a run's summary.
struct Summary {
  std::size_t files = 0;  // in the returns folder
  std::size_t files_read = 0;
  std::size_t files_reported = 0;
  std::size_t files_unaccounted = 0;
  core::CellAccount cells;
  std::size_t figures = 0;
  std::size_t rejected = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

Summary summarise(const Analysis& analysis);

// One line: the title and quarter, the accounting of files, cells and figures, and the
// number of errors and warnings.
std::string summary_line(const Analysis& analysis);

// "timings: configuration 0.004 s, reading 0.120 s, ...; total 0.131 s"
std::string timings_line(const Analysis& analysis);

}  // namespace scdash::cli
