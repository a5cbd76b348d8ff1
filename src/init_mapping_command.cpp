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
#include "scdash/io.hpp"
#include "scdash/mapping.hpp"
#include "scdash/platform/disk_file_system.hpp"

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

  // Without the reference data the draft still works; it just recognises no area names.
  core::Diagnostics diagnostics;
  const mapping::ReferenceData reference = mapping::load_reference(
      *file_system, std::filesystem::path(options.mappings) / "reference", diagnostics);
  auto opened = io::open_workbook(*file_system, options.file, options.file);
  if (!opened) {
    diagnostics.push_back(opened.error());
    print_diagnostics(stderr, diagnostics);
    return kInputOutputError;
  }
  const auto draft = mapping::draft_mapping(**opened, options.file, options.sheet, reference.areas);
  if (!draft) {
    diagnostics.push_back(draft.error());
    print_diagnostics(stderr, diagnostics);
    return draft.error().code == "draft-sheet-missing" ? kUsageError : kInputOutputError;
  }
  print_diagnostics(stderr, diagnostics);
  if (options.out.empty()) {
    fmt::print("{}", *draft);
    return kSuccess;
  }
  if (auto written = file_system->write_atomically(options.out, *draft); !written) {
    fmt::print(stderr, "{}: error: cannot write the mapping: {}\n", options.out, written.error());
    return kInputOutputError;
  }
  fmt::print(stderr,
             "wrote {}; replace every TODO, then try it with:\n  scdash map {} --mapping {}\n",
             options.out, options.file, options.out);
  return kSuccess;
}

}  // namespace scdash::cli
