#include "scdash/kpi/compute.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "kpi/observation_index.hpp"

namespace scdash::kpi {
namespace {

// A rate: the window's count divided by the area's population, times rate_per.
Figure rate_figure(const ObservationIndex& index, const ComputeInputs& inputs,
                   const Indicator& indicator, std::string_view area_code, core::Period period) {
  WindowSum sum = index.sum(indicator.measure, area_code, period);
  if (!sum.total) {
    return Figure::unavailable(std::move(sum.reason));
  }
  const int year = period.last.year();
  const core::Population* population =
      inputs.populations.best_for(area_code, year, indicator.denominator);
  const core::Area* area = inputs.areas.find_code(area_code);
  const std::string name = area ? area->name : std::string(area_code);
  if (population == nullptr) {
    return Figure::unavailable(fmt::format("no {} figure for {} in {} or earlier",
                                           core::denominator_name(indicator.denominator), name,
                                           year));
  }
  Figure figure;
  figure.numerator = *sum.total;
  figure.denominator = *population->count(indicator.denominator);
  figure.value = figure.numerator / figure.denominator * indicator.rate_per;
  figure.denominator_kind = indicator.denominator;
  figure.denominator_vintage = population->vintage;
  figure.denominator_from_earlier_year = population->year != year;
  figure.sources = std::move(sum.sources);
  return figure;
}

// A district's rate beside the county's: its interval from the count it is built on.
DistrictFigure compare_district(DistrictFigure district, const Figure& benchmark,
                                const Indicator& indicator) {
  constexpr double kComparisonLevel = 0.95;
  if (!district.figure.value) {
    return district;
  }
  district.interval = count_interval(district.figure.numerator, kComparisonLevel)
                          .scaled(indicator.rate_per / district.figure.denominator);
  if (benchmark.value) {
    district.comparison = compare_with_benchmark(*district.figure.value, *district.interval,
                                                 *benchmark.value, indicator.polarity);
  }
  return district;
}

IndicatorResult compute_indicator(const ObservationIndex& index, const ComputeInputs& inputs,
                                  const Indicator& indicator,
                                  const std::vector<const core::Area*>& districts,
                                  core::Period current_period) {
  IndicatorResult result;
  result.indicator = &indicator;
  const std::string& headline = inputs.catalogue.headline_area;
  result.current = rate_figure(index, inputs, indicator, headline, current_period);
  result.previous = rate_figure(index, inputs, indicator, headline, current_period.year_earlier());
  if (result.current.value && result.previous.value && *result.previous.value != 0) {
    const double change =
        (*result.current.value - *result.previous.value) / *result.previous.value * 100;
    result.change_percent = change;
    result.direction = direction_of(change, indicator.stable_band_percent);
    result.judgement = judge(*result.direction, indicator.polarity);
  }
  if (indicator.district_breakdown) {
    for (const core::Area* district : districts) {
      DistrictFigure figure;
      figure.area_code = district->code;
      figure.label = district->label;
      figure.figure = rate_figure(index, inputs, indicator, district->code, current_period);
      result.districts.push_back(compare_district(std::move(figure), result.current, indicator));
    }
  }
  return result;
}

}  // namespace

std::optional<core::FinancialQuarter> latest_complete_quarter(
    const std::vector<core::Observation>& observations) {
  if (observations.empty()) {
    return std::nullopt;
  }
  const auto latest =
      std::max_element(observations.begin(), observations.end(),
                       [](const auto& a, const auto& b) { return a.period.last < b.period.last; });
  const core::Month last = latest->period.last;
  const core::FinancialQuarter quarter = core::FinancialQuarter::containing(last);
  return quarter.last_month() == last ? quarter : quarter.previous();
}

Direction direction_of(double change_percent, double stable_band_percent) {
  if (std::abs(change_percent) <= stable_band_percent) {
    return Direction::stable;
  }
  return change_percent > 0 ? Direction::up : Direction::down;
}

Judgement judge(Direction direction, Polarity polarity) {
  if (direction == Direction::stable || polarity == Polarity::none) {
    return Judgement::no_judgement;
  }
  const bool went_up = direction == Direction::up;
  return went_up == (polarity == Polarity::higher_is_better) ? Judgement::better : Judgement::worse;
}

Comparison compare_with_benchmark(double value, const Interval& interval, double benchmark,
                                  Polarity polarity) {
  if (interval.contains(benchmark)) {
    return Comparison::similar;
  }
  const bool higher = value > benchmark;
  switch (polarity) {
    case Polarity::higher_is_better:
      return higher ? Comparison::better : Comparison::worse;
    case Polarity::lower_is_better:
      return higher ? Comparison::worse : Comparison::better;
    case Polarity::none:
      break;
  }
  return higher ? Comparison::higher : Comparison::lower;
}

DashboardModel compute_dashboard(const ComputeInputs& inputs, core::FinancialQuarter quarter,
                                 core::Diagnostics& diagnostics) {
  const Catalogue& catalogue = inputs.catalogue;
  DashboardModel model;
  model.title = catalogue.title;
  model.quarter = quarter;
  model.current_period = core::Period::rolling_12_months(quarter.last_month());
  model.previous_period = model.current_period.year_earlier();
  const core::Area* headline = inputs.areas.find_code(catalogue.headline_area);
  if (headline == nullptr) {
    diagnostics.push_back(
        core::Diagnostic::error("template-unknown-area",
                                fmt::format("the headline area '{}' is not in the reference areas",
                                            catalogue.headline_area),
                                core::Location::in_file(catalogue.file)));
  }
  model.headline_area_name = headline ? headline->name : catalogue.headline_area;

  std::vector<const core::Area*> districts;
  for (const auto& label : catalogue.district_labels) {
    const auto found = std::find_if(inputs.areas.areas().begin(), inputs.areas.areas().end(),
                                    [&](const core::Area& area) { return area.label == label; });
    if (found == inputs.areas.areas().end()) {
      diagnostics.push_back(core::Diagnostic::error(
          "template-unknown-district",
          fmt::format("no reference area has the dashboard label '{}'", label),
          core::Location::in_file(catalogue.file),
          "labels are set in mappings/reference/areas.yaml"));
      continue;
    }
    districts.push_back(&*found);
    model.districts.push_back({found->code, found->label, found->name});
  }

  const ObservationIndex index(inputs.observations, inputs.areas);
  for (const auto& outcome : catalogue.outcomes) {
    OutcomeResult outcome_result{outcome.name, {}};
    for (const auto& indicator : outcome.indicators) {
      outcome_result.indicators.push_back(
          compute_indicator(index, inputs, indicator, districts, model.current_period));
    }
    model.outcomes.push_back(std::move(outcome_result));
  }
  return model;
}

}  // namespace scdash::kpi
