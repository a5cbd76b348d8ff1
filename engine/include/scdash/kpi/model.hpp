// The dashboard model: every figure the dashboard shows, with how it was computed.
//
// Plain data with no trace of the workbook library, so that the workbook renderer and
// report.json describe exactly the same figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scdash/core/observation.hpp"
#include "scdash/core/period.hpp"
#include "scdash/core/population.hpp"
#include "scdash/kpi/catalogue.hpp"
#include "scdash/kpi/statistics.hpp"

namespace scdash::kpi {

// One computed figure, or the reason it could not be computed (never a silent zero).
struct Figure {
  std::optional<double> value;
  std::string unavailable_reason;  // set when value is empty

  double numerator = 0;    // the count summed over the period
  double denominator = 0;  // the population it was divided by
  core::Denominator denominator_kind = core::Denominator::persons;
  std::string denominator_vintage;             // e.g. "Census 2021"
  bool denominator_from_earlier_year = false;  // no population for the period's own year
  std::vector<core::SourceRef> sources;        // every cell that went into the numerator

  static Figure unavailable(std::string reason) {
    Figure figure;
    figure.unavailable_reason = std::move(reason);
    return figure;
  }
};

enum class Direction { up, down, stable };
enum class Judgement { better, worse, no_judgement };

std::string_view direction_name(Direction direction);
std::string_view judgement_name(Judgement judgement);

// A district column of the dashboard.
struct District {
  std::string area_code;
  std::string label;  // "B", "HB", ...
  std::string name;   // "Blaby", "Hinckley and Bosworth", ...
};

// How an area's figure compares with a benchmark (a district with the county): by whether the
// benchmark lies inside the area's 95% confidence interval, judged by the indicator's polarity.
// Indicators without polarity are only lower, similar or higher.
enum class Comparison { better, similar, worse, lower, higher, not_compared };

std::string_view comparison_name(Comparison comparison);

struct DistrictFigure {
  std::string area_code;
  std::string label;  // "B", "HB", ...
  Figure figure;
  std::optional<Interval> interval;                  // the figure's 95% confidence interval
  Comparison comparison = Comparison::not_compared;  // against the headline area's figure
};

struct IndicatorResult {
  const Indicator* indicator = nullptr;  // points into the Catalogue the model was computed from
  Figure previous;
  Figure current;
  std::optional<double> change_percent;  // (current - previous) / previous × 100
  std::optional<Direction> direction;
  Judgement judgement = Judgement::no_judgement;
  std::vector<DistrictFigure> districts;  // one per DashboardModel::districts, or none
};

struct OutcomeResult {
  std::string name;
  std::vector<IndicatorResult> indicators;
};

struct DashboardModel {
  std::string title;
  core::FinancialQuarter quarter;
  core::Period current_period;   // rolling 12 months to the quarter's end
  core::Period previous_period;  // the same 12 months a year earlier
  std::string headline_area_name;
  std::vector<District> districts;  // the district columns, in the template's order
  std::vector<OutcomeResult> outcomes;
};

}  // namespace scdash::kpi
