// Where a figure stands against its indicator's target: the target as a level, and the gap to it
// in what the numerator counts ("263 crimes short of the 13% reduction target").
#pragma once

#include "scdash/kpi/model.hpp"
#include "scdash/template/catalogue.hpp"

namespace scdash::kpi {

// `current` against `target`, a relative target resting on `previous` (the same area's figure
// for the comparison period): the force's target rate applied to a BCU's own baseline.
TargetStanding stand_against(const templates::Indicator& indicator, const templates::Target& target,
                             const Figure& previous, const Figure& current);

}  // namespace scdash::kpi
