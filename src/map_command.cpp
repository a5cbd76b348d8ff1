// scdash map: a dry run of one return through its mapping. It prints every figure the mapping
// extracts (measure, area, period, value, cell) and every diagnostic, and computes nothing, so
// that an analyst editing a mapping sees at once what it reads.
#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "default_paths.hpp"
#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "output_style.hpp"
#include "project_file.hpp"
#include "scdash/io.hpp"
#include "scdash/mapping.hpp"
#include "scdash/platform/disk_file_system.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
Without --mapping, the mapping is chosen as 'scdash run' chooses it: by the file's name and,
when two mappings' 'files' match, by their fingerprints. Diagnostics go to standard error.

examples:
  scdash map examples/returns/2025-26-Q2/police-recorded-crime-2025-26-Q2.xlsx
  scdash map returns/marac-2025-26-Q2.xlsx --mapping mappings/marac.yaml
  scdash map returns/marac-2025-26-Q2.xlsx --quiet && echo "maps without errors"
)";

struct MapOptions {
  std::string file;
  std::string mapping;
  std::string mappings;
  OutputFlags output;
};

po::options_description describe_options(MapOptions& options) {
  po::options_description described("usage: scdash map FILE [options]\n\noptions");
  described.add_options()("help,h", "show this help")(
      "mapping", po::value(&options.mapping),
      "the mapping file to read FILE with (default: the one in --mappings whose 'files' match)")(
      "mappings", po::value(&options.mappings),
      "folder of mapping files; reference data is read from its reference/ folder (default: the "
      "project file's, or else mappings)");
  add_output_options(described, options.output, false);
  return described;
}

std::string area_text(const core::AreaDirectory& areas, const std::string& code) {
  const core::Area* area = areas.find_code(code);
  return area ? fmt::format("{} ({})", area->name, code) : code;
}

std::string value_text(const core::Observation& observation) {
  if (observation.rejected_because) {
    return fmt::format("rejected: {}", *observation.rejected_because);
  }
  if (observation.unavailable_reason) {
    return fmt::format("n/a: {}", *observation.unavailable_reason);
  }
  // A measure read as text (a RAG set by hand) keeps an unused number beside its text.
  return observation.text ? *observation.text : fmt::format("{}", observation.value);
}

// The figures as a table with aligned columns, in the order they were read.
void print_observations(const std::vector<core::Observation>& observations,
                        const core::AreaDirectory& areas) {
  std::vector<std::array<std::string, 5>> lines = {{"measure", "area", "period", "value", "cell"}};
  for (const auto& observation : observations) {
    lines.push_back(
        {observation.measure, area_text(areas, observation.area_code), observation.period.label(),
         value_text(observation),
         fmt::format("{}!{}", observation.source.sheet, core::to_a1(observation.source.cell))});
  }
  std::array<std::size_t, 5> widths{};
  for (const auto& line : lines) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      widths[i] = std::max(widths[i], line[i].size());
    }
  }
  for (const auto& line : lines) {
    fmt::print("{:<{}}  {:<{}}  {:<{}}  {:>{}}  {}\n", line[0], widths[0], line[1], widths[1],
               line[2], widths[2], line[3], widths[3], line[4]);
  }
}

// The mapping FILE is read with, and the diagnostics that say why when there is none.
const mapping::Mapping* find_mapping(const MapOptions& options,
                                     const std::vector<mapping::Mapping>& mappings,
                                     io::Workbook& workbook, core::Diagnostics& diagnostics) {
  const std::filesystem::path path = options.file;
  if (!options.mapping.empty()) {
    if (mapping::mappings_for_file(path.filename().string(), mappings).empty()) {
      diagnostics.push_back(core::Diagnostic::warning(
          "map-files-mismatch",
          fmt::format("the 'files' of {} do not match this file's name, so 'scdash run' would "
                      "not read it with this mapping",
                      mappings.front().file),
          core::Location::in_file(options.file)));
    }
    return &mappings.front();
  }
  const auto assignment = mapping::assign_return(path, options.file, mappings, diagnostics);
  return assignment ? mapping::choose_mapping(*assignment, workbook, diagnostics) : nullptr;
}

}  // namespace

int map_command(const Arguments& arguments) {
  MapOptions options;
  po::options_description described = describe_options(options);
  const CommandLine line{"map",   described, "file", options.file, "give the return to read",
                         kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  const auto style = output_style(options.output);
  if (!style) {
    return usage_error(line, style.error());
  }
  const core::Severity least = least_shown(style->verbosity);
  const bool quiet = style->verbosity == Verbosity::quiet;

  const auto file_system = platform::make_disk_file_system();
  const auto project = load_project(*file_system, "map");
  if (!project) {
    return project.error();
  }
  options.mappings =
      option_or_project(options.mappings, project->mappings, default_mappings_folder());
  core::Diagnostics diagnostics;
  const std::filesystem::path mappings_folder = options.mappings;
  const mapping::ReferenceData reference =
      mapping::load_reference(*file_system, mappings_folder / "reference", diagnostics);
  std::vector<mapping::Mapping> mappings;
  if (options.mapping.empty()) {
    mappings = mapping::load_mappings(*file_system, mappings_folder, diagnostics);
  } else if (auto one = mapping::load_mapping_file(*file_system, options.mapping, diagnostics)) {
    mappings.push_back(std::move(*one));
  }
  mapping::check_area_aliases(mappings, reference.areas, diagnostics);
  // A broken mapping elsewhere in the folder does not stop this dry run, but 'scdash run'
  // would refuse to start, so the exit status still says so.
  const bool configuration_broken = core::has_errors(diagnostics);
  if (mappings.empty()) {
    print_diagnostics(stderr, diagnostics, least);
    fmt::print(stderr, "scdash map: no usable mapping; nothing was read\n");
    return kUsageError;
  }

  auto opened = io::open_workbook(*file_system, options.file, options.file);
  if (!opened) {
    diagnostics.push_back(opened.error());
    print_diagnostics(stderr, diagnostics, least);
    return kInputOutputError;
  }
  io::Workbook& workbook = **opened;
  const mapping::Mapping* chosen = find_mapping(options, mappings, workbook, diagnostics);
  if (chosen == nullptr) {
    print_diagnostics(stderr, diagnostics, least);
    fmt::print(stderr, "scdash map: no mapping reads {}\n", options.file);
    return kUsageError;
  }

  mapping::Extraction extraction =
      mapping::extract(*chosen, workbook, options.file, reference.areas);
  diagnostics.insert(diagnostics.end(), workbook.notes().begin(), workbook.notes().end());
  diagnostics.insert(diagnostics.end(), extraction.diagnostics.begin(),
                     extraction.diagnostics.end());
  if (!quiet) {
    fmt::print("{} read through {}{}\n\n", options.file, chosen->file,
               chosen->description.empty() ? "" : fmt::format(" ({})", chosen->description));
    print_observations(extraction.observations, reference.areas);
  }
  print_diagnostics(stderr, diagnostics, least);
  const std::size_t errors = core::count_errors(diagnostics);
  const auto rejected =
      std::count_if(extraction.observations.begin(), extraction.observations.end(),
                    [](const auto& o) { return o.rejected_because.has_value(); });
  if (!quiet) {
    fmt::print(
        "\n{} figure(s) from {} non-empty cell(s) in the mapped region: {} read, {} with "
        "problems, {} left out by 'where'; {} error(s)\n",
        extraction.observations.size() - static_cast<std::size_t>(rejected),
        extraction.cells_in_region.non_empty, extraction.cells_in_region.used,
        extraction.cells_in_region.reported, extraction.cells_in_region.excluded, errors);
  }
  if (configuration_broken) {
    return kUsageError;
  }
  return errors > 0 ? kDataErrors : kSuccess;
}

}  // namespace scdash::cli
