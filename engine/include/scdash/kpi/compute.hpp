// Computing the dashboard model from observations, reference data and the catalogue.
//
//   const auto model = scdash::kpi::compute_dashboard(
//       {catalogue, observations, areas, populations}, *quarter, diagnostics);
//   model.outcomes[0].indicators[0].current.value;  // the rolling 12 months' figure, or nullopt
#pragma once

#include <optional>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/diagnostic.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/core/population.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

struct ComputeInputs {
  const templates::Catalogue& catalogue;
  const std::vector<core::Observation>& observations;
  const core::AreaDirectory& areas;
  const core::PopulationTable& populations;
};

// The latest financial quarter whose last month the observations reach; nullopt when there
// are no observations.
std::optional<core::FinancialQuarter> latest_complete_quarter(
    const std::vector<core::Observation>& observations);

// Computes every indicator for the quarter. Problems with the template's own references
// (an unknown district label, say) are added to `diagnostics`; figures that cannot be
// computed are returned as unavailable with their reason.
DashboardModel compute_dashboard(const ComputeInputs& inputs, core::FinancialQuarter quarter,
                                 core::Diagnostics& diagnostics);

// The change from `previous` to `current`: percentage points for a percentage, else per cent;
// none without both figures, or from a previous figure of 0.
std::optional<double> change_between(const templates::Formula& formula, const Figure& previous,
                                     const Figure& current);

// Direction of travel: stable within ±band (per cent, or points for percentages); judged by
// polarity.
Direction direction_of(double change, double stable_band);
Judgement judge(Direction direction, templates::Polarity polarity);

// Compares an area's figure with a benchmark: similar when the benchmark lies inside the area's
// interval, otherwise higher or lower, which polarity turns into better or worse.
Comparison compare_with_benchmark(double value, const Interval& interval, double benchmark,
                                  templates::Polarity polarity);

}  // namespace scdash::kpi
