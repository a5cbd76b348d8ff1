#include "run/given_populations.hpp"

#include <fmt/format.h>

namespace scdash::run {

core::PopulationTable with_given_populations(const core::PopulationTable& reference,
                                             const std::vector<core::Observation>& observations) {
  core::PopulationTable populations = reference;
  for (const core::Observation& observation : observations) {
    if (!observation.usable() || observation.text) {
      continue;
    }
    for (const auto denominator : {core::Denominator::persons, core::Denominator::households,
                                   core::Denominator::adult_females}) {
      if (observation.measure != core::population_measure(denominator)) {
        continue;
      }
      core::Population population;
      population.area_code = observation.area_code;
      population.year = observation.period.last.year();
      population.vintage = fmt::format("Mid-{} estimate", population.year);
      population.source = observation.source.location().to_string();
      switch (denominator) {
        case core::Denominator::persons:
          population.persons = observation.value;
          break;
        case core::Denominator::households:
          population.households = observation.value;
          break;
        case core::Denominator::adult_females:
          population.adult_females = observation.value;
          break;
      }
      populations.add(std::move(population));
    }
  }
  return populations;
}

}  // namespace scdash::run
