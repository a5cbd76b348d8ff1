#include "scdash/mapping/supersede.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <tuple>

#include <fmt/format.h>

namespace scdash::mapping {
namespace {

using Key = std::tuple<std::string, std::string, core::Period>;

Key key_of(const core::Observation& observation) {
  return {observation.measure, observation.area_code, observation.period};
}

std::string value_text(const core::Observation& observation) {
  if (observation.unavailable_reason) {
    return fmt::format("not available ({})", *observation.unavailable_reason);
  }
  return observation.text ? fmt::format("\"{}\"", *observation.text)
                          : fmt::format("{}", observation.value);
}

std::string drop_label(const std::optional<core::FinancialQuarter>& quarter) {
  return quarter ? fmt::format("the {} return", quarter->label()) : "an earlier return";
}

}  // namespace

std::vector<core::Observation> supersede_earlier_drops(std::vector<Drop> drops,
                                                       core::Diagnostics& diagnostics) {
  std::stable_sort(drops.begin(), drops.end(),
                   [](const Drop& a, const Drop& b) { return a.quarter < b.quarter; });
  // Walk from the latest drop back, remembering the figures already in force.
  std::map<Key, const core::Observation*> in_force;
  std::vector<std::vector<core::Observation>> kept(drops.size());
  for (std::size_t d = drops.size(); d-- > 0;) {
    for (auto& observation : drops[d].observations) {
      const auto later = in_force.find(key_of(observation));
      if (later == in_force.end()) {
        kept[d].push_back(std::move(observation));
        continue;
      }
      const core::Observation& revised = *later->second;
      if (!observation.same_figure(revised)) {
        diagnostics.push_back(core::Diagnostic::info(
            "figure-revised",
            fmt::format("{} for {} is now {}; {} gave {} at {}", revised.measure,
                        revised.period.label(), value_text(revised), drop_label(drops[d].quarter),
                        value_text(observation), observation.source.location().to_string()),
            revised.source.location()));
      }
    }
    // Only now: figures of the same drop never supersede one another.
    for (const auto& observation : kept[d]) {
      in_force.emplace(key_of(observation), &observation);
    }
  }
  std::vector<core::Observation> observations;
  for (auto& drop : kept) {
    std::move(drop.begin(), drop.end(), std::back_inserter(observations));
  }
  return observations;
}

}  // namespace scdash::mapping
