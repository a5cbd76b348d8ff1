#include "template/parse_validation_settings.hpp"

#include <fmt/format.h>

namespace scdash::templates {
namespace {

// The number under `key` when it is given and at least `minimum` (or, when `strictly`, more),
// leaving `field` at its default when the key is absent.
bool read_number(core::YamlChecker& yaml, const YAML::Node& node, std::string_view key,
                 double minimum, bool strictly, double& field) {
  const YAML::Node value_node = node[std::string(key)];
  if (!value_node) {
    return true;
  }
  const auto value = yaml.number(node, key);
  if (!value) {
    return false;
  }
  if (strictly ? *value <= minimum : *value < minimum) {
    yaml.error(value_node, "out-of-range",
               fmt::format("'{}' must be {} {}, found {}", key, strictly ? "more than" : "at least",
                           minimum, *value));
    return false;
  }
  field = *value;
  return true;
}

}  // namespace

std::optional<ValidationSettings> parse_validation_settings(core::YamlChecker& yaml,
                                                            const YAML::Node& root) {
  ValidationSettings settings;
  const YAML::Node node = root["validation"];
  if (!node) {
    return settings;
  }
  if (!yaml.check_keys(
          node, "'validation'",
          {"county_total_tolerance_percent", "month_change_factor", "month_history_minimum",
           "outlier_iqr_factor", "population_max_age_years"})) {
    return std::nullopt;
  }
  // Every key is checked before giving up, so that one run reports all the mistakes.
  bool ok = read_number(yaml, node, "county_total_tolerance_percent", 0, false,
                        settings.county_total_tolerance_percent);
  // A factor of 1 or less would call every month implausible.
  ok = read_number(yaml, node, "month_change_factor", 1, true, settings.month_change_factor) && ok;
  ok = read_number(yaml, node, "month_history_minimum", 0, false, settings.month_history_minimum) &&
       ok;
  ok = read_number(yaml, node, "outlier_iqr_factor", 0, true, settings.outlier_iqr_factor) && ok;
  if (node["population_max_age_years"]) {
    const auto years = yaml.integer(node, "population_max_age_years");
    if (years && *years < 0) {
      yaml.error(node["population_max_age_years"], "out-of-range",
                 "'population_max_age_years' cannot be negative");
      ok = false;
    } else if (years) {
      settings.population_max_age_years = *years;
    } else {
      ok = false;
    }
  }
  return ok ? std::optional(settings) : std::nullopt;
}

}  // namespace scdash::templates
