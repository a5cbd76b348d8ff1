// Reading the template's `measures:` section: the measures it derives from others.
#pragma once

#include <vector>

#include "scdash/core/yaml_checker.hpp"
#include "scdash/template/derived_measure.hpp"

namespace scdash::templates {

// The derived measures under `root`'s `measures` key, each checked: a known operation, parts
// enough for it, and no measure made, directly or through others, from itself.
std::vector<DerivedMeasure> parse_derived_measures(core::YamlChecker& yaml, const YAML::Node& root);

}  // namespace scdash::templates
