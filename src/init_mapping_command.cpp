// scdash init-mapping: writes a starting mapping from a return's layout (its header row, area
// and month columns recognised) for the analyst to finish, to standard output or a new file.

#include <fmt/format.h>
#include <boost/program_options.hpp>

#include "command_line.hpp"
#include "commands.hpp"
#include "default_paths.hpp"
#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "project_file.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "scdash/run/draft_return.hpp"

namespace scdash::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kExample = R"(
The draft marks what it cannot know with TODO, which scdash refuses until it is replaced.
An existing file is never overwritten.

example:
  scdash init-mapping returns/asb-hinckley-2025-09.xlsx --out mappings/asb-hinckley.yaml
  scdash map returns/asb-hinckley-2025-09.xlsx --mapping mappings/asb-hinckley.yaml
)";

struct InitOptions {
  std::string file;
  std::string sheet;
  std::string out;
  std::string mappings;
};

po::options_description describe_options(InitOptions& options) {
  po::options_description described("usage: scdash init-mapping FILE [options]\n\noptions");
  described.add_options()("help,h", "show this help")(
      "sheet", po::value(&options.sheet), "the sheet to describe (default: the first visible one)")(
      "out", po::value(&options.out), "the mapping file to write (default: standard output)")(
      "mappings", po::value(&options.mappings),
      "folder of mapping files, whose reference/areas.yaml is used to recognise area names "
      "(default: the project file's, or else mappings)");
  return described;
}

}  // namespace

int init_mapping_command(const Arguments& arguments) {
  InitOptions options;
  po::options_description described = describe_options(options);
  const CommandLine line{
      "init-mapping", described, "file", options.file, "give the return to describe", kExample};
  po::variables_map values;
  if (const auto stop = parse_command_line(line, arguments, values)) {
    return *stop;
  }
  const auto file_system = platform::make_disk_file_system();
  const auto project = load_project(*file_system, "init-mapping");
  if (!project) {
    return project.error();
  }
  options.mappings =
      run::option_or_project(options.mappings, project->mappings, default_mappings_folder());
  if (!options.out.empty() && file_system->open_for_reading(options.out)) {
    fmt::print(stderr, "scdash init-mapping: {} already exists; give another --out\n", options.out);
    return kUsageError;
  }

  const run::DraftResult drafted = run::draft_return_mapping(
      *file_system, {options.file, options.file, options.mappings, options.sheet});
  print_diagnostics(stderr, drafted.diagnostics);
  if (!drafted.yaml) {
    const bool sheet_missing =
        !drafted.diagnostics.empty() && drafted.diagnostics.back().code == "draft-sheet-missing";
    return sheet_missing ? kUsageError : kInputOutputError;
  }
  if (options.out.empty()) {
    fmt::print("{}", *drafted.yaml);
    return kSuccess;
  }
  if (auto written = file_system->write_atomically(options.out, *drafted.yaml); !written) {
    fmt::print(stderr, "{}: error: cannot write the mapping: {}\n", options.out, written.error());
    return kInputOutputError;
  }
  fmt::print(stderr,
             "wrote {}; replace every TODO, then try it with:\n  scdash map {} --mapping {}\n",
             options.out, options.file, options.out);
  return kSuccess;
}

}  // namespace scdash::cli
