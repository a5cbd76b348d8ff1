// The validate module: data-quality rules over the observations, before anything is computed.
//
// Every rule reports at the cells it concerns, with a stable code, so that an analyst can
// find each problem in a partner's return in seconds. Rules never change a figure: the
// computation makes whatever an error touches "n/a" with its reason.
#pragma once

#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/kpi/catalogue.hpp"

namespace scdash::validate {

struct ValidationInputs {
  const std::vector<core::Observation>& observations;
  const kpi::Catalogue& catalogue;
};

// Checks the observations against the catalogue's needs:
//   count-negative         a count below zero (error)
//   count-not-whole        a count with a fraction (warning)
//   figure-contradicted    one measure, area and period given twice with different values (error)
//   numerator-too-large    a percentage's numerator above its denominator (error)
//   measure-not-supplied   a measure the dashboard needs that no return gives (warning)
core::Diagnostics validate_observations(const ValidationInputs& inputs);

}  // namespace scdash::validate
