#include "scdash/kpi/compute.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "kpi/comparators.hpp"
#include "kpi/formula.hpp"
#include "kpi/manual_rag.hpp"
#include "kpi/observation_index.hpp"
#include "kpi/target_standing.hpp"
#include "scdash/kpi/rag.hpp"
#include "scdash/template/indicator_periods.hpp"

namespace scdash::kpi {
namespace {

// Comparisons with the county and with benchmarks are at 95%, as Fingertips' are.
constexpr double kComparisonLevel = 0.95;
// The trajectory shows the rolling 12-month figure for each of the last 24 months.
constexpr int kTrajectoryMonths = 24;

// The confidence interval of a figure, by its formula's method; none where it has no method.
std::optional<Interval> interval_of(const Figure& figure, const templates::Formula& formula,
                                    double level) {
  if (!figure.value) {
    return std::nullopt;
  }
  switch (formula.traits().interval) {
    case templates::IntervalMethod::counts:
      return count_interval(figure.numerator, level)
          .scaled(formula.multiplier() / figure.denominator);
    case templates::IntervalMethod::proportion:
      return wilson_interval(figure.numerator, figure.denominator, z_for_confidence(level))
          .scaled(formula.multiplier());
    case templates::IntervalMethod::none:
      break;
  }
  return std::nullopt;
}

class IndicatorComputer {
 public:
  IndicatorComputer(const ComputeInputs& inputs, const ObservationIndex& index)
      : inputs_(inputs), index_(index), context_{index, inputs.areas, inputs.populations} {}

  IndicatorResult compute(const templates::Indicator& indicator, core::FinancialQuarter reported,
                          const std::vector<const core::Area*>& districts) const {
    const templates::IndicatorPeriods periods = templates::periods_for(indicator, reported);
    const std::string& headline = inputs_.catalogue.headline_area;
    IndicatorResult result;
    result.indicator = &indicator;
    result.current = figure_for(indicator, headline, periods.current);
    result.previous = previous_for(indicator, headline, periods, result.current);
    compute_change(result);
    result.count_change = count_change(indicator.formula, result.previous, result.current);
    if (indicator.target) {
      result.target = stand_against(indicator, *indicator.target, result.previous, result.current);
    }
    if (!indicator.classification_measure.empty()) {
      result.classification = manual_classification(
          indicator.classification_measure, inputs_.catalogue, index_, headline, periods.quarter);
    }
    result.trajectory = trajectory(indicator, headline, periods.current.last);
    if (indicator.district_breakdown) {
      for (const core::Area* district : districts) {
        result.districts.push_back(district_figure(indicator, *district, periods, result.current));
      }
    }
    if (const auto* manual = std::get_if<templates::ManualRule>(&indicator.rag)) {
      result.rag = manual_rag(*manual, index_, headline, periods.quarter);
    } else {
      RagInputs rag_inputs{result.current.value,
                           result.direction ? std::optional(result.judgement) : std::nullopt,
                           benchmark_comparison(indicator, result.current), indicator.polarity};
      if (result.target) {
        rag_inputs.target = result.target->level;
        rag_inputs.target_name = indicator.target->describe(indicator.formula.is_percentage());
        rag_inputs.target_unavailable_reason = result.target->unavailable_reason;
      }
      result.rag = evaluate_rag(indicator.rag, rag_inputs);
    }
    compute_comparators(indicator, result);
    result.averages = averages_for(index_, indicator, inputs_.catalogue.averages, inputs_.areas,
                                   periods.current.last);
    return result;
  }

 private:
  Figure figure_for(const templates::Indicator& indicator, std::string_view area,
                    core::Period window) const {
    if (indicator.basis == templates::Basis::latest) {
      return latest_value(indicator.formula, context_, area, window.last);
    }
    return evaluate_over(indicator.formula, context_, area, window);
  }

  // The latest-value basis compares with the value reported a year before the current one.
  Figure previous_for(const templates::Indicator& indicator, std::string_view area,
                      const templates::IndicatorPeriods& periods, const Figure& current) const {
    if (indicator.basis != templates::Basis::latest) {
      return figure_for(indicator, area, periods.previous);
    }
    if (!current.value) {
      return Figure::unavailable(
          "the current value is not available, so neither is the one a "
          "year before it");
    }
    return latest_value(indicator.formula, context_, area, current.period.last - 12);
  }

  static void compute_change(IndicatorResult& result) {
    result.change = change_between(result.indicator->formula, result.previous, result.current);
    if (!result.change) {
      return;
    }
    result.direction = direction_of(*result.change, result.indicator->stable_band);
    result.judgement = judge(*result.direction, result.indicator->polarity);
  }

  std::vector<TrajectoryPoint> trajectory(const templates::Indicator& indicator,
                                          std::string_view area, core::Month last) const {
    std::vector<TrajectoryPoint> points;
    for (core::Month month = last - (kTrajectoryMonths - 1); month <= last; month = month + 1) {
      const Figure figure = indicator.basis == templates::Basis::latest
                                ? latest_value(indicator.formula, context_, area, month)
                                : evaluate_over(indicator.formula, context_, area,
                                                core::Period::rolling_12_months(month));
      points.push_back({month, figure.value});
    }
    return points;
  }

  DistrictFigure district_figure(const templates::Indicator& indicator, const core::Area& district,
                                 const templates::IndicatorPeriods& periods,
                                 const Figure& headline) const {
    DistrictFigure result;
    result.area_code = district.code;
    result.label = district.label;
    result.figure = figure_for(indicator, district.code, periods.current);
    result.previous = previous_for(indicator, district.code, periods, result.figure);
    result.change = change_between(indicator.formula, result.previous, result.figure);
    if (indicator.target) {
      result.target = stand_against(indicator, *indicator.target, result.previous, result.figure);
    }
    // A district's count is smaller than the county's because the district is: only figures
    // alike across areas of different sizes (rates, percentages, ratios) are compared.
    if (!indicator.formula.traits().compared_across_areas) {
      return result;
    }
    result.interval = interval_of(result.figure, indicator.formula, kComparisonLevel);
    if (result.interval && headline.value) {
      result.comparison = compare_with_benchmark(*result.figure.value, *result.interval,
                                                 *headline.value, indicator.polarity);
    }
    return result;
  }

  std::optional<Comparison> benchmark_comparison(const templates::Indicator& indicator,
                                                 const Figure& current) const {
    const auto* rule = std::get_if<templates::BenchmarkRule>(&indicator.rag);
    if (rule == nullptr || !current.value) {
      return std::nullopt;
    }
    const core::Observation* benchmark =
        index_.latest(rule->measure, inputs_.catalogue.headline_area, current.period.last);
    const auto interval = interval_of(current, indicator.formula, rule->level);
    if (benchmark == nullptr || !benchmark->usable() || benchmark->period != current.period ||
        !interval) {
      return std::nullopt;
    }
    return compare_with_benchmark(*current.value, *interval, benchmark->value, indicator.polarity);
  }

  void compute_comparators(const templates::Indicator& indicator, IndicatorResult& result) const {
    const templates::Comparators& comparators = indicator.comparators;
    std::vector<std::string> reasons;
    const auto rank = [&](const std::string& measure) -> std::optional<Rank> {
      auto found =
          rank_among(index_, measure, inputs_.catalogue.headline_area, result.current.period,
                     indicator.polarity, inputs_.catalogue.averages);
      if (!found) {
        reasons.push_back(found.error());
        return std::nullopt;
      }
      return *found;
    };
    if (!comparators.most_similar_group.empty()) {
      result.most_similar_group = rank(comparators.most_similar_group);
    }
    if (!comparators.counties.empty()) {
      if (const auto county_rank = rank(comparators.counties)) {
        result.county_standing = standing_of(*county_rank);
      }
    }
    result.comparators_reason = fmt::format("{}", fmt::join(reasons, "; "));
  }

  const ComputeInputs& inputs_;
  const ObservationIndex& index_;
  FormulaContext context_;
};

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

std::optional<double> change_between(const templates::Formula& formula, const Figure& previous,
                                     const Figure& current) {
  if (!current.value || !previous.value) {
    return std::nullopt;
  }
  if (formula.is_percentage()) {
    return *current.value - *previous.value;
  }
  if (*previous.value == 0) {
    return std::nullopt;  // no change in per cent from nothing
  }
  return (*current.value - *previous.value) / *previous.value * 100;
}

Direction direction_of(double change, double stable_band) {
  if (std::abs(change) <= stable_band) {
    return Direction::stable;
  }
  return change > 0 ? Direction::up : Direction::down;
}

Judgement judge(Direction direction, templates::Polarity polarity) {
  if (direction == Direction::stable || polarity == templates::Polarity::none) {
    return Judgement::no_judgement;
  }
  const bool went_up = direction == Direction::up;
  return went_up == (polarity == templates::Polarity::higher_is_better) ? Judgement::better
                                                                        : Judgement::worse;
}

Comparison compare_with_benchmark(double value, const Interval& interval, double benchmark,
                                  templates::Polarity polarity) {
  if (interval.contains(benchmark)) {
    return Comparison::similar;
  }
  const bool higher = value > benchmark;
  switch (polarity) {
    case templates::Polarity::higher_is_better:
      return higher ? Comparison::better : Comparison::worse;
    case templates::Polarity::lower_is_better:
      return higher ? Comparison::worse : Comparison::better;
    case templates::Polarity::none:
      break;
  }
  return higher ? Comparison::higher : Comparison::lower;
}

DashboardModel compute_dashboard(const ComputeInputs& inputs, core::FinancialQuarter quarter,
                                 core::Diagnostics& diagnostics) {
  const templates::Catalogue& catalogue = inputs.catalogue;
  DashboardModel model;
  model.title = catalogue.title;
  model.quarter = quarter;
  const templates::IndicatorPeriods periods = templates::dashboard_periods(catalogue, quarter);
  model.current_period = periods.current;
  model.previous_period = periods.previous;
  const core::Area* headline = inputs.areas.find_code(catalogue.headline_area);
  if (headline == nullptr) {
    diagnostics.push_back(
        core::Diagnostic::error("template-unknown-area",
                                fmt::format("the headline area '{}' is not in the reference areas",
                                            catalogue.headline_area),
                                core::Location::in_file(catalogue.file)));
  }
  model.headline_area_name = headline ? headline->name : catalogue.headline_area;
  for (const templates::AverageArea& average : catalogue.averages) {
    if (inputs.areas.find_code(average.area_code) == nullptr) {
      diagnostics.push_back(core::Diagnostic::error(
          "template-unknown-area",
          fmt::format("the {} average's area '{}' is not in the reference areas",
                      templates::average_kind_name(average.kind), average.area_code),
          core::Location::in_file(catalogue.file),
          "areas are listed in mappings/reference/areas.yaml"));
    }
  }

  std::vector<const core::Area*> districts;
  for (const templates::AreaSet& set : catalogue.area_sets) {
    for (const auto& label : set.labels) {
      const core::Area* found = inputs.areas.find_label(label);
      if (found == nullptr) {
        diagnostics.push_back(core::Diagnostic::error(
            "template-unknown-district",
            fmt::format("no reference area has the dashboard label '{}' (in the template's {})",
                        label, set.name),
            core::Location::in_file(catalogue.file),
            "labels are set in mappings/reference/areas.yaml"));
        continue;
      }
      districts.push_back(found);
      model.districts.push_back({found->code, found->label, found->name, set.name, found->parent});
    }
  }

  const ObservationIndex index(inputs.observations, inputs.areas, catalogue.derived_measures);
  const IndicatorComputer computer(inputs, index);
  for (const auto& outcome : catalogue.outcomes) {
    OutcomeResult result{outcome.name, {}, {}};
    std::vector<templates::Rag> rags;
    for (const auto& indicator : outcome.indicators) {
      result.indicators.push_back(computer.compute(indicator, quarter, districts));
      rags.push_back(result.indicators.back().rag.rag);
    }
    result.overall = overall_rag(outcome.overall, rags);
    model.outcomes.push_back(std::move(result));
  }
  return model;
}

}  // namespace scdash::kpi
