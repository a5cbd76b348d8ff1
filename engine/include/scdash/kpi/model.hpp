// The dashboard model: every figure the dashboard shows, with how it was computed.
//
// Plain data with no trace of the workbook library, so that the workbook renderer and
// report.json describe exactly the same figures.
//
//   for (const auto& outcome : model.outcomes) {
//     for (const auto& result : outcome.indicators) { show(result.current, result.rag.rag); }
//   }
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/core/population.hpp"
#include "scdash/kpi/statistics.hpp"
#include "scdash/template/catalogue.hpp"
#include "scdash/template/rag.hpp"

namespace scdash::kpi {

// One computed figure, or the reason it could not be computed (never a silent zero).
struct Figure {
  std::optional<double> value;
  std::string unavailable_reason;  // set when value is empty

  core::Period period;  // the months the figure covers
  // The parts it was computed from: for a rate the count and the population, for a
  // percentage or ratio the two sums, for a count or a reported value the value and 1.
  double numerator = 0;
  double denominator = 0;
  // Rates only: which population, and which estimate of it.
  core::Denominator denominator_kind = core::Denominator::persons;
  std::string denominator_vintage;             // e.g. "Census 2021"
  bool denominator_from_earlier_year = false;  // no population for the period's own year
  std::vector<core::SourceRef> sources;        // every cell the figure was computed from
  // The derived measures it was made through, as the template defines them:
  // "asb.total = asb.personal + asb.nuisance + asb.environmental".
  std::vector<std::string> derivations = {};
  // In a published copy: withheld to protect confidentiality (shown "[c]"), its value and
  // parts removed; unavailable_reason says by which rule.
  bool suppressed = false;

  static Figure unavailable(std::string reason, core::Period period = {}) {
    Figure figure;
    figure.unavailable_reason = std::move(reason);
    figure.period = period;
    return figure;
  }
};

// The change in what the numerator counts, from `previous` to `current` (1,141 more crimes);
// none for a reported value, or when either is missing.
inline std::optional<double> count_change(const templates::Formula& formula, const Figure& previous,
                                          const Figure& current) {
  if (formula.traits().reported || !previous.value || !current.value) {
    return std::nullopt;
  }
  return current.numerator - previous.numerator;
}

enum class Direction { up, down, stable };
enum class Judgement { better, worse, no_judgement };

std::string_view direction_name(Direction direction);
std::string_view judgement_name(Judgement judgement);

// How an area's figure compares with a benchmark (a district with the county): by whether the
// benchmark lies inside the area's 95% confidence interval, judged by the indicator's polarity.
// Indicators without polarity are only lower, similar or higher.
enum class Comparison { better, similar, worse, lower, higher, not_compared };

std::string_view comparison_name(Comparison comparison);

// Where a figure stands against the indicator's target.
struct TargetStanding {
  std::optional<double> level;     // the target in the indicator's units
  std::string unavailable_reason;  // set when level is empty
  // The figure less the target, in what the numerator counts (crimes, outcomes) where the
  // figure is made of counts: whole, rounded up where the target is missed (the count still
  // needed, or to lose) and down where it is met (the margin). A reported figure's is in its
  // own units (percentage points for a satisfaction rate).
  std::optional<double> gap;
  bool met = false;
};

struct DistrictFigure {
  std::string area_code;
  std::string label;  // "B", "HB", ...
  Figure figure;
  std::optional<Interval> interval;                  // the figure's 95% confidence interval
  Comparison comparison = Comparison::not_compared;  // against the headline area's figure
  Figure previous = {};                              // the same months as the headline's
  std::optional<double> change = {};  // per cent, or points for percentages, as the headline's
  std::optional<TargetStanding> target = {};  // against the target at its own baseline
};

// A RAG status and the sentence that justifies it.
struct RagStatus {
  templates::Rag rag = templates::Rag::grey;
  std::string reason;
  // A manual RAG's cells in its return: the RAG's, then the reason's when one is given.
  std::vector<core::SourceRef> sources = {};
};

// Position among comparator areas: 1 is best for the indicator's polarity.
struct Rank {
  int position = 0;
  int of = 0;
};

// Where the headline area stands among comparable counties.
enum class CountyStanding { top, average, bottom };

std::string_view county_standing_name(CountyStanding standing);  // "Top", "Average", "Bottom"

// A regional or national average a comparator return gives, in the indicator's unit.
struct Average {
  templates::AverageKind kind = templates::AverageKind::regional;
  std::string area_code;
  std::string area_name;  // "East Midlands", "England"
  double value = 0;
  core::Period period;  // the months the average covers, as its return says
  core::SourceRef source;
};

// A classification set by hand in a return ("High"), or why there is none.
struct Classification {
  std::optional<std::string> value;  // one of the template's classifications, as it spells it
  std::string reason;                // where it was read, or why it is missing
  std::vector<core::SourceRef> sources;
};

struct TrajectoryPoint {
  core::Month month;
  std::optional<double> value;  // the rolling 12-month figure to this month
};

struct IndicatorResult {
  const templates::Indicator* indicator =
      nullptr;  // points into the Catalogue the model was computed from
  Figure previous;
  Figure current;
  std::optional<double> change;  // per cent, or percentage points for percentages
  // The change in what the numerator counts: 1,141 more crimes, 2,051 fewer outcomes. None for
  // a reported value.
  std::optional<double> count_change;
  std::optional<TargetStanding> target;          // when the indicator has a target
  std::optional<Classification> classification;  // when the indicator reads one
  std::optional<Direction> direction;
  Judgement judgement = Judgement::no_judgement;
  RagStatus rag;
  std::optional<Rank> most_similar_group;
  std::optional<CountyStanding> county_standing;
  std::string comparators_reason;  // why a comparator is missing, when one is declared
  std::vector<Average> averages;   // those the comparator returns supply: regional, then national
  std::vector<TrajectoryPoint> trajectory;
  std::vector<DistrictFigure> districts;  // one per DashboardModel::districts, or none

  bool change_in_points() const { return indicator->formula.is_percentage(); }
};

struct OutcomeResult {
  std::string name;
  RagStatus overall;
  std::vector<IndicatorResult> indicators;
};

// A district column of the dashboard.
struct District {
  std::string area_code;
  std::string label;              // "B", "HB", ...
  std::string name;               // "Blaby", "Hinckley and Bosworth", ...
  std::string set = "districts";  // the template's area set it is in: "districts", "BCUs"
  std::string parent = {};        // the code of the area it is part of, in areas.yaml
};

struct DashboardModel {
  std::string title;
  core::FinancialQuarter quarter;
  core::Period current_period;   // by the template's basis: the 12 months to the quarter's end
  core::Period previous_period;  // the same months a year earlier
  std::string headline_area_name;
  // The area columns, set after set, in the template's order.
  std::vector<District> districts;
  std::vector<OutcomeResult> outcomes;
};

}  // namespace scdash::kpi
