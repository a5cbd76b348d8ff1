// Derived measures: a measure the template makes from others where no return gives it, summed
// over an indicator's months like any other, its figure listing every cell of every part.
#include <catch2/catch.hpp>

#include "kpi/kpi_fixture.hpp"

using namespace scdash;
using core::Month;
using Fixture = testing::KpiFixture;

namespace {

using Operation = templates::DerivedMeasure::Operation;

// ASB as a count, made from its three categories, which the returns give for each district.
Fixture asb_from_categories() {
  Fixture f;
  templates::Indicator& asb = f.indicator();
  asb.formula = {};
  asb.formula.kind = templates::FormulaKind::count;
  asb.formula.measure = "asb.total";
  f.catalogue.derived_measures = {
      {"asb.total", Operation::sum, {"asb.personal", "asb.nuisance", "asb.environmental"}, 4}};
  const Month first = Month::of(2023, 10);  // 24 months to September 2025
  f.add_months("A1", first, 24, 3, "asb.personal");
  f.add_months("A1", first, 24, 10, "asb.nuisance");
  f.add_months("A1", first, 24, 2, "asb.environmental");
  f.add_months("B1", first, 24, 5, "asb.personal");
  f.add_months("B1", first, 24, 20, "asb.nuisance");
  f.add_months("B1", first, 24, 1, "asb.environmental");
  return f;
}

}  // namespace

TEST_CASE("a derived sum adds its parts over the months, for districts and their county") {
  Fixture f = asb_from_categories();
  const kpi::IndicatorResult result = f.first_result(f.compute());
  // District A: (3 + 10 + 2) a month, 12 months: 180; district B: (5 + 20 + 1) × 12 = 312; the
  // county, given by no return, their sum: 492.
  REQUIRE(result.districts.size() == 2);
  CHECK(result.districts[0].figure.value == 180);
  CHECK(result.districts[1].figure.value == 312);
  REQUIRE(result.current.value);
  CHECK(*result.current.value == 492);
  // Every cell of every part, for both districts: 3 parts × 12 months × 2 districts.
  CHECK(result.current.sources.size() == 72);
  CHECK(result.current.derivations ==
        std::vector<std::string>{"asb.total = asb.personal + asb.nuisance + asb.environmental"});
}

TEST_CASE("a return's own figures of a derived measure come before its parts'") {
  Fixture f = asb_from_categories();
  f.add_months("A1", Month::of(2023, 10), 24, 100, "asb.total");
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.districts[0].figure.value == 1200);
  CHECK(result.districts[0].figure.derivations.empty());
  CHECK(result.districts[1].figure.value == 312);  // B gives no total: derived
  // The county is the sum of its districts, each as it is given or derived.
  CHECK(result.current.value == 1512);
}

TEST_CASE("a derived difference takes the parts from the whole") {
  Fixture f;
  f.catalogue.derived_measures = {
      {"crime.total", Operation::difference, {"crime.recorded", "crime.fraud"}, 4}};
  f.add_months("A1", Month::of(2023, 10), 24, 50, "crime.recorded");
  f.add_months("A1", Month::of(2023, 10), 24, 8, "crime.fraud");
  f.add_months("B1", Month::of(2023, 10), 24, 90, "crime.recorded");
  f.add_months("B1", Month::of(2023, 10), 24, 12, "crime.fraud");
  const kpi::IndicatorResult result = f.first_result(f.compute());
  // A: (50 - 8) × 12 = 504 crimes among 10,000 people: 504 per 10,000.
  CHECK(result.districts[0].figure.value == Approx(504));
  CHECK(result.districts[0].figure.numerator == 504);
  CHECK(result.current.numerator == 504 + (90 - 12) * 12);
}

TEST_CASE("a derived measure with a part missing, or coming to less than nothing, is n/a") {
  Fixture f = asb_from_categories();
  // District B's environmental ASB for August 2025 is missing.
  std::erase_if(f.observations, [](const core::Observation& o) {
    return o.area_code == "B1" && o.measure == "asb.environmental" &&
           o.period.first == Month::of(2025, 8);
  });
  kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK_FALSE(result.districts[1].figure.value);
  CHECK(result.districts[1].figure.unavailable_reason ==
        "asb.total = asb.personal + asb.nuisance + asb.environmental, and no figure for District "
        "B in Aug 2025 (needed for the 12 months to Sep 2025)");

  Fixture g;
  g.catalogue.derived_measures = {
      {"crime.total", Operation::difference, {"crime.recorded", "crime.fraud"}, 4}};
  g.add_months("A1", Month::of(2023, 10), 24, 5, "crime.recorded");
  g.add_months("A1", Month::of(2023, 10), 24, 8, "crime.fraud");
  result = g.first_result(g.compute());
  CHECK(result.districts[0].figure.unavailable_reason ==
        "crime.total = crime.recorded - crime.fraud comes to -36 for District A in the 12 months "
        "to Sep 2025: a part is larger than the whole");
}
