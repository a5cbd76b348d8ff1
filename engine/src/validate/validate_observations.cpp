#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "scdash/validate.hpp"

namespace scdash::validate {
namespace {

using Key = std::tuple<std::string, std::string, core::Period>;  // measure, area, period

// The measures the catalogue counts (rates, counts, and the parts of percentages and ratios):
// these must be whole numbers of zero or more.
std::set<std::string> counted_measures(const kpi::Catalogue& catalogue) {
  std::set<std::string> measures;
  for (const auto& outcome : catalogue.outcomes) {
    for (const auto& indicator : outcome.indicators) {
      const kpi::Formula& formula = indicator.formula;
      if (formula.kind == kpi::FormulaKind::value) {
        continue;
      }
      measures.insert(formula.measure);
      if (!formula.denominator_measure.empty()) {
        measures.insert(formula.denominator_measure);
      }
    }
  }
  return measures;
}

std::string describe(const core::Observation& observation) {
  return fmt::format("{} for {} in {}", observation.measure, observation.area_code,
                     observation.period.label());
}

void check_counts(const ValidationInputs& inputs, core::Diagnostics& out) {
  const std::set<std::string> counted = counted_measures(inputs.catalogue);
  for (const auto& observation : inputs.observations) {
    if (!counted.contains(observation.measure)) {
      continue;
    }
    if (observation.value < 0) {
      out.push_back(core::Diagnostic::error("count-negative",
                                            fmt::format("{} is a count, but this figure is {}",
                                                        describe(observation), observation.value),
                                            observation.source.location()));
    } else if (observation.value != std::floor(observation.value)) {
      out.push_back(core::Diagnostic::warning("count-not-whole",
                                              fmt::format("{} is a count, but this figure is {}",
                                                          describe(observation), observation.value),
                                              observation.source.location(),
                                              "check that the column holds counts, not rates"));
    }
  }
}

void check_contradictions(const ValidationInputs& inputs, core::Diagnostics& out) {
  std::map<Key, const core::Observation*> first_seen;
  for (const auto& observation : inputs.observations) {
    const Key key{observation.measure, observation.area_code, observation.period};
    const auto [it, inserted] = first_seen.emplace(key, &observation);
    if (!inserted && it->second->value != observation.value) {
      out.push_back(core::Diagnostic::error(
          "figure-contradicted",
          fmt::format("{} is {} here but {} at {}", describe(observation), observation.value,
                      it->second->value, it->second->source.location().to_string()),
          observation.source.location(),
          "the figures that need it are n/a until one of the two is corrected"));
    }
  }
}

void check_percentage_parts(const ValidationInputs& inputs, core::Diagnostics& out) {
  std::map<Key, const core::Observation*> by_key;
  for (const auto& observation : inputs.observations) {
    by_key.emplace(Key{observation.measure, observation.area_code, observation.period},
                   &observation);
  }
  for (const auto& outcome : inputs.catalogue.outcomes) {
    for (const auto& indicator : outcome.indicators) {
      const kpi::Formula& formula = indicator.formula;
      if (formula.kind != kpi::FormulaKind::percentage) {
        continue;
      }
      for (const auto& [key, numerator] : by_key) {
        if (std::get<0>(key) != formula.measure) {
          continue;
        }
        const auto denominator =
            by_key.find(Key{formula.denominator_measure, std::get<1>(key), std::get<2>(key)});
        if (denominator != by_key.end() && numerator->value > denominator->second->value) {
          out.push_back(core::Diagnostic::error(
              "numerator-too-large",
              fmt::format("{} is {}, more than the {} {} it is a part of", describe(*numerator),
                          numerator->value, denominator->second->value,
                          formula.denominator_measure),
              numerator->source.location(),
              fmt::format("{} is at {}", formula.denominator_measure,
                          denominator->second->source.location().to_string())));
        }
      }
    }
  }
}

void check_coverage(const ValidationInputs& inputs, core::Diagnostics& out) {
  std::set<std::string> supplied;
  for (const auto& observation : inputs.observations) {
    supplied.insert(observation.measure);
  }
  std::set<std::string> reported;
  for (const auto& outcome : inputs.catalogue.outcomes) {
    for (const auto& indicator : outcome.indicators) {
      for (const auto& measure :
           {indicator.formula.measure, indicator.formula.denominator_measure}) {
        if (!measure.empty() && !supplied.contains(measure) && reported.insert(measure).second) {
          out.push_back(core::Diagnostic::warning(
              "measure-not-supplied",
              fmt::format("no return supplies {}, so '{}' is n/a", measure, indicator.label),
              core::Location::in_file(inputs.catalogue.file),
              "add the partner's return to the folder, or a mapping that reads it"));
        }
      }
    }
  }
}

}  // namespace

core::Diagnostics validate_observations(const ValidationInputs& inputs) {
  core::Diagnostics diagnostics;
  check_counts(inputs, diagnostics);
  check_contradictions(inputs, diagnostics);
  check_percentage_parts(inputs, diagnostics);
  check_coverage(inputs, diagnostics);
  return diagnostics;
}

}  // namespace scdash::validate
