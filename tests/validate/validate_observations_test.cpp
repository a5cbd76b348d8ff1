#include <catch2/catch.hpp>

#include "scdash/validate.hpp"

using namespace scdash;
using core::Month;
using core::Period;

namespace {

kpi::Catalogue marac_and_crime() {
  kpi::Catalogue catalogue;
  catalogue.file = "dashboard.yaml";
  kpi::Indicator crime;
  crime.label = "Crime rate";
  crime.formula.kind = kpi::FormulaKind::rate;
  crime.formula.measure = "crime.total";
  kpi::Indicator marac;
  marac.label = "MARAC repeats";
  marac.formula.kind = kpi::FormulaKind::percentage;
  marac.formula.measure = "marac.repeat_cases";
  marac.formula.denominator_measure = "marac.cases";
  kpi::Indicator survey;
  survey.label = "Survey";
  survey.formula.kind = kpi::FormulaKind::value;
  survey.formula.measure = "survey.asb";
  catalogue.outcomes = {{"O", kpi::OverallRule::worst, {crime, marac, survey}}};
  return catalogue;
}

core::Observation at(std::string measure, std::string area, Period period, double value,
                     std::uint32_t row) {
  core::Observation observation;
  observation.measure = std::move(measure);
  observation.area_code = std::move(area);
  observation.period = period;
  observation.value = value;
  observation.source = {"returns/x.xlsx", "Data", {row, 2}, "x.yaml", 4};
  return observation;
}

std::vector<std::string> codes(const core::Diagnostics& diagnostics) {
  std::vector<std::string> result;
  for (const auto& d : diagnostics) {
    result.push_back(d.code);
  }
  return result;
}

const Period kMay = Period::single(Month::of(2025, 5));
const Period kQ2{Month::of(2025, 7), Month::of(2025, 9)};

}  // namespace

TEST_CASE("clean observations give no diagnostics") {
  const auto catalogue = marac_and_crime();
  const std::vector<core::Observation> observations = {
      at("crime.total", "A", kMay, 410, 1), at("marac.repeat_cases", "A", kQ2, 41, 2),
      at("marac.cases", "A", kQ2, 125, 3), at("survey.asb", "A", kQ2, -2.5, 4)};
  CHECK(validate::validate_observations({observations, catalogue}).empty());
}

TEST_CASE("a negative or fractional count is reported at its cell") {
  const auto catalogue = marac_and_crime();
  const std::vector<core::Observation> observations = {
      at("crime.total", "A", kMay, -4, 6), at("crime.total", "B", kMay, 12.5, 7),
      at("marac.repeat_cases", "A", kQ2, 1, 2), at("marac.cases", "A", kQ2, 2, 3),
      at("survey.asb", "A", kQ2, 1, 4)};
  const auto diagnostics = validate::validate_observations({observations, catalogue});
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"count-negative", "count-not-whole"});
  CHECK(diagnostics[0].severity == core::Severity::error);
  CHECK(diagnostics[0].location.to_string() == "returns/x.xlsx!Data!C7");
  CHECK(diagnostics[1].severity == core::Severity::warning);
}

TEST_CASE("the same figure given twice with different values is an error naming both cells") {
  const auto catalogue = marac_and_crime();
  const std::vector<core::Observation> observations = {
      at("crime.total", "A", kMay, 410, 1),  at("crime.total", "A", kMay, 410, 9),
      at("crime.total", "A", kMay, 401, 12), at("marac.repeat_cases", "A", kQ2, 1, 2),
      at("marac.cases", "A", kQ2, 2, 3),     at("survey.asb", "A", kQ2, 1, 4)};
  const auto diagnostics = validate::validate_observations({observations, catalogue});
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"figure-contradicted"});
  CHECK(diagnostics[0].location.to_string() == "returns/x.xlsx!Data!C13");
  CHECK(diagnostics[0].message ==
        "crime.total for A in May 2025 is 401 here but 410 at returns/x.xlsx!Data!C2");
}

TEST_CASE("more repeat cases than cases is an error") {
  const auto catalogue = marac_and_crime();
  const std::vector<core::Observation> observations = {
      at("crime.total", "A", kMay, 1, 1), at("marac.repeat_cases", "A", kQ2, 130, 2),
      at("marac.cases", "A", kQ2, 125, 3), at("survey.asb", "A", kQ2, 1, 4)};
  const auto diagnostics = validate::validate_observations({observations, catalogue});
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"numerator-too-large"});
  CHECK(diagnostics[0].location.to_string() == "returns/x.xlsx!Data!C3");
  CHECK(diagnostics[0].hint == "marac.cases is at returns/x.xlsx!Data!C4");
}

TEST_CASE("a measure the dashboard needs that no return supplies is named once") {
  const auto catalogue = marac_and_crime();
  const std::vector<core::Observation> observations = {at("crime.total", "A", kMay, 1, 1)};
  const auto diagnostics = validate::validate_observations({observations, catalogue});
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"measure-not-supplied",
                                                         "measure-not-supplied",
                                                         "measure-not-supplied"});
  CHECK(diagnostics[0].message ==
        "no return supplies marac.repeat_cases, so 'MARAC repeats' is n/a");
  CHECK(diagnostics[0].location.file == "dashboard.yaml");
}
