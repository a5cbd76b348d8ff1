// Reading the parts of a mapping file, for load_mapping.cpp.
//
// Each function reports what is wrong through the YamlChecker (file:line:column and, for a
// misspelt key, the nearest right one) and returns its best reading; parse_mapping discards a
// mapping in which anything was reported, so a half-read part is never used.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/mapping/mapping.hpp"

namespace scdash::mapping::parse {

Sourced sourced(const YAML::Node& node, std::string text);

// A text, or a list of texts.
std::vector<std::string> texts(core::YamlChecker& yaml, const YAML::Node& node,
                               std::string_view what);

// `key: true` or `key: false` (yes/no accepted); nullopt when the key is absent or wrong.
std::optional<bool> boolean(core::YamlChecker& yaml, const YAML::Node& map, std::string_view key);

// A heading, or {header: ..., aliases: [...]}.
// A column by heading, or {header, aliases}; an area column may also take a 'pattern', a
// 'lookup' and the areas 'outside' the partnership, which area_values reads.
ColumnRef column_ref(core::YamlChecker& yaml, const YAML::Node& node, std::string_view key);
AreaValues area_values(core::YamlChecker& yaml, const YAML::Node& node);

// A constant, or {cell: B2, pattern: ...}, {sheet_name: PATTERN} or {file_name: PATTERN}.
DimensionSource dimension_source(core::YamlChecker& yaml, const YAML::Node& node,
                                 Dimension dimension);

// A sheet name, or {name: ...}, {pattern: ...} or {position: N}.
SheetSelector sheet_selector(core::YamlChecker& yaml, const YAML::Node& node);

// `label: meaning` lines; measure meanings must be measure ids.
std::vector<LabelEntry> label_table(core::YamlChecker& yaml, const YAML::Node& node,
                                    std::string_view key, bool meanings_are_measures);

ValueRules value_rules(core::YamlChecker& yaml, const YAML::Node& node);

// One condition, or a list of them that must all hold.
std::vector<Condition> conditions(core::YamlChecker& yaml, const YAML::Node& node);

Table table(core::YamlChecker& yaml, const YAML::Node& node);

std::vector<FormCell> form_cells(core::YamlChecker& yaml, const YAML::Node& node);

// After the parts have been read cleanly: every figure gets each dimension from exactly one
// place (a table column, the headings, the mapping's own measure/area/period, a form cell).
void check_dimensions(core::YamlChecker& yaml, const YAML::Node& root, const Mapping& mapping);

}  // namespace scdash::mapping::parse
