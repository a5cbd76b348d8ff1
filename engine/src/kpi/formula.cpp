#include "kpi/formula.hpp"

#include <fmt/format.h>

namespace scdash::kpi {
namespace {

std::string area_name(const FormulaContext& context, std::string_view code) {
  const core::Area* area = context.areas.find_code(code);
  return area ? area->name : std::string(code);
}

Figure from_sum(WindowSum sum, core::Period window) {
  if (!sum.total) {
    return Figure::unavailable(std::move(sum.reason), window);
  }
  Figure figure;
  figure.period = window;
  figure.numerator = *sum.total;
  figure.denominator = 1;
  figure.value = *sum.total;
  figure.sources = std::move(sum.sources);
  figure.derivations = std::move(sum.derivations);
  return figure;
}

// The sum divided by the area's population for the period's year (or the latest before it).
Figure per_population(Figure figure, const templates::Formula& formula,
                      const FormulaContext& context, std::string_view area_code,
                      core::Period window) {
  const int year = window.last.year();
  const core::Population* population =
      context.populations.best_for(area_code, year, formula.population);
  if (population == nullptr) {
    return Figure::unavailable(fmt::format("no {} figure for {} in {} or earlier",
                                           core::denominator_name(formula.population),
                                           area_name(context, area_code), year),
                               window);
  }
  figure.denominator = *population->count(formula.population);
  figure.value = figure.numerator / figure.denominator * formula.multiplier();
  figure.denominator_kind = formula.population;
  figure.denominator_vintage = population->vintage;
  figure.denominator_from_earlier_year = population->year != year;
  return figure;
}

// The sum divided by a second measure's sum over the same months.
Figure per_measure(Figure figure, const templates::Formula& formula, const FormulaContext& context,
                   std::string_view area_code, core::Period window) {
  Figure below =
      from_sum(context.index.sum(formula.denominator_measure, area_code, window), window);
  if (!below.value) {
    return below;
  }
  if (*below.value == 0) {
    return Figure::unavailable(
        fmt::format("{} is zero for {} in the {}", formula.denominator_measure,
                    area_name(context, area_code), window.label()),
        window);
  }
  figure.denominator = *below.value;
  figure.value = figure.numerator / figure.denominator * formula.multiplier();
  figure.sources.insert(figure.sources.end(), below.sources.begin(), below.sources.end());
  merge_derivations(figure.derivations, std::move(below.derivations));
  return figure;
}

}  // namespace

Figure evaluate_over(const templates::Formula& formula, const FormulaContext& context,
                     std::string_view area_code, core::Period window) {
  if (formula.traits().reported) {
    return latest_value(formula, context, area_code, window.last);
  }
  Figure figure = from_sum(context.index.sum(formula.measure, area_code, window), window);
  if (!figure.value) {
    return figure;
  }
  switch (formula.traits().divisor) {
    case templates::Divisor::population:
      return per_population(std::move(figure), formula, context, area_code, window);
    case templates::Divisor::measure:
      return per_measure(std::move(figure), formula, context, area_code, window);
    case templates::Divisor::none:
      break;
  }
  return figure;
}

Figure latest_value(const templates::Formula& formula, const FormulaContext& context,
                    std::string_view area_code, core::Month up_to) {
  const core::Observation* found = context.index.latest(formula.measure, area_code, up_to);
  if (found == nullptr) {
    return Figure::unavailable(fmt::format("no return gives {} for {} up to {}", formula.measure,
                                           area_name(context, area_code), up_to.short_label()),
                               core::Period::single(up_to));
  }
  if (!found->usable()) {
    // Never an older value in its place: the figure is n/a, and says why.
    return Figure::unavailable(context.index.unusable_reason(*found), found->period);
  }
  Figure figure;
  figure.period = found->period;
  figure.value = found->value;
  figure.numerator = found->value;
  figure.denominator = 1;
  figure.sources = {found->source};
  return figure;
}

}  // namespace scdash::kpi
