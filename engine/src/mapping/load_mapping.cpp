#include <fmt/format.h>

#include "core/yaml_checker.hpp"
#include "scdash/mapping/load.hpp"

namespace scdash::mapping {
namespace {

Sourced sourced(const YAML::Node& node, std::string text) {
  const YAML::Mark mark = node.Mark();
  return {std::move(text), mark.line + 1, mark.column + 1};
}

std::vector<std::string> string_list(core::YamlChecker& yaml, const YAML::Node& node,
                                     std::string_view what) {
  std::vector<std::string> values;
  if (node.IsScalar()) {
    values.push_back(node.Scalar());
    return values;
  }
  if (!node.IsSequence()) {
    yaml.error(node, "wrong-type", fmt::format("{} must be a text or a list of texts", what));
    return values;
  }
  for (const auto& item : node) {
    if (auto text = yaml.scalar(item, what)) {
      values.push_back(*text);
    }
  }
  return values;
}

std::optional<WideTable> parse_table(core::YamlChecker& yaml, const YAML::Node& node) {
  if (!yaml.check_keys(node, "table",
                       {"shape", "find_header", "within_rows", "area_column", "stop_at"})) {
    return std::nullopt;
  }
  WideTable table;
  bool ok = true;
  if (const auto shape = yaml.string(node, "shape"); shape && *shape != "wide") {
    yaml.error(node["shape"], "unknown-shape", fmt::format("unknown table shape '{}'", *shape),
               "the shapes are: wide (areas down the rows, months across the columns)");
    ok = false;
  }
  if (const auto label = yaml.string(node, "find_header")) {
    table.header_label = sourced(node["find_header"], *label);
  } else {
    ok = false;
  }
  if (const auto column = yaml.string(node, "area_column")) {
    table.area_column = sourced(node["area_column"], *column);
  } else {
    ok = false;
  }
  if (node["within_rows"]) {
    const auto rows = yaml.integer(node, "within_rows");
    if (rows && *rows >= 1) {
      table.search_rows = *rows;
    } else {
      if (rows) {
        yaml.error(node["within_rows"], "out-of-range", "'within_rows' must be at least 1");
      }
      ok = false;
    }
  }
  if (node["stop_at"]) {
    table.stop_labels = string_list(yaml, node["stop_at"], "'stop_at'");
  }
  return ok ? std::optional(table) : std::nullopt;
}

}  // namespace

std::optional<Mapping> parse_mapping(const std::string& text, const std::string& display_name,
                                     core::Diagnostics& diagnostics) {
  const std::size_t errors_before = core::count_errors(diagnostics);
  core::YamlChecker yaml(display_name, "mapping", diagnostics);
  const auto root = yaml.parse(text);
  if (!root || !yaml.check_keys(*root, "a mapping file",
                                {"description", "files", "sheet", "table", "measure"})) {
    return std::nullopt;
  }
  Mapping mapping;
  mapping.file = display_name;
  mapping.description = yaml.string_or(*root, "description", "").value_or("");
  if (const auto files = yaml.require(*root, "files")) {
    mapping.file_patterns = string_list(yaml, *files, "'files'");
  }
  if (const auto sheet = yaml.string(*root, "sheet")) {
    mapping.sheet = sourced((*root)["sheet"], *sheet);
  }
  if (const auto measure = yaml.string(*root, "measure")) {
    mapping.measure = sourced((*root)["measure"], *measure);
  }
  if (const auto table_node = yaml.require(*root, "table")) {
    if (auto table = parse_table(yaml, *table_node)) {
      mapping.table = std::move(*table);
    }
  }
  if (core::count_errors(diagnostics) > errors_before) {
    return std::nullopt;
  }
  return mapping;
}

std::vector<Mapping> load_mappings(core::FileSystem& file_system,
                                   const std::filesystem::path& directory,
                                   core::Diagnostics& diagnostics) {
  std::vector<Mapping> mappings;
  const auto entries = file_system.list_directory(directory);
  if (!entries) {
    diagnostics.push_back(core::Diagnostic::error(
        "mappings-unreadable", fmt::format("cannot read the mappings folder: {}", entries.error()),
        core::Location::in_file(directory.generic_string())));
    return mappings;
  }
  for (const auto& entry : *entries) {
    const std::filesystem::path path = directory / entry.name;
    if (entry.is_directory || (path.extension() != ".yaml" && path.extension() != ".yml")) {
      continue;
    }
    const auto text = core::read_whole_file(file_system, path);
    if (!text) {
      diagnostics.push_back(core::Diagnostic::error(
          "mapping-unreadable", fmt::format("cannot read the mapping file: {}", text.error()),
          core::Location::in_file(path.generic_string())));
      continue;
    }
    if (auto mapping = parse_mapping(*text, path.generic_string(), diagnostics)) {
      mappings.push_back(std::move(*mapping));
    }
  }
  return mappings;
}

}  // namespace scdash::mapping
