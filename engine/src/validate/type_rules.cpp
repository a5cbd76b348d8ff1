// Type rules: counts are whole numbers of zero or more, percentages lie from 0 to 100.
#include <cmath>

#include <fmt/format.h>

#include "validate/rule_context.hpp"

namespace scdash::validate {
namespace {

void check_counts(RuleContext& context) {
  const std::set<std::string> counted = counted_measures(context.inputs().catalogue);
  for (std::size_t i = 0; i < context.observations().size(); ++i) {
    const core::Observation& observation = context.observations()[i];
    if (!counted.contains(observation.measure) || !context.usable(i)) {
      continue;
    }
    if (observation.value < 0) {
      context.reject(i,
                     context.about(observation, core::Severity::error, "count-negative",
                                   fmt::format("{} is a count, but this figure is {}",
                                               context.describe(observation), observation.value)),
                     fmt::format("a count cannot be negative, and this is {} [count-negative]",
                                 observation.value));
    } else if (observation.value != std::floor(observation.value)) {
      context.report(context.about(observation, core::Severity::warning, "count-not-whole",
                                   fmt::format("{} is a count, but this figure is {}",
                                               context.describe(observation), observation.value),
                                   "check that the column holds counts, not rates"));
    }
  }
}

void check_percentages(RuleContext& context) {
  const std::set<std::string> percentages = percentage_measures(context.inputs().catalogue);
  for (std::size_t i = 0; i < context.observations().size(); ++i) {
    const core::Observation& observation = context.observations()[i];
    if (!percentages.contains(observation.measure) || !context.usable(i)) {
      continue;
    }
    if (observation.value < 0 || observation.value > 100) {
      context.reject(
          i,
          context.about(
              observation, core::Severity::error, "percent-out-of-range",
              fmt::format("{} is a percentage, but this figure is {}, outside 0 to 100",
                          context.describe(observation), observation.value),
              "a figure outside 0 to 100 is usually a count or a typo in the percentage column"),
          fmt::format("a percentage is from 0 to 100, and this is {} [percent-out-of-range]",
                      observation.value));
    }
  }
}

}  // namespace

void check_types(RuleContext& context) {
  check_counts(context);
  check_percentages(context);
}

}  // namespace scdash::validate
