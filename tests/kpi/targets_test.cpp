// Targets: a level, or a change on the previous period's figure, and the gap to it in what the
// numerator counts. The figures are seed 004's; each expected value is worked out by hand in
// its comment.
#include <cmath>

#include <catch2/catch.hpp>

#include "kpi/kpi_fixture.hpp"
#include "support/describe.hpp"

using namespace scdash;
using core::Month;
using Fixture = testing::KpiFixture;

namespace {

// `total` spread over the six months April to September of the financial year `year`, each
// month a whole count: five of total / 6 and the rest in September.
void add_half_year(Fixture& f, const std::string& measure, const std::string& area, int year,
                   double total) {
  const double month = std::floor(total / 6);
  f.add_months(area, Month::of(year, 4), 5, month, measure);
  f.add(measure, area, core::Period::single(Month::of(year, 9)), total - 5 * month);
}

// A count of crimes over the financial year to date with `target`, judged by a target rule.
void make_count(Fixture& f, templates::Target target) {
  templates::Indicator& crimes = f.indicator();
  crimes.formula.kind = templates::FormulaKind::count;
  crimes.formula.measure = "crime.burglary";
  crimes.basis = templates::Basis::financial_year_to_date;
  crimes.counted = "crimes";
  crimes.target = target;
  crimes.rag = templates::TargetRule{};
}

// An outcome rate, outcomes ÷ crimes × 100, with a level target of `level` per cent.
void make_outcome_rate(Fixture& f, double level) {
  templates::Indicator& rate = f.indicator();
  rate.formula.kind = templates::FormulaKind::percentage;
  rate.formula.measure = "outcomes.burglary";
  rate.formula.denominator_measure = "crime.burglary";
  rate.basis = templates::Basis::financial_year_to_date;
  rate.polarity = templates::Polarity::higher_is_better;
  rate.counted = "outcomes";
  rate.target = templates::Target{templates::TargetKind::level, level};
  rate.rag = templates::TargetRule{};
  rate.district_breakdown = false;
}

}  // namespace

TEST_CASE(
    "a reduction target is the previous figure less the reduction, and its gap is whole crimes") {
  Fixture f;
  make_count(f, {templates::TargetKind::change_percent, -13});
  // "a 3.5% reduction in domestic burglary, which is 263 crimes short of the 13% reduction
  // target": 2,768 crimes a year ago, 2,671 now.
  add_half_year(f, "crime.burglary", "C1", 2024, 2768);
  add_half_year(f, "crime.burglary", "C1", 2025, 2671);
  // The two areas: A (the City BCU) 1,254 → 1,166 and B (Counties) 1,514 → 1,505.
  add_half_year(f, "crime.burglary", "A1", 2024, 1254);
  add_half_year(f, "crime.burglary", "A1", 2025, 1166);
  add_half_year(f, "crime.burglary", "B1", 2024, 1514);
  add_half_year(f, "crime.burglary", "B1", 2025, 1505);
  const kpi::DashboardModel model = f.compute();
  INFO(testing::describe(f.diagnostics));
  const kpi::IndicatorResult& result = f.first_result(model);
  REQUIRE(result.current.value == 2671);
  REQUIRE(result.previous.value == 2768);
  // 2,671 − 2,768 = −97 crimes; −97 ÷ 2,768 = −3.50%.
  CHECK(result.count_change == -97);
  CHECK(*result.change == Approx(-3.504).epsilon(1e-3));
  REQUIRE(result.target);
  // 2,768 × 0.87 = 2,408.16; 2,671 − 2,408.16 = 262.84, so 263 fewer crimes are needed.
  CHECK(*result.target->level == Approx(2408.16));
  CHECK(result.target->gap == 263);
  CHECK_FALSE(result.target->met);
  // Missed by 262.84 ÷ 2,408.16 = 10.9% of the target: beyond the 5% tolerance.
  CHECK(result.rag.rag == templates::Rag::red);
  CHECK(result.rag.reason == "misses the 13% reduction target (2408.16) by 10.9%");
  // Each area against the force's target rate on its own baseline: "City BCU is achieving a
  // reduction of 7.0% (76 crimes short of Force Target rate)": 1,166 − 1,254 × 0.87 = 75.02 → 76;
  // Counties 1,505 − 1,514 × 0.87 = 187.82 → 188.
  REQUIRE(result.districts.size() == 2);
  CHECK(result.districts[0].previous.value == 1254);
  // (1,166 − 1,254) ÷ 1,254 = −7.0%, as the headline's change is worked out.
  CHECK(*result.districts[0].change == Approx(-7.018).epsilon(1e-3));
  CHECK(result.districts[0].target->gap == 76);
  CHECK(result.districts[1].target->gap == 188);
}

TEST_CASE("a target met leaves the margin in whole counts, rounded down") {
  Fixture f;
  make_count(f, {templates::TargetKind::change_percent, -5});
  f.indicator().district_breakdown = false;
  // 1,000 → 940: the target is 950, met with 10 crimes to spare.
  add_half_year(f, "crime.burglary", "C1", 2024, 1000);
  add_half_year(f, "crime.burglary", "C1", 2025, 940);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(*result.target->level == Approx(950));
  CHECK(result.target->gap == -10);
  CHECK(result.target->met);
  CHECK(result.rag.rag == templates::Rag::green);
}

TEST_CASE("a count change target adds to the previous count") {
  Fixture f;
  make_count(f, {templates::TargetKind::change_count, -50});
  f.indicator().district_breakdown = false;
  // 1,000 → 960 against a target of 950: 10 crimes short.
  add_half_year(f, "crime.burglary", "C1", 2024, 1000);
  add_half_year(f, "crime.burglary", "C1", 2025, 960);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.target->level == 950);
  CHECK(result.target->gap == 10);
  CHECK_FALSE(result.target->met);
}

TEST_CASE("an outcome rate's gap is the count of outcomes still needed to reach the target rate") {
  SECTION("missed: rounded up") {
    Fixture f;
    make_outcome_rate(f, 25);
    // "16.8% which is below the target of 25%. For the Force to achieve this target a further 219
    // outcomes are currently required": 449 outcomes of 2,671 crimes; 2,671 × 25% = 667.75
    // outcomes, 218.75 more than 449, so 219.
    add_half_year(f, "crime.burglary", "C1", 2024, 2768);
    add_half_year(f, "crime.burglary", "C1", 2025, 2671);
    add_half_year(f, "outcomes.burglary", "C1", 2024, 520);
    add_half_year(f, "outcomes.burglary", "C1", 2025, 449);
    const kpi::IndicatorResult result = f.first_result(f.compute());
    CHECK(*result.current.value == Approx(16.810));
    CHECK(result.target->level == 25);
    CHECK(result.target->gap == -219);
    CHECK_FALSE(result.target->met);
    // The count change is in outcomes: 449 − 520.
    CHECK(result.count_change == -71);
  }
  SECTION("met: rounded down") {
    Fixture f;
    make_outcome_rate(f, 50);
    // "currently at the target of 50%": 1,653 of 3,305; 3,305 × 50% = 1,652.5, 0.5 to spare.
    add_half_year(f, "crime.burglary", "C1", 2024, 2930);
    add_half_year(f, "crime.burglary", "C1", 2025, 3305);
    add_half_year(f, "outcomes.burglary", "C1", 2024, 1500);
    add_half_year(f, "outcomes.burglary", "C1", 2025, 1653);
    const kpi::IndicatorResult result = f.first_result(f.compute());
    CHECK(result.target->gap == 0);
    CHECK(result.target->met);
    CHECK(result.rag.rag == templates::Rag::green);
  }
}

TEST_CASE("a reported satisfaction rate's gap is in percentage points, not rounded") {
  Fixture f;
  templates::Indicator& satisfaction = f.indicator();
  satisfaction.formula.kind = templates::FormulaKind::value;
  satisfaction.formula.measure = "satisfaction.violent";
  satisfaction.formula.reported_percentage = true;
  satisfaction.basis = templates::Basis::latest;
  satisfaction.polarity = templates::Polarity::higher_is_better;
  satisfaction.target = templates::Target{templates::TargetKind::level, 82};
  satisfaction.rag = templates::TargetRule{std::nullopt, 2};
  satisfaction.district_breakdown = false;
  // "a target of 82% ... the current rolling 12 month figure is slightly under this target at
  // 78.6%": 3.4 points short, 4.1% of the target, beyond a 2% tolerance.
  f.add("satisfaction.violent", "C1", core::Period::rolling_12_months(Month::of(2024, 9)), 79.9);
  f.add("satisfaction.violent", "C1", core::Period::rolling_12_months(Month::of(2025, 9)), 78.6);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(*result.target->gap == Approx(-3.4));
  CHECK_FALSE(result.count_change);
  CHECK(result.rag.rag == templates::Rag::red);
}

TEST_CASE("a relative target without a previous figure is not available, and says why") {
  Fixture f;
  make_count(f, {templates::TargetKind::change_percent, -13});
  f.indicator().district_breakdown = false;
  add_half_year(f, "crime.burglary", "C1", 2025, 2671);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(result.target);
  CHECK_FALSE(result.target->level);
  CHECK_FALSE(result.target->gap);
  CHECK_THAT(result.target->unavailable_reason,
             Catch::StartsWith("the target rests on the previous figure, which is not available"));
  CHECK(result.rag.rag == templates::Rag::grey);
  CHECK_THAT(result.rag.reason, Catch::StartsWith("the target is not available: the target rests"));
}

TEST_CASE("a target names itself as the board report does") {
  using templates::Target;
  using templates::TargetKind;
  CHECK(Target{TargetKind::change_percent, -13}.describe(false) == "the 13% reduction target");
  CHECK(Target{TargetKind::change_percent, 2}.describe(false) == "the 2% increase target");
  CHECK(Target{TargetKind::level, 85}.describe(true) == "the 85% target");
  CHECK(Target{TargetKind::level, 1.01}.describe(false) == "the 1.01 target");
  CHECK(Target{TargetKind::change_count, -500}.describe(false) == "the target of 500 fewer");
  CHECK(Target{TargetKind::change_percent, -13}.level_from(2768) == Approx(2408.16));
}

TEST_CASE("a figure exactly on its relative target meets it") {
  Fixture f;
  make_count(f, {templates::TargetKind::change_percent, -7});
  f.indicator().district_breakdown = false;
  // 1,000 less 7% is 930: 930 crimes meet it, with none to spare (not "0 short", not amber).
  add_half_year(f, "crime.burglary", "C1", 2024, 1000);
  add_half_year(f, "crime.burglary", "C1", 2025, 930);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.target->level == 930);
  CHECK(result.target->gap == 0);
  CHECK(result.target->met);
  CHECK(result.rag.rag == templates::Rag::green);
}
