// Consistency rules: one figure given once, parts no larger than their wholes, and a county's
// own total equal to the sum of its districts'.
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "validate/rule_context.hpp"

namespace scdash::validate {
namespace {

using Key = std::tuple<std::string, std::string, core::Period>;  // measure, area, period

Key key_of(const core::Observation& observation) {
  return {observation.measure, observation.area_code, observation.period};
}

// Every usable figure with the same measure, area and period, in the order given.
std::map<Key, std::vector<std::size_t>> usable_by_key(const RuleContext& context) {
  std::map<Key, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < context.observations().size(); ++i) {
    if (context.usable(i)) {
      by_key[key_of(context.observations()[i])].push_back(i);
    }
  }
  return by_key;
}

// The one usable figure for the key; none when there is none (contradictions are rejected
// before this is asked).
const core::Observation* find_usable(const RuleContext& context,
                                     const std::map<Key, std::vector<std::size_t>>& by_key,
                                     const Key& key) {
  const auto found = by_key.find(key);
  if (found == by_key.end()) {
    return nullptr;
  }
  for (const std::size_t index : found->second) {
    if (context.usable(index)) {
      return &context.observations()[index];
    }
  }
  return nullptr;
}

// A figure as a message shows it: its number, or its text in quotes.
std::string shown(const core::Observation& observation) {
  return observation.text ? fmt::format("\"{}\"", *observation.text)
                          : fmt::format("{}", observation.value);
}

// Two different values for one figure: each differing one is reported at its cell, and all of
// them are rejected, since which is right cannot be known.
void check_contradictions(RuleContext& context) {
  for (const auto& [key, indices] : usable_by_key(context)) {
    const core::Observation& first = context.observations()[indices.front()];
    const bool contradicted = std::any_of(indices.begin(), indices.end(), [&](std::size_t i) {
      return !context.observations()[i].same_figure(first);
    });
    if (!contradicted) {
      continue;
    }
    std::vector<std::string> places;
    for (const std::size_t i : indices) {
      const core::Observation& observation = context.observations()[i];
      places.push_back(
          fmt::format("{} at {}", shown(observation), observation.source.location().to_string()));
    }
    const std::string reason =
        fmt::format("the same figure is given as {} [figure-contradicted]", join_names(places));
    for (const std::size_t i : indices) {
      const core::Observation& observation = context.observations()[i];
      if (i == indices.front() || observation.same_figure(first)) {
        context.reject(i, reason);
        continue;
      }
      context.reject(
          i,
          context.about(
              observation, core::Severity::error, "figure-contradicted",
              fmt::format("{} is {} here but {} at {}", context.describe(observation),
                          shown(observation), shown(first), first.source.location().to_string()),
              "the figures that need it are n/a until one of the two is corrected"),
          reason);
    }
  }
}

void check_percentage_parts(RuleContext& context) {
  const auto by_key = usable_by_key(context);
  for (const templates::Indicator* indicator : all_indicators(context.inputs().catalogue)) {
    const templates::Formula& formula = indicator->formula;
    if (!formula.traits().part_of_whole) {
      continue;
    }
    for (const auto& [key, indices] : by_key) {
      const std::size_t index = indices.front();
      if (std::get<0>(key) != formula.measure || !context.usable(index)) {
        continue;
      }
      const core::Observation& numerator = context.observations()[index];
      const core::Observation* denominator = find_usable(
          context, by_key, {formula.denominator_measure, std::get<1>(key), std::get<2>(key)});
      if (denominator == nullptr || numerator.value <= denominator->value) {
        continue;
      }
      context.reject(
          index,
          context.about(numerator, core::Severity::error, "numerator-too-large",
                        fmt::format("{} is {}, more than the {} {} it is a part of",
                                    context.describe(numerator), numerator.value,
                                    denominator->value, formula.denominator_measure),
                        fmt::format("{} is at {}", formula.denominator_measure,
                                    denominator->source.location().to_string())),
          fmt::format("it is more than the {} {} at {} it is a part of [numerator-too-large]",
                      denominator->value, formula.denominator_measure,
                      denominator->source.location().to_string()));
    }
  }
}

// A county's own figure against the sum of all its districts' figures for the same period,
// where a return gives both. The county's figure is rejected; the districts' stand.
void check_county_totals(RuleContext& context) {
  const std::set<std::string> counted = counted_measures(context.inputs().catalogue);
  const double tolerance = context.settings().county_total_tolerance_percent;
  const auto by_key = usable_by_key(context);
  for (const auto& [key, indices] : by_key) {
    const auto& [measure, area_code, period] = key;
    const auto parts = context.inputs().areas.children(area_code);
    if (!counted.contains(measure) || parts.empty() || !context.usable(indices.front())) {
      continue;
    }
    double sum = 0;
    std::vector<std::string> part_places;
    bool every_part = true;
    for (const core::Area* part : parts) {
      const core::Observation* figure = find_usable(context, by_key, {measure, part->code, period});
      if (figure == nullptr) {
        every_part = false;
        break;
      }
      sum += figure->value;
      part_places.push_back(figure->source.location().to_string());
    }
    const core::Observation& county = context.observations()[indices.front()];
    const double difference = std::abs(county.value - sum);
    if (!every_part || difference <= std::abs(county.value) * tolerance / 100 + 1e-9) {
      continue;
    }
    context.reject(
        indices.front(),
        context.about(
            county, core::Severity::error, "county-total-mismatch",
            fmt::format("{} is {}, but its {} districts add up to {}: {} apart, more than the "
                        "{}% allowed",
                        context.describe(county), county.value, parts.size(), sum, difference,
                        tolerance),
            fmt::format("the districts' figures are at {}; if the county's total includes "
                        "figures no district has, raise 'county_total_tolerance_percent' in the "
                        "template",
                        join_names(part_places))),
        fmt::format("its districts add up to {} [county-total-mismatch]", sum));
  }
}

}  // namespace

void check_consistency(RuleContext& context) {
  check_contradictions(context);
  check_percentage_parts(context);
  check_county_totals(context);
}

}  // namespace scdash::validate
