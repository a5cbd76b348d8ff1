// The indicator kinds of the catalogue, checked by hand against the figures the board's
// reports quote (seed: the November 2025 report for 2025/26 Q2).
#include <catch2/catch.hpp>

#include "kpi/kpi_fixture.hpp"

using namespace scdash;
using core::Month;
using core::Period;
using Fixture = testing::KpiFixture;

namespace {

Period quarter_of(int start_year, int quarter) {
  return core::FinancialQuarter{start_year, quarter}.period();
}

}  // namespace

TEST_CASE(
    "MARAC repeats: 32.8% against 33.1%, inside SafeLives' 28-40%, is green with no judgement") {
  Fixture f;
  templates::Indicator& marac = f.indicator();
  marac.formula = {};
  marac.formula.kind = templates::FormulaKind::percentage;
  marac.formula.measure = "marac.repeat_cases";
  marac.formula.denominator_measure = "marac.cases";
  marac.polarity = templates::Polarity::none;
  marac.district_breakdown = false;
  marac.rag = templates::RangeRule{28, 40, 3};
  // Quarterly returns for the county: the four quarters to 2025/26 Q2 give 164 repeats in
  // 500 cases (32.8%); the four before give 182 in 550 (33.0909...%).
  const core::FinancialQuarter quarters[] = {{2023, 3}, {2023, 4}, {2024, 1}, {2024, 2},
                                             {2024, 3}, {2024, 4}, {2025, 1}, {2025, 2}};
  const double repeats[] = {45, 44, 46, 47, 40, 41, 42, 41};
  const double cases[] = {135, 137, 139, 139, 125, 125, 125, 125};
  for (int i = 0; i < 8; ++i) {
    f.add("marac.repeat_cases", "C1", quarters[i].period(), repeats[i]);
    f.add("marac.cases", "C1", quarters[i].period(), cases[i]);
  }
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(result.current.value);
  CHECK(result.current.period == Period{Month::of(2024, 10), Month::of(2025, 9)});
  CHECK(result.current.numerator == 164);
  CHECK(result.current.denominator == 500);
  CHECK(*result.current.value == Approx(32.8));
  CHECK(*result.previous.value == Approx(182.0 / 550 * 100));
  // A percentage changes by points: 32.8 - 33.09 = -0.29 points, within ±2, so stable.
  CHECK(result.change_in_points());
  CHECK(*result.change == Approx(32.8 - 182.0 / 550 * 100));
  CHECK(result.direction == kpi::Direction::stable);
  CHECK(result.judgement == kpi::Judgement::no_judgement);
  CHECK(result.rag.rag == templates::Rag::green);
  CHECK(result.rag.reason == "inside the range 28 to 40");
  CHECK(result.districts.empty());
}

TEST_CASE("hate crimes: 1.42 against 1.49 per 1,000 is stable within a 5% band") {
  Fixture f;
  templates::Indicator& hate = f.indicator();
  hate.formula.measure = "crime.hate";
  hate.formula.rate_per = 1000;
  hate.polarity = templates::Polarity::none;
  hate.stable_band = 5;
  // 30,000 people: 1.42 per 1,000 is 42.6 crimes a year; 1.49 is 44.7. In whole crimes:
  // 43 against 45, 1.4333 against 1.5 per 1,000, a change of -4.44%.
  f.add("crime.hate", "C1", Period{Month::of(2024, 10), Month::of(2025, 9)}, 43);
  f.add("crime.hate", "C1", Period{Month::of(2023, 10), Month::of(2024, 9)}, 45);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(*result.current.value == Approx(43.0 / 30000 * 1000));
  CHECK(*result.change == Approx((43.0 - 45.0) / 45.0 * 100));
  CHECK(result.direction == kpi::Direction::stable);
  CHECK(result.judgement == kpi::Judgement::no_judgement);
  CHECK(result.rag.rag == templates::Rag::grey);  // no rule declared
}

TEST_CASE("a reported value: 89.09% against last year's 90.3% is a fall of 1.21 points") {
  Fixture f;
  templates::Indicator& survey = f.indicator();
  survey.formula = {};
  survey.formula.kind = templates::FormulaKind::value;
  survey.formula.measure = "survey.get_on_well";
  survey.formula.reported_percentage = true;
  survey.basis = templates::Basis::latest;
  survey.polarity = templates::Polarity::higher_is_better;
  survey.stable_band = 1;
  survey.district_breakdown = false;
  survey.rag = templates::TrendRule{};
  f.add("survey.get_on_well", "C1", quarter_of(2024, 2), 90.3);
  f.add("survey.get_on_well", "C1", quarter_of(2024, 4), 89.7);
  f.add("survey.get_on_well", "C1", quarter_of(2025, 2), 89.09);
  f.add("survey.get_on_well", "C1", quarter_of(2025, 3), 95);  // after the reported quarter
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.current.value == 89.09);
  CHECK(result.current.period == quarter_of(2025, 2));
  CHECK(result.previous.value == 90.3);
  CHECK(*result.change == Approx(-1.21));
  CHECK(result.direction == kpi::Direction::down);
  CHECK(result.judgement == kpi::Judgement::worse);
  CHECK(result.rag.rag == templates::Rag::red);
}

TEST_CASE("a lagged indicator reports the quarter before, and says which") {
  Fixture f;
  templates::Indicator& fte = f.indicator();
  fte.formula = {};
  fte.formula.kind = templates::FormulaKind::count;
  fte.formula.measure = "yj.fte";
  fte.lag_quarters = 1;
  fte.district_breakdown = false;
  f.add_months("C1", Month::of(2023, 7), 24, 10, "yj.fte");  // to Jun 2025 only
  const kpi::IndicatorResult result = f.first_result(f.compute({2025, 2}));
  REQUIRE(result.current.value);
  CHECK(result.current.period == Period{Month::of(2024, 7), Month::of(2025, 6)});
  CHECK(*result.current.value == 120);
  CHECK(result.previous.period == Period{Month::of(2023, 7), Month::of(2024, 6)});
}

TEST_CASE("the previous financial year-end is the last complete April-to-March year") {
  Fixture f;
  f.indicator().comparison = templates::ComparisonPeriod::previous_financial_year_end;
  f.add_months("C1", Month::of(2024, 4), 18, 10);
  const kpi::IndicatorResult q2 = f.first_result(f.compute({2025, 2}));
  CHECK(q2.previous.period == Period{Month::of(2024, 4), Month::of(2025, 3)});
  CHECK(q2.previous.value == Approx(120.0 / 30000 * 10000));
  // At Q4 the year that has just ended is the current one; the previous ended a year before.
  const kpi::IndicatorResult q4 = f.first_result(f.compute({2025, 4}));
  CHECK(q4.previous.period == Period{Month::of(2024, 4), Month::of(2025, 3)});
}

TEST_CASE("quarter and financial-year-to-date bases cover their months") {
  Fixture f;
  f.indicator().formula.kind = templates::FormulaKind::count;
  f.add_months("C1", Month::of(2024, 1), 24, 5);
  f.indicator().basis = templates::Basis::quarter;
  const kpi::IndicatorResult quarter = f.first_result(f.compute({2025, 2}));
  CHECK(quarter.current.period == quarter_of(2025, 2));
  CHECK(quarter.current.value == 15);
  CHECK(quarter.previous.period == quarter_of(2024, 2));
  f.indicator().basis = templates::Basis::financial_year_to_date;
  const kpi::IndicatorResult to_date = f.first_result(f.compute({2025, 2}));
  CHECK(to_date.current.period == Period{Month::of(2025, 4), Month::of(2025, 9)});
  CHECK(to_date.current.value == 30);
}

TEST_CASE(
    "monthly and quarterly figures tile a window, and a gap or overlap is never papered over") {
  Fixture f;
  f.indicator().formula.kind = templates::FormulaKind::count;
  f.indicator().district_breakdown = false;
  // Oct 2024 - Mar 2025 as months, Apr - Sep 2025 as two quarters.
  f.add_months("C1", Month::of(2024, 10), 6, 10);
  f.add("crime.total", "C1", quarter_of(2025, 1), 40);
  f.add("crime.total", "C1", quarter_of(2025, 2), 50);
  // A quarter that overlaps months already given: the months are used, not both.
  f.add("crime.total", "C1", quarter_of(2024, 3), 999);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.current.value == 60 + 40 + 50);
  CHECK(result.current.sources.size() == 8);
}

TEST_CASE("the trajectory is the rolling 12-month figure for each of the last 24 months") {
  Fixture f;
  f.indicator().formula.kind = templates::FormulaKind::count;
  f.indicator().district_breakdown = false;
  f.add_months("C1", Month::of(2022, 10), 36, 1);
  f.add_months("C1", Month::of(2025, 10), 1, 1);  // after the quarter: not used
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(result.trajectory.size() == 24);
  CHECK(result.trajectory.front().month == Month::of(2023, 10));
  CHECK(result.trajectory.back().month == Month::of(2025, 9));
  for (const auto& point : result.trajectory) {
    CHECK(point.value == 12);
  }
}

TEST_CASE("most-similar-group rank and county standing come from comparator returns") {
  Fixture f;
  templates::Indicator& crime = f.indicator();
  crime.comparators = {"msg.crime", "counties.crime"};
  const Period year{Month::of(2024, 10), Month::of(2025, 9)};
  // Lower is better: 50 ranks behind 40 and 45, level with another 50 ("1, 2, 3, 3, 5").
  const std::pair<const char*, double> group[] = {
      {"C1", 50}, {"X1", 40}, {"X2", 45}, {"X3", 50}, {"X4", 70}};
  for (const auto& [area, value] : group) {
    f.add("msg.crime", area, year, value);
  }
  for (int i = 0; i < 8; ++i) {
    f.add("counties.crime", i == 0 ? "C1" : "Y" + std::to_string(i), year, 10.0 + i);
  }
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(result.most_similar_group);
  CHECK(result.most_similar_group->position == 3);
  CHECK(result.most_similar_group->of == 5);
  REQUIRE(result.county_standing);
  CHECK(*result.county_standing == kpi::CountyStanding::top);  // the lowest of eight
  CHECK(result.comparators_reason.empty());
}

TEST_CASE("a missing comparator is n/a with its reason") {
  Fixture f;
  f.indicator().comparators = {"msg.crime", ""};
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK_FALSE(result.most_similar_group);
  CHECK(result.comparators_reason ==
        "no comparator return gives msg.crime for this area for the 12 months to Sep 2025");
}

TEST_CASE("a figure the return marks as not available makes the window n/a, with the marker") {
  Fixture f;
  f.indicator().formula.kind = templates::FormulaKind::count;
  f.indicator().district_breakdown = false;
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  f.observations[5].unavailable_reason = "suppressed: fewer than 5";
  f.observations[5].value = 0;
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK_FALSE(result.current.value);
  CHECK(result.current.unavailable_reason.find("marked not available in the return (suppressed: "
                                               "fewer than 5)") != std::string::npos);
}

TEST_CASE("a rejected figure makes the window n/a, naming its cell and the error") {
  Fixture f;
  f.indicator().formula.kind = templates::FormulaKind::count;
  f.indicator().district_breakdown = false;
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  f.observations[5].value = -4;
  f.observations[5].rejected_because = "a count cannot be negative [count-negative]";
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK_FALSE(result.current.value);
  CHECK(result.current.unavailable_reason ==
        "crime.total for County in Mar 2025 at returns/test.xlsx!Data!B6 is rejected: a count "
        "cannot be negative [count-negative]");
}

TEST_CASE("a reported value that is rejected or marked is n/a, never an older value instead") {
  Fixture f;
  templates::Indicator& survey = f.indicator();
  survey.formula = {};
  survey.formula.kind = templates::FormulaKind::value;
  survey.formula.measure = "survey.asb";
  survey.basis = templates::Basis::latest;
  survey.district_breakdown = false;
  f.add("survey.asb", "C1", quarter_of(2024, 2), 40);
  f.add("survey.asb", "C1", quarter_of(2025, 2), 140);
  f.observations[1].rejected_because = "a percentage is from 0 to 100 [percent-out-of-range]";
  const kpi::IndicatorResult rejected = f.first_result(f.compute());
  CHECK_FALSE(rejected.current.value);
  CHECK(
      rejected.current.unavailable_reason.ends_with("is rejected: a percentage is from 0 to 100 "
                                                    "[percent-out-of-range]"));

  f.observations[1].rejected_because.reset();
  f.observations[1].unavailable_reason = "not surveyed";
  const kpi::IndicatorResult marked = f.first_result(f.compute());
  CHECK_FALSE(marked.current.value);
  CHECK(marked.current.unavailable_reason.find("marked not available in the return (not "
                                               "surveyed)") != std::string::npos);
}

TEST_CASE("a comparator figure that is rejected is left out of the ranking") {
  Fixture f;
  templates::Indicator& crime = f.indicator();
  crime.comparators = {"msg.crime", ""};
  const Period year{Month::of(2024, 10), Month::of(2025, 9)};
  f.add("msg.crime", "C1", year, 50);
  f.add("msg.crime", "X1", year, 40);
  f.add("msg.crime", "X2", year, -1);
  f.observations[2].rejected_because = "a count cannot be negative [count-negative]";
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(result.most_similar_group);
  CHECK(result.most_similar_group->position == 2);
  CHECK(result.most_similar_group->of == 2);
}
