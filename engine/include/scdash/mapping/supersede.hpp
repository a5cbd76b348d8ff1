// An archive of quarterly drops: partners resend their history every quarter, and revise it
// (recorded crime moves as crimes are reclassified), so the latest drop's figure is the one
// in force.
//
//   std::vector<scdash::mapping::Drop> drops = {{q1, q1_figures}, {q2, q2_figures}};
//   const auto in_force = scdash::mapping::supersede_earlier_drops(std::move(drops), diagnostics);
#pragma once

#include <optional>
#include <vector>

#include "scdash/core/diagnostic.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"

namespace scdash::mapping {

// The figures read from one quarter's folder (`quarter` nullopt: the returns folder itself,
// older than any quarter folder).
struct Drop {
  std::optional<core::FinancialQuarter> quarter;
  std::vector<core::Observation> observations;
};

// Keeps, for each measure, area and period, the figures of the latest drop that gives it. A
// superseded figure whose value or availability differs is reported as a revision (info) at
// the new figure's cell, naming the old value and cell. Figures within one drop are all kept:
// two of them for the same measure, area and period are a conflict for validation to report.
// The result lists the drops' figures oldest drop first, each in its read order.
std::vector<core::Observation> supersede_earlier_drops(std::vector<Drop> drops,
                                                       core::Diagnostics& diagnostics);

}  // namespace scdash::mapping
