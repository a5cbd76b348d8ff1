// scdash.yaml: the project file at the root of a BI team's working folder. It names the returns
// folder, the mappings folder, the template and the outputs, so that 'scdash run' alone works
// anywhere inside the folder. Every command-line option overrides it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/expected.hpp"
#include "scdash/core/file_system.hpp"

namespace scdash::cli {

inline constexpr std::string_view kProjectFileName = "scdash.yaml";

// What a project file names, each path already resolved against the file's own folder; empty
// when the file does not name it (or there is no project file).
struct Project {
  std::filesystem::path file;  // as diagnostics name it, e.g. "scdash.yaml" or "../scdash.yaml"
  std::string returns;
  std::string mappings;
  std::string dashboard_template;
  std::string dashboard;
  std::string report;
};

// The option's value when the command line gives one, else the project file's, else `fallback`.
std::string option_or_project(const std::string& option, const std::string& from_project,
                              const std::string& fallback);

// The dashboard and report a run writes.
struct Outputs {
  std::string dashboard;
  std::string report;
};

// The options' --out and --report where given, else the project file's, else dashboard.xlsx
// and report.json beside the dashboard. A --out given alone takes the report beside it, so
// that the two outputs of one run stay together.
Outputs resolve_outputs(const std::string& out, const std::string& report, const Project& project);

// The scdash.yaml in `folder` or in the nearest folder above it, named relative to `folder`
// ("scdash.yaml", "../scdash.yaml", ...); nullopt when there is none up to the filesystem root.
std::optional<std::filesystem::path> find_project_file(const std::filesystem::path& folder);

// Reads the project file's text, named `file`; every mistake is reported in `diagnostics` at its
// line and column.
Project parse_project(std::string_view text, const std::filesystem::path& file,
                      core::Diagnostics& diagnostics);

// The current folder's project (an empty Project when there is none). When the file has
// mistakes, prints them, names `command`, and fails with the usage-error status; when it cannot
// be read, with the input/output-error status.
core::Expected<Project, int> load_project(core::FileSystem& file_system, std::string_view command);

}  // namespace scdash::cli
