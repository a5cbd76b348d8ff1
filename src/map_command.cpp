// scdash map: a dry run of one return through its mapping (run::check_return). It prints every
// figure the mapping extracts (measure, area, period, value, cell) and every diagnostic, and
// computes nothing, so that an analyst editing a mapping sees at once what it reads.
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
#include "scdash/platform/disk_file_system.hpp"
#include "scdash/run/check_return.hpp"
#include "scdash/run/project.hpp"
#include "terminal_text.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
Without --mapping, the mappings are chosen as 'scdash run' chooses them: by the file's name
and, when several mappings' 'files' match, sheet by sheet, by each mapping's 'sheet' and
fingerprint. Diagnostics go to standard error.

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
    // The cell's text and the sheet's name are the partner's: shown escaped.
    lines.push_back({observation.measure, terminal_safe(area_text(areas, observation.area_code)),
                     observation.period.label(), terminal_safe(value_text(observation)),
                     terminal_safe(fmt::format("{}!{}", observation.source.sheet,
                                               core::to_a1(observation.source.cell)))});
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
      run::option_or_project(options.mappings, project->mappings, default_mappings_folder());
  const run::CheckResult checked = run::check_return(
      *file_system, {options.file, options.file, options.mappings, options.mapping});
  const core::Diagnostics& diagnostics = checked.diagnostics;
  switch (checked.stop) {
    case run::CheckStop::none:
      break;
    case run::CheckStop::no_usable_mapping:
      print_diagnostics(stderr, diagnostics, least);
      fmt::print(stderr, "scdash map: no usable mapping; nothing was read\n");
      return kUsageError;
    case run::CheckStop::unreadable:
      print_diagnostics(stderr, diagnostics, least);
      return kInputOutputError;
    case run::CheckStop::no_mapping_reads:
      print_diagnostics(stderr, diagnostics, least);
      fmt::print(stderr, "scdash map: no mapping reads {}\n", options.file);
      return kUsageError;
  }
  if (!quiet) {
    fmt::print("{} read through {}{}\n\n", options.file, checked.mapping_file,
               checked.mapping_description.empty()
                   ? ""
                   : fmt::format(" ({})", checked.mapping_description));
    print_observations(checked.observations, checked.reference.areas);
  }
  print_diagnostics(stderr, diagnostics, least);
  const std::size_t errors = core::count_errors(diagnostics);
  const auto rejected = std::count_if(checked.observations.begin(), checked.observations.end(),
                                      [](const auto& o) { return o.rejected_because.has_value(); });
  const core::CellAccount& cells = checked.cells_in_region;
  if (!quiet) {
    fmt::print(
        "\n{} figure(s) from {} non-empty cell(s) in the mapped region: {} read, {} with "
        "problems, {} left out by 'where'; {} error(s)\n",
        checked.observations.size() - static_cast<std::size_t>(rejected), cells.non_empty,
        cells.used, cells.reported, cells.excluded, errors);
  }
  if (checked.configuration_broken) {
    return kUsageError;
  }
  return errors > 0 ? kDataErrors : kSuccess;
}

}  // namespace scdash::cli
