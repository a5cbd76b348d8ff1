#include "project_file.hpp"

#include <system_error>

#include <fmt/format.h>

#include "diagnostic_printer.hpp"
#include "exit_status.hpp"
#include "scdash/core/yaml_checker.hpp"

namespace scdash::cli {

namespace fs = std::filesystem;

std::optional<fs::path> find_project_file(const fs::path& folder) {
  fs::path upward;  // "", "..", "../..": from `folder` to the folder being looked at
  std::error_code error;
  for (fs::path at = fs::absolute(folder, error).lexically_normal();; at = at.parent_path()) {
    if (fs::is_regular_file(at / run::kProjectFileName, error)) {
      return (upward / run::kProjectFileName).lexically_normal();
    }
    if (at == at.parent_path() || at.empty()) {
      return std::nullopt;  // the filesystem root
    }
    upward /= "..";
  }
}

core::Expected<run::Project, int> load_project(core::FileSystem& file_system,
                                               std::string_view command) {
  std::error_code error;
  const fs::path here = fs::current_path(error);
  const auto file = error ? std::nullopt : find_project_file(here);
  if (!file) {
    return run::Project{};
  }
  core::Diagnostics diagnostics;
  const auto text =
      core::read_configuration_file(file_system, *file, "project", "the project file", diagnostics);
  if (!text) {
    print_diagnostics(stderr, diagnostics);
    return core::unexpected(static_cast<int>(kInputOutputError));
  }
  run::Project project = run::parse_project(*text, *file, diagnostics);
  if (core::has_errors(diagnostics)) {
    print_diagnostics(stderr, diagnostics);
    fmt::print(stderr, "scdash {}: the project file {} has errors; nothing was read\n", command,
               file->generic_string());
    return core::unexpected(static_cast<int>(kUsageError));
  }
  return project;
}

}  // namespace scdash::cli
