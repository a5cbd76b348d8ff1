#include "render/render_fixture.hpp"

namespace scdash::testing {

RenderFixture::RenderFixture() {
  templates::Indicator crime;
  crime.id = "total_crime";
  crime.label = "Total crime rate (per 10,000 population)";
  crime.formula.measure = "crime.total";
  crime.polarity = templates::Polarity::lower_is_better;
  catalogue.outcomes = {{"Ongoing reductions in crime", templates::OverallRule::worst, {crime}}};

  model.title = "Safer Communities Performance Dashboard";
  model.quarter = {2025, 2};
  model.current_period = core::Period::rolling_12_months(core::Month::of(2025, 9));
  model.previous_period = model.current_period.year_earlier();
  model.headline_area_name = "Leicestershire";
  model.districts = {{"E07000129", "B", "Blaby"}, {"E06000017", "R", "Rutland"}};

  kpi::IndicatorResult result;
  result.indicator = &catalogue.outcomes[0].indicators[0];
  result.current.value = 519.25;
  result.current.period = model.current_period;
  result.previous.period = model.previous_period;
  result.current.numerator = 36986;
  result.current.denominator = 712300;
  result.current.denominator_vintage = "Census 2021";
  result.current.denominator_from_earlier_year = true;
  result.current.sources = {{"returns/police.xlsx", "Districts", {5, 25}, "police.yaml", 3},
                            {"returns/police.xlsx", "Districts", {11, 36}, "police.yaml", 3}};
  result.previous.value = 535.93;
  result.change = (519.25 - 535.93) / 535.93 * 100;
  result.direction = kpi::Direction::down;
  result.judgement = kpi::Judgement::better;
  for (int i = 0; i < 24; ++i) {
    // One month without a figure shows as a gap in the sparkline, not a zero.
    const std::optional<double> value = i == 3 ? std::nullopt : std::optional(600.0 - 3.0 * i);
    result.trajectory.push_back({core::Month::of(2023, 10) + i, value});
  }
  kpi::Figure blaby;
  blaby.value = 514.38;
  result.districts = {
      {"E07000129", "B", blaby, kpi::Interval{500.1, 528.9}, kpi::Comparison::better},
      {"E06000017",
       "R",
       kpi::Figure::unavailable("no figure for Rutland in Mar 2025"),
       {},
       kpi::Comparison::not_compared}};
  kpi::OutcomeResult outcome;
  outcome.name = "Ongoing reductions in crime";
  outcome.overall = {templates::Rag::green,
                     "the worst of its indicators' RAGs (0 red, 0 amber, 1 green)"};
  outcome.indicators = {result};
  model.outcomes = {outcome};
}

}  // namespace scdash::testing
