// ObservationIndex: the figures of each measure and area in time order, ready to be summed
// over windows or looked up as the latest reported value.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scdash/core/area.hpp"
#include "scdash/core/observation.hpp"
#include "scdash/template/derived_measure.hpp"

namespace scdash::kpi {

struct WindowSum {
  std::optional<double> total;  // empty when some month is missing or contradictory
  std::string reason;           // why total is empty
  std::vector<core::SourceRef> sources;
  // The derived measures it was made through: "asb.total = asb.personal + asb.nuisance".
  std::vector<std::string> derivations = {};
};

// Adds to `into` each derivation of `from` that it does not list yet.
void merge_derivations(std::vector<std::string>& into, std::vector<std::string> from);

class ObservationIndex {
 public:
  // `derived`: the measures the template makes from others where no return gives them.
  ObservationIndex(const std::vector<core::Observation>& observations,
                   const core::AreaDirectory& areas,
                   const std::vector<templates::DerivedMeasure>& derived);

  // The total of `measure` in `area_code` over every month of `window`, from figures whose
  // periods tile it (months, quarters or both; the finest figure is used where they overlap).
  // An area with no figures of its own (a county, when a return lists only districts) is the
  // sum of its districts; a derived measure that no return gives, for the area or its
  // districts, is made from its parts' totals. Never a shorter window: one missing month makes
  // the total unavailable.
  WindowSum sum(std::string_view measure, std::string_view area_code, core::Period window) const;

  // The figure of `measure` for `area_code` whose period ends latest, no later than `up_to`.
  const core::Observation* latest(std::string_view measure, std::string_view area_code,
                                  core::Month up_to) const;

  // Every area's usable figure of `measure` for exactly `period`, by area code; contradictory
  // duplicates are left out.
  std::map<std::string, const core::Observation*> across_areas(std::string_view measure,
                                                               core::Period period) const;

  // Why a figure that is not usable cannot be computed with, naming its cell.
  std::string unusable_reason(const core::Observation& observation) const;

 private:
  using Series = std::vector<const core::Observation*>;  // sorted by period

  const Series* series(std::string_view measure, std::string_view area_code) const;
  WindowSum sum_own(const Series& series, std::string_view area_code, core::Period window) const;
  WindowSum sum_districts(std::string_view measure, std::string_view area_code,
                          core::Period window) const;
  WindowSum sum_derived(const templates::DerivedMeasure& derived, std::string_view area_code,
                        core::Period window) const;
  std::string area_name(std::string_view code) const;

  const core::AreaDirectory& areas_;
  const std::vector<templates::DerivedMeasure>& derived_;
  std::map<std::pair<std::string, std::string>, Series, std::less<>> by_measure_and_area_;
};

}  // namespace scdash::kpi
