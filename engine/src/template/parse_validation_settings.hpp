// Reading the template's `validation:` section.
#pragma once

#include <optional>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/template/validation_settings.hpp"

namespace scdash::templates {

// The settings under `root`'s `validation` key, the defaults for those not given; nullopt,
// with every mistake reported, when a key is unknown or a value out of range.
std::optional<ValidationSettings> parse_validation_settings(core::YamlChecker& yaml,
                                                            const YAML::Node& root);

}  // namespace scdash::templates
