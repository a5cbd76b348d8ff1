#include "scdash/run/project.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "scdash/core/yaml_checker.hpp"

namespace scdash::run {
namespace {

namespace fs = std::filesystem;

// `value` as written in the project file, made relative to where scdash runs: a relative path
// in the file is relative to the file's own folder.
std::string resolve(const fs::path& project_folder, const std::string& value) {
  const fs::path path(value);
  if (path.is_absolute()) {
    return path.lexically_normal().generic_string();
  }
  fs::path resolved = (project_folder / path).lexically_normal();
  if (resolved.has_parent_path() && resolved.filename().empty()) {
    resolved = resolved.parent_path();  // "returns/" names the folder "returns"
  }
  return resolved.empty() ? "." : resolved.generic_string();
}

// Reads the path under `key` into `target`; reports a value that is not one path.
void read_path(core::YamlChecker& checker, const YAML::Node& map, std::string_view key,
               const fs::path& project_folder, std::string& target) {
  const YAML::Node value = map[std::string(key)];
  if (!value) {
    return;
  }
  if (value.IsNull() || (value.IsScalar() && value.Scalar().empty())) {
    // "returns:" alone: its value has no place of its own, so the key's is given.
    const auto entry = std::find_if(map.begin(), map.end(), [&](const auto& pair) {
      return pair.first.IsScalar() && pair.first.Scalar() == key;
    });
    checker.error(value.IsNull() ? entry->first : value, "empty-path",
                  fmt::format("'{}' names no path", key),
                  "write a path relative to this file's folder, or remove the line");
    return;
  }
  if (const auto text = checker.string(map, key)) {
    target = resolve(project_folder, *text);
  }
}

}  // namespace

Project parse_project(std::string_view text, const fs::path& file, core::Diagnostics& diagnostics) {
  Project project;
  project.file = file;
  core::YamlChecker checker(file.generic_string(), "project", diagnostics);
  const auto root = checker.parse(std::string(text));
  if (!root || root->IsNull()) {
    return project;  // a syntax error is reported; an empty file names nothing
  }
  if (!checker.check_keys(*root, "the project file",
                          {"returns", "mappings", "template", "outputs", "narrative", "publish"})) {
    return project;
  }
  const fs::path folder = file.parent_path();
  read_path(checker, *root, "returns", folder, project.returns);
  read_path(checker, *root, "mappings", folder, project.mappings);
  read_path(checker, *root, "template", folder, project.dashboard_template);
  const auto flag = [&](std::string_view key) {
    return checker.choice<bool>(*root, key, {{"true", true}, {"false", false}}, false)
        .value_or(false);
  };
  project.narrative = flag("narrative");
  project.publish = flag("publish");
  if (const YAML::Node outputs = (*root)["outputs"]) {
    if (checker.check_keys(outputs, "'outputs'", {"dashboard", "report"})) {
      read_path(checker, outputs, "dashboard", folder, project.dashboard);
      read_path(checker, outputs, "report", folder, project.report);
    }
  }
  return project;
}

std::string option_or_project(const std::string& option, const std::string& from_project,
                              const std::string& fallback) {
  return !option.empty() ? option : !from_project.empty() ? from_project : fallback;
}

Outputs resolve_outputs(const std::string& dashboard, const std::string& report,
                        const Project& project) {
  Outputs outputs;
  outputs.dashboard = option_or_project(dashboard, project.dashboard, "dashboard.xlsx");
  outputs.report = !report.empty() ? report
                   : dashboard.empty() && !project.report.empty()
                       ? project.report
                       : (fs::path(outputs.dashboard).parent_path() / "report.json").string();
  return outputs;
}

}  // namespace scdash::run
