// KpiFixture: a county of two districts, populations, a one-indicator catalogue and helpers
// to add observations, for the kpi tests.
#pragma once

#include <catch2/catch.hpp>

#include "scdash/kpi/compute.hpp"

namespace scdash::testing {

// A county C1 of two districts: A1 (10,000 people) and B1 (20,000), 30,000 in all.
struct KpiFixture {
  KpiFixture() {
    REQUIRE_FALSE(areas.add({"C1", "C", "County", {}, ""}));
    REQUIRE_FALSE(areas.add({"A1", "A", "District A", {}, "C1"}));
    REQUIRE_FALSE(areas.add({"B1", "B", "District B", {}, "C1"}));
    populations.add({"C1", 2021, 30000, 12000, {}, "Census 2021", "test"});
    populations.add({"A1", 2021, 10000, {}, {}, "Census 2021", "test"});
    populations.add({"B1", 2021, 20000, {}, {}, "Census 2021", "test"});
    populations.add({"A1", 2025, 10000, {}, {}, "MYE 2025", "test"});
    catalogue.title = "Test dashboard";
    catalogue.headline_area = "C1";
    catalogue.area_sets = {{"districts", {"A", "B"}}};
    templates::Indicator crime;
    crime.id = "crime";
    crime.label = "Crime rate (per 10,000 population)";
    crime.formula.kind = templates::FormulaKind::rate;
    crime.formula.measure = "crime.total";
    crime.formula.rate_per = 10000;
    crime.polarity = templates::Polarity::lower_is_better;
    catalogue.outcomes = {{"Less crime", templates::OverallRule::worst, {crime}}};
  }

  templates::Indicator& indicator() { return catalogue.outcomes.at(0).indicators.at(0); }

  void add(const std::string& measure, const std::string& area, core::Period period, double value) {
    core::Observation observation;
    observation.measure = measure;
    observation.area_code = area;
    observation.period = period;
    observation.value = value;
    observation.source = {"returns/test.xlsx",
                          "Data",
                          {static_cast<std::uint32_t>(observations.size() % 1000), 1},
                          "test.yaml",
                          3};
    observations.push_back(observation);
  }

  // Monthly crime.total figures for one area from `first` for `months` months.
  void add_months(const std::string& area, core::Month first, int months, double value,
                  const std::string& measure = "crime.total") {
    for (int i = 0; i < months; ++i) {
      add(measure, area, core::Period::single(first + i), value);
    }
  }

  kpi::DashboardModel compute(core::FinancialQuarter quarter = {2025, 2}) {
    return kpi::compute_dashboard({catalogue, observations, areas, populations}, quarter,
                                  diagnostics);
  }

  const kpi::IndicatorResult& first_result(const kpi::DashboardModel& model) const {
    return model.outcomes.at(0).indicators.at(0);
  }

  core::AreaDirectory areas;
  core::PopulationTable populations;
  templates::Catalogue catalogue;
  std::vector<core::Observation> observations;
  core::Diagnostics diagnostics;
};

}  // namespace scdash::testing
