// The validate module: data-quality rules over the observations, before anything is computed.
//
// Every rule reports at the cells it concerns, with a stable code, so that an analyst can
// find each problem in a partner's return in seconds (docs/validation.md lists them all).
// Rules never change a figure: an error rejects the figures it concerns, which computing then
// treats as missing with the error as their reason, and warnings change nothing.
//
//   auto validation = scdash::validate::validate_observations(
//       {observations, catalogue, areas, populations, "mappings/reference/populations.yaml",
//        quarter});
//   scdash::validate::apply_rejections(validation.rejections, observations);
#pragma once

#include <string>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/core/population.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::validate {

struct ValidationInputs {
  const std::vector<core::Observation>& observations;
  const templates::Catalogue& catalogue;  // what the dashboard needs, and the rules' settings
  const core::AreaDirectory& areas;
  const core::PopulationTable& populations;
  std::string populations_file;    // how diagnostics about populations name their file
  core::FinancialQuarter quarter;  // the quarter being reported
};

// A figure an error rejects: observations[observation], and why, as the dashboard shows it.
struct Rejection {
  std::size_t observation = 0;
  std::string reason;
};

struct Validation {
  core::Diagnostics diagnostics;
  std::vector<Rejection> rejections;
};

// Checks the observations against the catalogue's needs for the quarter:
//   type          count-negative, count-not-whole, percent-out-of-range, rag-invalid
//   consistency   figure-contradicted, numerator-too-large, county-total-mismatch
//   coverage      measure-not-supplied, months-missing, district-missing, return-out-of-date
//   plausibility  month-implausible
//   reference     population-missing, population-out-of-date
Validation validate_observations(const ValidationInputs& inputs);

// Marks each rejected observation with its reason, so that computing leaves it out.
void apply_rejections(const std::vector<Rejection>& rejections,
                      std::vector<core::Observation>& observations);

}  // namespace scdash::validate
