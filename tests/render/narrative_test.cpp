// The honesty rules of the board report's draft, on models made for each: nothing is said that
// the dashboard's own judgement does not license.
#include <regex>

#include <catch2/catch.hpp>

#include "render/render_fixture.hpp"
#include "scdash/kpi/compute.hpp"
#include "scdash/render/narrative.hpp"

using namespace scdash;
using templates::StatementKind;

namespace {

// The fixture's one indicator, its change set to `change` per cent, its direction and judgement
// as kpi::compute would give them for the indicator's stable band and polarity.
void set_change(kpi::IndicatorResult& result, double change) {
  const double previous = *result.current.value / (1 + change / 100);
  result.previous.value = previous;
  result.change = change;
  result.direction = kpi::direction_of(change, result.indicator->stable_band);
  result.judgement = kpi::judge(*result.direction, result.indicator->polarity);
}

struct Draft {
  testing::RenderFixture fixture;
  templates::NarrativeWording wording;
  templates::Layout layout;

  templates::Indicator& indicator() { return fixture.catalogue.outcomes[0].indicators[0]; }
  kpi::IndicatorResult& result() { return fixture.model.outcomes[0].indicators[0]; }

  render::Narrative narrative() const {
    return render::draft_narrative(fixture.model, wording, layout);
  }
  std::vector<render::Statement> statements() const {
    const render::Narrative drafted = narrative();
    const auto& points = drafted.outcomes.at(0).points;
    return points.empty() ? std::vector<render::Statement>{} : points.at(0).statements;
  }
  std::vector<StatementKind> kinds() const {
    std::vector<StatementKind> kinds;
    for (const auto& statement : statements()) {
      kinds.push_back(statement.kind);
    }
    return kinds;
  }
  std::string text() const {
    std::string text;
    for (const auto& statement : statements()) {
      text += statement.text + " ";
    }
    return text;
  }
};

bool says(const std::string& text, const char* pattern) {
  return std::regex_search(text, std::regex(pattern, std::regex::icase));
}

}  // namespace

TEST_CASE("a change inside the stable band is stable, never an increase or a decrease") {
  for (const double change : {-2.0, -0.5, 0.0, 1.9, 2.0}) {
    for (const auto polarity : {templates::Polarity::lower_is_better,
                                templates::Polarity::higher_is_better, templates::Polarity::none}) {
      Draft draft;
      draft.indicator().polarity = polarity;
      set_change(draft.result(), change);
      INFO("change " << change << ", polarity " << templates::polarity_name(polarity));
      CHECK(draft.kinds().front() == StatementKind::stable);
      CHECK_FALSE(says(draft.text(), "increas|decreas|improv|deteriorat|rise|fall"));
      CHECK_THAT(draft.statements().front().rule, Catch::Contains("lies within"));
    }
  }
}

TEST_CASE("outside the band a change is better or worse only where the indicator has a polarity") {
  Draft lower_better;
  set_change(lower_better.result(), -3.1);
  CHECK(lower_better.kinds().front() == StatementKind::improved);
  CHECK_THAT(lower_better.statements().front().text,
             Catch::StartsWith("Total crime rate has improved, from 535.86 to 519.25 (-3.1% on"));

  Draft higher_better;
  higher_better.indicator().polarity = templates::Polarity::higher_is_better;
  set_change(higher_better.result(), -3.1);
  CHECK(higher_better.kinds().front() == StatementKind::deteriorated);

  for (const double change : {-3.1, 12.0}) {
    Draft none;
    none.indicator().polarity = templates::Polarity::none;
    none.result().districts.clear();
    set_change(none.result(), change);
    INFO("change " << change);
    CHECK(none.kinds().front() ==
          (change > 0 ? StatementKind::increased : StatementKind::decreased));
    CHECK_FALSE(says(none.text(), "improv|deteriorat|better|worse"));
    CHECK_THAT(none.text(), Catch::Contains("neither good nor bad"));
    CHECK_THAT(none.statements().front().rule, Catch::Contains("no polarity"));
  }
}

TEST_CASE("significance is claimed only of districts whose interval excludes the county's figure") {
  Draft draft;
  auto& districts = draft.result().districts;  // Blaby better; Rutland not available
  districts[0].interval = kpi::Interval{500.1, 510};
  CHECK(draft.kinds() ==
        std::vector<StatementKind>{StatementKind::improved, StatementKind::districts_better});
  const render::Statement better = draft.statements().back();
  CHECK(better.text == "Blaby is significantly better than Leicestershire as a whole.");
  CHECK_THAT(better.rule,
             Catch::Contains("excludes Leicestershire's 519.25: Blaby 500.10 to 510.00"));
  REQUIRE(better.figures.size() == 2);  // the county's, then Blaby's
  CHECK(better.figures[1].name == "Blaby");
  CHECK(better.figures[1].text == "514.38");

  // A comparison with no interval behind it licenses nothing.
  districts[0].interval.reset();
  CHECK_FALSE(says(draft.text(), "significant"));

  // Every district similar: "no district differs", and no district named.
  districts[0].interval = kpi::Interval{510, 530};
  districts[0].comparison = kpi::Comparison::similar;
  CHECK(draft.kinds().back() == StatementKind::no_district_differs);
  CHECK_FALSE(says(draft.text(), "significantly (better|worse|higher|lower)|Blaby"));

  // Without polarity, only lower or higher.
  draft.indicator().polarity = templates::Polarity::none;
  districts[0].comparison = kpi::Comparison::lower;
  CHECK(draft.kinds().back() == StatementKind::districts_lower);
  CHECK_FALSE(says(draft.text(), "better|worse"));

  // No district compared at all (no breakdown): nothing about districts.
  districts.clear();
  CHECK_FALSE(says(draft.text(), "district"));
}

TEST_CASE("a range rule places the figure within, below or above the range") {
  for (const auto& [value, kind] :
       {std::pair{32.8, StatementKind::within_range}, std::pair{27.0, StatementKind::below_range},
        std::pair{40.5, StatementKind::above_range}}) {
    Draft draft;
    draft.indicator().formula.kind = templates::FormulaKind::percentage;
    draft.indicator().formula.denominator_measure = "marac.cases";
    draft.indicator().polarity = templates::Polarity::none;
    draft.indicator().rag = templates::RangeRule{28, 40, 3};
    draft.result().current.value = value;
    draft.result().districts.clear();
    set_change(draft.result(), 0);
    INFO(value);
    REQUIRE(draft.kinds().size() == 2);
    CHECK(draft.kinds()[1] == kind);
  }
  Draft draft;
  draft.indicator().formula.kind = templates::FormulaKind::percentage;
  draft.indicator().formula.denominator_measure = "marac.cases";
  draft.indicator().rag = templates::RangeRule{28, 40, 3};
  draft.result().current.value = 32.8;
  draft.result().districts.clear();
  set_change(draft.result(), 0);
  CHECK(draft.statements()[1].text == "This is within the recommended range of 28\u201340%.");
}

TEST_CASE("a target is met or missed by the polarity, with the gap in the indicator's units") {
  Draft draft;  // 519.25, lower is better
  draft.result().districts.clear();
  draft.indicator().rag = templates::TargetRule{500, 5};
  CHECK(draft.statements()[1].text == "This misses the target of 500.00 by 19.25.");
  draft.indicator().rag = templates::TargetRule{520, 5};
  CHECK(draft.statements()[1].text == "This meets the target of 520.00.");
  // With no polarity a target has no side to meet it from.
  draft.indicator().polarity = templates::Polarity::none;
  set_change(draft.result(), 0);
  CHECK(draft.kinds() == std::vector<StatementKind>{StatementKind::stable});
}

TEST_CASE("a figure that is not available is said to be so, with its reason, and nothing else") {
  Draft draft;
  draft.result().current = kpi::Figure::unavailable(
      "crime.total for Blaby in Jul 2025 is marked not available in the return (a change of "
      "system) at returns/police.xlsx!Data!B5");
  const render::Narrative narrative = draft.narrative();
  CHECK(narrative.outcomes.at(0).points.empty());
  REQUIRE(narrative.not_available.size() == 1);
  REQUIRE(narrative.not_available[0].statements.size() == 1);
  const render::Statement& statement = narrative.not_available[0].statements[0];
  CHECK(statement.kind == StatementKind::not_available);
  CHECK_THAT(statement.text, Catch::StartsWith("Total crime rate is not available this quarter: "
                                               "crime.total for Blaby in Jul 2025"));
}

TEST_CASE("a current figure without a previous one is stated, and no direction is claimed") {
  Draft draft;
  draft.result().previous = kpi::Figure::unavailable("no return gives crime.total for 2023");
  draft.result().change.reset();
  draft.result().direction.reset();
  draft.result().judgement = kpi::Judgement::no_judgement;
  CHECK(draft.kinds().front() == StatementKind::no_previous);
  CHECK(draft.statements().front().text ==
        "Total crime rate is 519.25; it cannot be compared with the previous year (no return "
        "gives crime.total for 2023).");
  CHECK_FALSE(says(draft.text(), "stable|improv|increas|decreas"));
  // A previous figure of 0 gives no change in per cent either.
  draft.result().previous.value = 0;
  CHECK_THAT(draft.statements().front().text, Catch::Contains("(the previous figure is 0)"));
}

TEST_CASE("a figure computed from fewer events than the threshold gets the small-numbers caveat") {
  Draft draft;
  draft.result().districts.clear();
  draft.result().current.numerator = 99;
  CHECK(draft.kinds().back() == StatementKind::small_numbers);
  CHECK_THAT(draft.statements().back().text, Catch::Contains("(99)"));
  draft.result().current.numerator = 100;
  CHECK(draft.kinds().back() != StatementKind::small_numbers);
  draft.wording.small_numbers_below = 150;
  CHECK(draft.kinds().back() == StatementKind::small_numbers);
  // A reported value (a survey's percentage) is no count of events.
  draft.indicator().formula.kind = templates::FormulaKind::value;
  CHECK(draft.kinds().back() != StatementKind::small_numbers);
}

TEST_CASE("the figures of a statement are the dashboard's, with the cells they come from") {
  Draft draft;
  const render::Statement direction = draft.statements().front();
  REQUIRE(direction.figures.size() == 2);
  CHECK(direction.figures[0].name == "previous");
  CHECK(direction.figures[1].name == "current");
  CHECK(direction.figures[1].text == "519.25");
  CHECK(direction.figures[1].value == 519.25);
  CHECK(direction.figures[1].sources.size() == 2);
  CHECK_THAT(direction.rule, Catch::Contains("lower is better"));
}

TEST_CASE("an indicator's narrative name is its sentences' subject, in place of its label") {
  Draft draft;
  draft.indicator().narrative_name = "The crime rate";
  CHECK_THAT(draft.statements().front().text, Catch::StartsWith("The crime rate has improved"));
}

TEST_CASE("a kind whose pattern is empty is left out of the draft") {
  Draft draft;
  draft.wording.patterns[static_cast<std::size_t>(StatementKind::districts_better)].clear();
  CHECK(draft.kinds() == std::vector<StatementKind>{StatementKind::improved});
}

TEST_CASE("the report's frame is filled with the dashboard's placeholders") {
  Draft draft;
  draft.wording.report.title = "Performance {quarter}";
  draft.wording.report.introduction = {"Figures for {area}, {current}."};
  render::Narrative narrative = draft.narrative();
  CHECK(narrative.title == "Performance 2025/26 Q2");
  CHECK(narrative.date == render::kDateToFill);
  CHECK(narrative.introduction ==
        std::vector<std::string>{"Figures for Leicestershire, 12 months to Sep 2025."});
  draft.wording.report.date = "21st November 2025";
  CHECK(draft.narrative().date == "21st November 2025");
}
