// Reading an indicator's target from dashboard.yaml: `target: {reduction_percent: 13}`.
#pragma once

#include <optional>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/template/formula.hpp"
#include "scdash/template/target.hpp"

namespace scdash::templates {

// Reads the indicator's `target` into `target` (left empty when it has none); false after
// reporting a mistake at its line.
bool parse_target(core::YamlChecker& yaml, const YAML::Node& indicator,
                  const std::optional<Formula>& formula, std::optional<Target>& target);

}  // namespace scdash::templates
