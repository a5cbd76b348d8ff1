// The project file, scdash.yaml, at the root of a BI team's working folder: it names the returns
// folder, the mappings, the template and the outputs, so that `scdash run` alone works anywhere
// inside the folder and the page needs only the folder. Every command-line option overrides it.
//
//   core::Diagnostics diagnostics;
//   const Project project = scdash::run::parse_project(text, "scdash.yaml", diagnostics);
//   // project.returns == "returns", resolved against the file's own folder
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "scdash/core/diagnostic.hpp"

namespace scdash::run {

inline constexpr std::string_view kProjectFileName = "scdash.yaml";
// Where a working folder keeps what its project file does not name.
inline constexpr std::string_view kDefaultReturnsFolder = "returns";
inline constexpr std::string_view kDefaultMappingsFolder = "mappings";
inline constexpr std::string_view kDefaultTemplateFolder = "workbook-templates/safer-communities";
// The board report's draft, beside the dashboard; its Markdown is board-report.md.
inline constexpr std::string_view kBoardReportName = "board-report.docx";

// What a project file names, each path already resolved against the file's own folder; empty
// when the file does not name it (or there is no project file).
struct Project {
  std::filesystem::path file;  // as diagnostics name it, e.g. "scdash.yaml" or "../scdash.yaml"
  std::string returns;
  std::string mappings;
  std::string dashboard_template;
  std::string dashboard;
  std::string report;
  bool narrative = false;  // also the board report's draft, as `scdash run --narrative`
  bool publish = false;    // also the published copies, as `scdash run --publish`
};

// Reads the project file's text, named `file`; every mistake is reported in `diagnostics` at its
// line and column.
Project parse_project(std::string_view text, const std::filesystem::path& file,
                      core::Diagnostics& diagnostics);

// The option's value when one is given, else the project file's, else `fallback`.
std::string option_or_project(const std::string& option, const std::string& from_project,
                              const std::string& fallback);

// The dashboard and report a run writes.
struct Outputs {
  std::string dashboard;
  std::string report;
};

// The options' dashboard and report where given, else the project file's, else dashboard.xlsx
// and report.json beside the dashboard. A dashboard given alone takes the report beside it, so
// that the two outputs of one run stay together.
Outputs resolve_outputs(const std::string& dashboard, const std::string& report,
                        const Project& project);

}  // namespace scdash::run
