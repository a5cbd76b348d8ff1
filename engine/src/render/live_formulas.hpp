// Live formulas on the Dashboard: the change and the direction of travel are Excel formulas on
// the previous and current cells, so that an officer who corrects a figure sees them follow.
//
// The formulas repeat the KPI engine's rules (kpi::compute.cpp: the change in per cent, or in
// percentage points for percentages; "stable" within the indicator's stable band), with the
// band as a constant. The renderer writes the engine's own result as each formula's cached
// value, so a reader that does not calculate sees exactly what the engine computed.
#pragma once

#include <string>
#include <string_view>

#include "scdash/kpi/model.hpp"

namespace scdash::render {

// The arrow the Dashboard shows for a direction: ↑, ↓ or →.
std::string_view direction_arrow(kpi::Direction direction);

// The change from `previous` to `current` (cells such as "D5"): a fraction, shown with a %
// format, or percentage points for percentages; "n/a" when it cannot be computed.
std::string change_formula(const templates::Indicator& indicator, const std::string& previous,
                           const std::string& current);

// The direction-of-travel arrow from `previous` to `current`; "n/a" when there is no change.
std::string direction_formula(const templates::Indicator& indicator, const std::string& previous,
                              const std::string& current);

// Conditional-format formulas that judge the arrow in `arrow` (a row-relative cell such as
// "G5") by the polarity in `polarity` (1 higher is better, -1 lower is better, 0 none).
struct JudgementRules {
  std::string better;        // up when higher is better, down when lower is better
  std::string worse;         // the other way
  std::string no_judgement;  // stable, or an indicator with no polarity
};
JudgementRules judgement_rules(const std::string& arrow, const std::string& polarity);

}  // namespace scdash::render
