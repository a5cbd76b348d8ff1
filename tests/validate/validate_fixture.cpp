#include "validate/validate_fixture.hpp"

#include <catch2/catch.hpp>

namespace scdash::testing {

ValidateFixture::ValidateFixture() {
  REQUIRE_FALSE(areas.add({"E1", "Cty", "County", {}, ""}));
  REQUIRE_FALSE(areas.add({"D1", "A", "Ash", {}, "E1"}));
  REQUIRE_FALSE(areas.add({"D2", "B", "Beech", {}, "E1"}));
  REQUIRE_FALSE(areas.add({"D3", "C", "Cedar", {}, "E1"}));
  populations.add({"E1", 2024, 30000, {}, {}, "MYE 2024", "test"});
  for (const char* district : {"D1", "D2", "D3"}) {
    populations.add({district, 2024, 10000, {}, {}, "MYE 2024", "test"});
  }

  catalogue.file = "t/dashboard.yaml";
  catalogue.title = "Test";
  catalogue.headline_area = "E1";
  catalogue.area_sets = {{"districts", {"A", "B", "C"}}};
  templates::Indicator crime;
  crime.id = "crime";
  crime.label = "Crime rate";
  crime.formula.kind = templates::FormulaKind::rate;
  crime.formula.measure = "crime.total";
  templates::Indicator marac;
  marac.id = "marac";
  marac.label = "MARAC repeats";
  marac.formula.kind = templates::FormulaKind::percentage;
  marac.formula.measure = "marac.repeat_cases";
  marac.formula.denominator_measure = "marac.cases";
  marac.district_breakdown = false;
  templates::Indicator survey;
  survey.id = "survey";
  survey.label = "Survey";
  survey.formula.kind = templates::FormulaKind::value;
  survey.formula.measure = "survey.asb";
  survey.formula.reported_percentage = true;
  survey.basis = templates::Basis::latest;
  survey.district_breakdown = false;
  catalogue.outcomes = {{"O", templates::OverallRule::worst, {crime, marac, survey}}};

  const std::vector<std::string> districts = {"D1", "D2", "D3"};
  for (std::uint32_t m = 0; m < 24; ++m) {
    const core::Period month = core::Period::single(kFirstMonth + static_cast<int>(m));
    for (std::uint32_t d = 0; d < districts.size(); ++d) {
      add("crime.total", districts[d], month, 100, "returns/police.xlsx", {4 + d, 1 + m});
    }
    add("marac.cases", "E1", month, 20, "returns/marac.xlsx", {1 + m, 1});
    add("marac.repeat_cases", "E1", month, 6, "returns/marac.xlsx", {1 + m, 2});
  }
  add("survey.asb", "E1", core::FinancialQuarter{2024, 2}.period(), 40, "returns/survey.xlsx",
      {1, 1});
  add("survey.asb", "E1", core::FinancialQuarter{2025, 2}.period(), 42, "returns/survey.xlsx",
      {2, 1});
}

void ValidateFixture::add(const std::string& measure, const std::string& area, core::Period period,
                          double value, const std::string& file, core::CellRef cell) {
  core::Observation observation;
  observation.measure = measure;
  observation.area_code = area;
  observation.period = period;
  observation.value = value;
  observation.source = {file, file == "returns/police.xlsx" ? "Districts" : "Data", cell,
                        "mappings/test.yaml", 7};
  observations.push_back(observation);
}

core::Observation& ValidateFixture::at(const std::string& measure, const std::string& area,
                                       core::Month month) {
  for (auto& observation : observations) {
    if (observation.measure == measure && observation.area_code == area &&
        observation.period == core::Period::single(month)) {
      return observation;
    }
  }
  FAIL("no " << measure << " for " << area << " in " << month.short_label());
  return observations.front();
}

validate::Validation ValidateFixture::validate() const {
  return validate::validate_observations(
      {observations, catalogue, areas, populations, "reference/populations.yaml", quarter});
}

std::vector<std::string> codes(const core::Diagnostics& diagnostics) {
  std::vector<std::string> result;
  for (const auto& d : diagnostics) {
    result.push_back(d.code);
  }
  return result;
}

}  // namespace scdash::testing
