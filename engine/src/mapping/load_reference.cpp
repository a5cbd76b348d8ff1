#include <fmt/format.h>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/mapping/load.hpp"

namespace scdash::mapping {
namespace {

std::optional<YAML::Node> load_yaml(core::FileSystem& file_system,
                                    const std::filesystem::path& path, core::YamlChecker& yaml,
                                    core::Diagnostics& diagnostics) {
  const auto text =
      core::read_configuration_file(file_system, path, "reference", "reference data", diagnostics);
  return text ? yaml.parse(*text) : std::nullopt;
}

void load_areas(core::FileSystem& file_system, const std::filesystem::path& path,
                core::AreaDirectory& areas, core::Diagnostics& diagnostics) {
  core::YamlChecker yaml(path.generic_string(), "reference", diagnostics);
  const auto root = load_yaml(file_system, path, yaml, diagnostics);
  if (!root || !yaml.check_keys(*root, "areas.yaml", {"areas"})) {
    return;
  }
  const auto list = yaml.sequence(*root, "areas");
  if (!list) {
    return;
  }
  for (const auto& node : *list) {
    if (!yaml.check_keys(node, "an area", {"code", "label", "name", "parent", "aliases"})) {
      continue;
    }
    core::Area area;
    area.code = yaml.string(node, "code").value_or("");
    area.name = yaml.string(node, "name").value_or("");
    area.label = yaml.string_or(node, "label", "").value_or("");
    area.parent = yaml.string_or(node, "parent", "").value_or("");
    if (const auto aliases = yaml.sequence(node, "aliases", false)) {
      for (const auto& alias : *aliases) {
        if (auto text = yaml.scalar(alias, "an alias")) {
          area.aliases.push_back(*text);
        }
      }
    }
    if (area.code.empty() || area.name.empty()) {
      continue;
    }
    if (const auto clash = areas.add(std::move(area))) {
      yaml.error(node, "duplicate-area-name", *clash,
                 "each code, name, label and alias must identify one area");
    }
  }
  for (const auto& area : areas.areas()) {
    if (!area.parent.empty() && areas.find_code(area.parent) == nullptr) {
      diagnostics.push_back(core::Diagnostic::error(
          "reference-unknown-parent",
          fmt::format("{}'s parent '{}' is not an area in this file", area.name, area.parent),
          core::Location::in_file(path.generic_string())));
    }
  }
}

void load_populations(core::FileSystem& file_system, const std::filesystem::path& path,
                      const core::AreaDirectory& areas, core::PopulationTable& populations,
                      core::Diagnostics& diagnostics) {
  core::YamlChecker yaml(path.generic_string(), "reference", diagnostics);
  const auto root = load_yaml(file_system, path, yaml, diagnostics);
  if (!root || !yaml.check_keys(*root, "populations.yaml", {"populations"})) {
    return;
  }
  const auto list = yaml.sequence(*root, "populations");
  if (!list) {
    return;
  }
  for (const auto& node : *list) {
    if (!yaml.check_keys(
            node, "a population",
            {"area", "year", "persons", "households", "adult_females", "vintage", "source"})) {
      continue;
    }
    core::Population row;
    row.area_code = yaml.string(node, "area").value_or("");
    row.year = yaml.integer(node, "year").value_or(0);
    row.vintage = yaml.string(node, "vintage").value_or("");
    row.source = yaml.string(node, "source").value_or("");
    for (const auto& [key, field] :
         {std::pair{"persons", &row.persons}, std::pair{"households", &row.households},
          std::pair{"adult_females", &row.adult_females}}) {
      if (node[key]) {
        *field = yaml.number(node, key);
        if (*field && **field <= 0) {
          yaml.error(node[key], "out-of-range", fmt::format("'{}' must be more than zero", key));
          field->reset();
        }
      }
    }
    if (!row.area_code.empty() && areas.find_code(row.area_code) == nullptr) {
      yaml.error(node["area"], "unknown-area",
                 fmt::format("'{}' is not an area code in areas.yaml", row.area_code));
      continue;
    }
    populations.add(std::move(row));
  }
}

}  // namespace

ReferenceData load_reference(core::FileSystem& file_system, const std::filesystem::path& directory,
                             core::Diagnostics& diagnostics) {
  ReferenceData reference;
  load_areas(file_system, directory / "areas.yaml", reference.areas, diagnostics);
  load_populations(file_system, directory / "populations.yaml", reference.areas,
                   reference.populations, diagnostics);
  return reference;
}

}  // namespace scdash::mapping
