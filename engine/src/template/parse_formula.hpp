// Reading an indicator's formula from dashboard.yaml: exactly one of the kinds' keys ("rate",
// "percentage", ...) says how the figure is made.
#pragma once

#include <optional>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/template/formula.hpp"

namespace scdash::templates {

// Reports a missing formula, a second one, and every mistake inside the one given.
std::optional<Formula> parse_formula(core::YamlChecker& yaml, const YAML::Node& indicator);

}  // namespace scdash::templates
