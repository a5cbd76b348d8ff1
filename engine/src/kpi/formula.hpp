// Evaluating an indicator's formula for one area over one period.
#pragma once

#include <string_view>

#include "kpi/observation_index.hpp"
#include "scdash/core/area.hpp"
#include "scdash/core/population.hpp"
#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

struct FormulaContext {
  const ObservationIndex& index;
  const core::AreaDirectory& areas;
  const core::PopulationTable& populations;
};

// The figure over every month of `window`: the measure summed and divided as the formula
// says, or for a reported value the latest one up to the window's end.
Figure evaluate_over(const templates::Formula& formula, const FormulaContext& context,
                     std::string_view area_code, core::Period window);

// A reported value: the latest the area's returns give, ending no later than `up_to`.
Figure latest_value(const templates::Formula& formula, const FormulaContext& context,
                    std::string_view area_code, core::Month up_to);

}  // namespace scdash::kpi
