// Populations a return gives: ONS's mid-year estimates, read through a mapping as the measures
// population.persons, population.households and population.adult_females, so that the year's
// estimates an analyst downloads are the denominators without an edit of populations.yaml.
#pragma once

#include <vector>

#include "scdash/core/observation.hpp"
#include "scdash/core/population.hpp"

namespace scdash::run {

// The reference populations with those the observations give added: each usable figure is
// its area's population in the year its period ends ("Mid-2024": 2024), and comes before the
// reference file's for that year.
core::PopulationTable with_given_populations(const core::PopulationTable& reference,
                                             const std::vector<core::Observation>& observations);

}  // namespace scdash::run
