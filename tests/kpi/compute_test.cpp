#include <catch2/catch.hpp>

#include "kpi/kpi_fixture.hpp"
#include "scdash/kpi/compute.hpp"

using namespace scdash;
using core::Month;
using Fixture = testing::KpiFixture;

TEST_CASE("a rolling-12-month rate is the window's count over the population, by hand") {
  Fixture f;
  // Oct 2023 - Sep 2024 (previous year): A 12 a month, B 26 a month.
  f.add_months("A1", Month::of(2023, 10), 12, 12);
  f.add_months("B1", Month::of(2023, 10), 12, 26);
  // Oct 2024 - Sep 2025 (current year): A 10 a month, B 25 a month.
  f.add_months("A1", Month::of(2024, 10), 12, 10);
  f.add_months("B1", Month::of(2024, 10), 12, 25);
  const kpi::DashboardModel model = f.compute();
  REQUIRE(f.diagnostics.empty());

  CHECK(model.current_period == core::Period{Month::of(2024, 10), Month::of(2025, 9)});
  CHECK(model.previous_period == core::Period{Month::of(2023, 10), Month::of(2024, 9)});
  const kpi::IndicatorResult& crime = model.outcomes.at(0).indicators.at(0);

  // County, current: (12 × 10 + 12 × 25) = 420 crimes; 420 / 30,000 × 10,000 = 140.
  CHECK(crime.current.numerator == 420);
  CHECK(crime.current.denominator == 30000);
  CHECK(crime.current.value == Approx(140.0).epsilon(1e-12));
  CHECK(crime.current.sources.size() == 24);
  // County, previous: (12 × 12 + 12 × 26) = 456; 456 / 30,000 × 10,000 = 152.
  CHECK(crime.previous.value == Approx(152.0).epsilon(1e-12));
  // Change: (140 − 152) / 152 × 100 = −7.894736842...%
  CHECK(*crime.change == Approx(-7.894736842105263).epsilon(1e-12));
  CHECK(crime.direction == kpi::Direction::down);
  CHECK(crime.judgement == kpi::Judgement::better);

  // Districts: A 120 / 10,000 × 10,000 = 120; B 300 / 20,000 × 10,000 = 150.
  REQUIRE(crime.districts.size() == 2);
  CHECK(crime.districts[0].label == "A");
  CHECK(crime.districts[0].figure.value == Approx(120.0));
  CHECK(crime.districts[1].figure.value == Approx(150.0));
  // A's population for 2025 is its own year's; the county's falls back to 2021, and says so.
  CHECK(crime.districts[0].figure.denominator_vintage == "MYE 2025");
  CHECK_FALSE(crime.districts[0].figure.denominator_from_earlier_year);
  CHECK(crime.current.denominator_vintage == "Census 2021");
  CHECK(crime.current.denominator_from_earlier_year);
}

TEST_CASE("districts are compared with the county by confidence interval and polarity") {
  Fixture f;
  // Current year: A 300 crimes (300 per 10,000), B 60 (30 per 10,000); county 360 / 30,000
  // = 120 per 10,000.
  f.add_months("A1", Month::of(2024, 10), 12, 25);
  f.add_months("B1", Month::of(2024, 10), 12, 5);
  const kpi::IndicatorResult crime = f.compute().outcomes.at(0).indicators.at(0);
  REQUIRE(crime.current.value == Approx(120));
  const kpi::DistrictFigure& a = crime.districts.at(0);
  const kpi::DistrictFigure& b = crime.districts.at(1);
  // A: Byar's 95% interval of 300 events, per 10,000 of 10,000 people: 267.0 to 335.9.
  REQUIRE(a.interval);
  CHECK(a.interval->lower == Approx(kpi::byar_interval(300, kpi::z_for_confidence(0.95)).lower));
  CHECK(a.comparison == kpi::Comparison::worse);  // higher crime, and lower is better
  // B: 60 events over 20,000 people, 30 per 10,000; its interval is well below 120.
  CHECK(b.comparison == kpi::Comparison::better);
}

TEST_CASE("districts' counts are not compared with the county's, which is their sum") {
  Fixture f;
  f.indicator().formula.kind = templates::FormulaKind::count;
  f.add_months("A1", Month::of(2024, 10), 12, 1);
  f.add_months("B1", Month::of(2024, 10), 12, 2);
  const kpi::IndicatorResult entrants = f.compute().outcomes.at(0).indicators.at(0);
  REQUIRE(entrants.current.value == Approx(36));
  for (const kpi::DistrictFigure& district : entrants.districts) {
    CHECK(district.figure.value);
    CHECK_FALSE(district.interval);  // the helper columns stay empty, so no colour either
    CHECK(district.comparison == kpi::Comparison::not_compared);
  }
}

TEST_CASE("a benchmark inside the interval is similar, and without polarity only higher or lower") {
  using kpi::Comparison;
  using templates::Polarity;
  const kpi::Interval interval{90, 110};
  CHECK(kpi::compare_with_benchmark(100, interval, 105, Polarity::lower_is_better) ==
        Comparison::similar);
  CHECK(kpi::compare_with_benchmark(100, interval, 110, Polarity::lower_is_better) ==
        Comparison::similar);  // on the limit counts as inside
  CHECK(kpi::compare_with_benchmark(100, interval, 120, Polarity::lower_is_better) ==
        Comparison::better);
  CHECK(kpi::compare_with_benchmark(100, interval, 120, Polarity::higher_is_better) ==
        Comparison::worse);
  CHECK(kpi::compare_with_benchmark(100, interval, 120, Polarity::none) == Comparison::lower);
  CHECK(kpi::compare_with_benchmark(100, interval, 80, Polarity::none) == Comparison::higher);
}

TEST_CASE("a missing month makes the figure n/a with its reason, never a shorter window") {
  Fixture f;
  f.add_months("A1", Month::of(2023, 10), 24, 10);
  f.add_months("B1", Month::of(2023, 10), 17, 25);  // stops after Feb 2025
  f.add_months("B1", Month::of(2025, 4), 6, 25);    // Mar 2025 is missing
  const kpi::DashboardModel model = f.compute();
  const kpi::IndicatorResult& crime = model.outcomes.at(0).indicators.at(0);
  CHECK_FALSE(crime.current.value);
  CHECK(crime.current.unavailable_reason ==
        "no figure for District B in Mar 2025 (needed for the 12 months to Sep 2025)");
  CHECK(crime.previous.value);  // the year before is complete
  CHECK_FALSE(crime.change);
  CHECK_FALSE(crime.direction);
  CHECK(crime.judgement == kpi::Judgement::no_judgement);
  CHECK(crime.districts[0].figure.value);
  CHECK_FALSE(crime.districts[1].figure.value);
}

TEST_CASE("two different figures for the same month are not summed") {
  Fixture f;
  f.add_months("A1", Month::of(2024, 10), 12, 10);
  f.add_months("B1", Month::of(2024, 10), 12, 25);
  f.observations.push_back(f.observations.front());
  f.observations.back().value = 11;
  const kpi::DashboardModel model = f.compute();
  const kpi::IndicatorResult& crime = model.outcomes.at(0).indicators.at(0);
  CHECK_FALSE(crime.current.value);
  CHECK(crime.current.unavailable_reason.starts_with(
      "two different figures for District A in Oct 2024"));
}

TEST_CASE("a county's own figures are used in preference to its districts' sum") {
  Fixture f;
  f.add_months("C1", Month::of(2024, 10), 12, 50);
  const kpi::DashboardModel model = f.compute();
  CHECK(model.outcomes[0].indicators[0].current.numerator == 600);
}

TEST_CASE("no population gives n/a naming the area and year") {
  Fixture f;
  f.catalogue.outcomes[0].indicators[0].formula.population = core::Denominator::adult_females;
  f.add_months("A1", Month::of(2024, 10), 12, 10);
  f.add_months("B1", Month::of(2024, 10), 12, 25);
  const auto model = f.compute();
  CHECK(model.outcomes[0].indicators[0].current.unavailable_reason ==
        "no women aged 16 and over figure for County in 2025 or earlier");
}

TEST_CASE("a district label the reference data does not know is a template error") {
  Fixture f;
  f.catalogue.area_sets = {{"districts", {"A", "Z"}}};
  const auto model = f.compute();
  REQUIRE(f.diagnostics.size() == 1);
  CHECK(f.diagnostics[0].code == "template-unknown-district");
  CHECK(model.districts.size() == 1);
}

TEST_CASE("the default quarter is the latest one the data completes") {
  std::vector<core::Observation> observations(2);
  observations[0].period = core::Period::single(Month::of(2025, 9));
  observations[1].period = core::Period::single(Month::of(2024, 1));
  CHECK(kpi::latest_complete_quarter(observations) == core::FinancialQuarter{2025, 2});
  observations[0].period = core::Period::single(Month::of(2025, 8));  // Q2 is not complete
  CHECK(kpi::latest_complete_quarter(observations) == core::FinancialQuarter{2025, 1});
  observations[0].period = core::Period::single(Month::of(2026, 3));  // a financial year's end
  CHECK(kpi::latest_complete_quarter(observations) == core::FinancialQuarter{2025, 4});
  CHECK_FALSE(kpi::latest_complete_quarter({}));
}

TEST_CASE("direction of travel has a stable band and is judged by polarity") {
  CHECK(kpi::direction_of(2.0, 2) == kpi::Direction::stable);
  CHECK(kpi::direction_of(-2.0, 2) == kpi::Direction::stable);
  CHECK(kpi::direction_of(2.01, 2) == kpi::Direction::up);
  CHECK(kpi::direction_of(-2.01, 2) == kpi::Direction::down);
  CHECK(kpi::direction_of(0.5, 0) == kpi::Direction::up);

  using kpi::Direction;
  using kpi::Judgement;
  using templates::Polarity;
  CHECK(kpi::judge(Direction::down, Polarity::lower_is_better) == Judgement::better);
  CHECK(kpi::judge(Direction::up, Polarity::lower_is_better) == Judgement::worse);
  CHECK(kpi::judge(Direction::up, Polarity::higher_is_better) == Judgement::better);
  CHECK(kpi::judge(Direction::down, Polarity::higher_is_better) == Judgement::worse);
  CHECK(kpi::judge(Direction::up, Polarity::none) == Judgement::no_judgement);
  CHECK(kpi::judge(Direction::stable, Polarity::lower_is_better) == Judgement::no_judgement);
}
