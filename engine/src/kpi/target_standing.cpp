#include "kpi/target_standing.hpp"

#include <cmath>

#include <fmt/format.h>

namespace scdash::kpi {
namespace {

// A count gap is whole: a target missed by 262.84 crimes needs 263 fewer to meet it, and one met
// with 0.6 to spare has no whole crime in hand. Rounded to a millionth first, so that 263 reached
// through floating-point sums (263.0000000001) is not taken for 264.
double whole_count_gap(double gap, bool missed) {
  const double magnitude = std::round(std::abs(gap) * 1e6) / 1e6;
  const double whole = missed ? std::ceil(magnitude) : std::floor(magnitude);
  return gap < 0 ? -whole : whole;
}

bool misses(double gap, templates::Polarity polarity) {
  switch (polarity) {
    case templates::Polarity::lower_is_better:
      return gap > 0;
    case templates::Polarity::higher_is_better:
      return gap < 0;
    case templates::Polarity::none:
      break;
  }
  return false;
}

}  // namespace

TargetStanding stand_against(const templates::Indicator& indicator, const templates::Target& target,
                             const Figure& previous, const Figure& current) {
  TargetStanding standing;
  if (target.relative() && !previous.value) {
    standing.unavailable_reason =
        fmt::format("the target rests on the previous figure, which is not available: {}",
                    previous.unavailable_reason);
    return standing;
  }
  standing.level = target.level_from(previous.value.value_or(0));
  if (!current.value) {
    return standing;
  }
  const templates::Formula& formula = indicator.formula;
  // Judged to a millionth, as the gap is rounded: a figure on its target meets it.
  const double difference = *current.value - *standing.level;
  const bool missed = misses(std::round(difference * 1e6) / 1e6, indicator.polarity);
  standing.met = indicator.polarity != templates::Polarity::none && !missed;
  if (formula.traits().reported) {
    standing.gap = difference;
    return standing;
  }
  // In the numerator's units: the figure is numerator ÷ denominator × multiplier.
  const double counted = difference * current.denominator / formula.multiplier();
  standing.gap = formula.traits().counts ? whole_count_gap(counted, missed) : counted;
  return standing;
}

}  // namespace scdash::kpi
