// Loading mapping files: the whole file is checked against the language before any return
// is read, and a mapping with any mistake is not used.
#include <fmt/format.h>

#include "mapping/parse_parts.hpp"
#include "scdash/core/yaml_checker.hpp"
#include "scdash/mapping/load.hpp"

namespace scdash::mapping {

std::optional<Mapping> parse_mapping(const std::string& text, const std::string& display_name,
                                     core::Diagnostics& diagnostics) {
  const std::size_t errors_before = core::count_errors(diagnostics);
  core::YamlChecker yaml(display_name, "mapping", diagnostics);
  const auto root = yaml.parse(text);
  if (!root && diagnostics.back().message.find("anchor") != std::string::npos) {
    // To YAML, a value starting with '*' names an anchor; to an analyst it is a glob.
    diagnostics.back().hint =
        "a value that starts with '*' must be in quotes, such as files: [\"*.xlsx\"] or "
        "\"*\": suppressed";
  }
  if (!root || !yaml.check_keys(
                   *root, "a mapping file",
                   {"description", "files", "sheet", "fingerprint", "table", "cells", "measure",
                    "area", "period", "rolling_12_months", "measures", "area_aliases", "values"})) {
    return std::nullopt;
  }
  const YAML::Node& node = *root;
  Mapping mapping;
  mapping.file = display_name;
  mapping.description = yaml.string_or(node, "description", "").value_or("");
  if (const auto files = yaml.require(node, "files")) {
    mapping.file_patterns = parse::texts(yaml, *files, "'files'");
  }
  if (node["sheet"]) {
    mapping.sheet = parse::sheet_selector(yaml, node["sheet"]);
  }
  if (node["fingerprint"]) {
    mapping.fingerprint = parse::texts(yaml, node["fingerprint"], "'fingerprint'");
  }
  if (node["table"].IsDefined() == node["cells"].IsDefined()) {
    yaml.error(node, node["table"] ? "layout-twice" : "missing-key",
               node["table"] ? "a mapping reads either a 'table' or a form's 'cells', not both"
                             : "a mapping needs a 'table' or a form's 'cells'",
               "table: figures in rows and columns under headings; cells: figures in fixed "
               "cells such as C7");
  } else if (node["table"]) {
    mapping.table = parse::table(yaml, node["table"]);
  } else {
    mapping.cells = parse::form_cells(yaml, node["cells"]);
  }
  for (const auto dimension : {Dimension::measure, Dimension::area, Dimension::period}) {
    const std::string key(dimension_name(dimension));
    if (node[key]) {
      const DimensionSource source = parse::dimension_source(yaml, node[key], dimension);
      (dimension == Dimension::measure ? mapping.measure
       : dimension == Dimension::area  ? mapping.area
                                       : mapping.period) = source;
    }
  }
  mapping.rolling_12_months = parse::boolean(yaml, node, "rolling_12_months").value_or(false);
  if (node["measures"]) {
    mapping.measures = parse::label_table(yaml, node["measures"], "measures", true);
  }
  if (node["area_aliases"]) {
    mapping.area_aliases = parse::label_table(yaml, node["area_aliases"], "area_aliases", false);
  }
  if (node["values"]) {
    mapping.values = parse::value_rules(yaml, node["values"]);
  }
  // Which dimension comes from where is only worth checking once every part reads cleanly.
  if (core::count_errors(diagnostics) == errors_before) {
    parse::check_dimensions(yaml, node, mapping);
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
    if (auto mapping = load_mapping_file(file_system, path, diagnostics)) {
      mappings.push_back(std::move(*mapping));
    }
  }
  return mappings;
}

std::optional<Mapping> load_mapping_file(core::FileSystem& file_system,
                                         const std::filesystem::path& path,
                                         core::Diagnostics& diagnostics) {
  const auto text =
      core::read_configuration_file(file_system, path, "mapping", "the mapping file", diagnostics);
  return text ? parse_mapping(*text, path.generic_string(), diagnostics) : std::nullopt;
}

}  // namespace scdash::mapping
