// The check both layout.yaml and narrative.yaml make of a text with the layout's placeholders.
#pragma once

#include <string>

#include "scdash/core/yaml_checker.hpp"

namespace scdash::templates {

// Reports each name between braces in `text` that is not one of the layout's placeholders, at
// `node`, listing those there are; true when there is none.
bool check_layout_placeholders(core::YamlChecker& yaml, const YAML::Node& node,
                               const std::string& text);

}  // namespace scdash::templates
