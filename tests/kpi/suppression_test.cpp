// Disclosure control, on models made for it: which figures a published copy withholds, and
// that nothing computed from them is left to give them away.
#include <catch2/catch.hpp>

#include "scdash/kpi/suppression.hpp"

using namespace scdash;
using kpi::SuppressionKind;

namespace {

// A county of four districts and one count indicator (first-time entrants), each district's
// count as given; the county's is their sum.
struct Counts {
  explicit Counts(std::vector<double> district_counts) {
    templates::Indicator entrants;
    entrants.id = "first_time_entrants";
    entrants.label = "First-time entrants (number)";
    entrants.formula.kind = templates::FormulaKind::count;
    entrants.formula.measure = "yj.first_time_entrants";
    entrants.polarity = templates::Polarity::lower_is_better;
    catalogue.headline_area = "C1";
    catalogue.outcomes = {{"Reduce offending", templates::OverallRule::worst, {entrants}}};
    model.headline_area_name = "County";
    const char* names[] = {"Ashby", "Blaby", "Cosby", "Desford"};
    kpi::IndicatorResult result;
    result.indicator = &catalogue.outcomes[0].indicators[0];
    double total = 0;
    for (std::size_t i = 0; i < district_counts.size(); ++i) {
      const std::string code = "D" + std::to_string(i);
      model.districts.push_back({code, std::string(1, names[i][0]), names[i]});
      kpi::DistrictFigure district;
      district.area_code = code;
      district.label = std::string(1, names[i][0]);
      district.figure = count(district_counts[i]);
      district.interval = kpi::Interval{0, 2 * district_counts[i] + 5};
      district.comparison = kpi::Comparison::similar;
      result.districts.push_back(district);
      total += district_counts[i];
    }
    result.current = count(total);
    result.previous = count(total + 10);
    result.change = -10 / (total + 10) * 100;
    result.direction = kpi::Direction::down;
    result.judgement = kpi::Judgement::better;
    result.rag = {templates::Rag::green, "better than the previous year"};
    result.trajectory = {{core::Month::of(2025, 8), total - 1}, {core::Month::of(2025, 9), total}};
    model.outcomes = {{"Reduce offending", {}, {result}}};
  }

  static kpi::Figure count(double value) {
    kpi::Figure figure;
    figure.value = value;
    figure.numerator = value;
    figure.denominator = 1;
    figure.sources = {{"returns/yjs.xlsx", "FTE", {4, 5}, "yjs.yaml", 3}};
    return figure;
  }

  kpi::IndicatorResult& result() { return model.outcomes[0].indicators[0]; }
  templates::Indicator& indicator() { return catalogue.outcomes[0].indicators[0]; }

  std::vector<std::string> decided() const {
    std::vector<std::string> seen;
    for (const auto& decision : kpi::decide_suppression(model, catalogue)) {
      seen.push_back(decision.area_name + " " + decision.figure + " " +
                     std::string(kpi::suppression_kind_name(decision.kind)));
    }
    return seen;
  }

  templates::Catalogue catalogue;
  kpi::DashboardModel model;
};

}  // namespace

TEST_CASE("a count from 1 to 4 is withheld, and zeros and counts of 5 or more are shown") {
  Counts counts({4, 0, 5, 40});
  // Cosby's 5 is not small, but with Ashby's 4 alone withheld the county's 49 less the rest
  // would give it away: the smallest shown (Blaby's 0) is withheld with it, which is not
  // enough, so Cosby's too.
  CHECK(counts.decided() == std::vector<std::string>{"Ashby current primary",
                                                     "Blaby current secondary",
                                                     "Cosby current secondary"});
  const auto decisions = kpi::decide_suppression(counts.model, counts.catalogue);
  CHECK(decisions[0].rule == "4 yj.first_time_entrants, fewer than 5");
  CHECK_THAT(decisions[1].rule,
             Catch::Contains("with it shown, Ashby could be worked out from County's figure"));
}

TEST_CASE("two small districts withheld together need no third when their sum is not small") {
  Counts counts({4, 4, 9, 40});  // Melton's and Rutland's 4 in the example returns
  CHECK(counts.decided() ==
        std::vector<std::string>{"Ashby current primary", "Blaby current primary"});
}

TEST_CASE("an indicator may be stricter than the template, and zeros may be withheld") {
  Counts counts({4, 7, 9, 40});
  counts.indicator().suppress_below = 10;
  CHECK(counts.decided() == std::vector<std::string>{"Ashby current primary",
                                                     "Blaby current primary",
                                                     "Cosby current primary"});
  Counts zeros({0, 20, 30, 40});
  CHECK(zeros.decided().empty());
  zeros.catalogue.suppression.zeros = true;
  CHECK(zeros.decided() ==
        std::vector<std::string>{"Ashby current primary", "Blaby current secondary"});
}

TEST_CASE("a percentage is withheld when either of its counts is small") {
  Counts counts({20, 30, 40, 50});
  auto& indicator = counts.indicator();
  indicator.formula.kind = templates::FormulaKind::percentage;
  indicator.formula.denominator_measure = "marac.cases";
  for (auto* figure : {&counts.result().current, &counts.result().previous}) {
    figure->denominator = 1000;
  }
  for (auto& district : counts.result().districts) {
    district.figure.denominator = 100;
  }
  auto& district = counts.result().districts[0].figure;
  district.numerator = 8;
  district.denominator = 3;  // not a real percentage; each part is checked on its own
  const auto decisions = kpi::decide_suppression(counts.model, counts.catalogue);
  REQUIRE(decisions.size() >= 1);
  CHECK(decisions[0].rule == "3 marac.cases, fewer than 5");
  // A reported value (a survey's percentage) rests on no count this can see.
  indicator.formula.kind = templates::FormulaKind::value;
  CHECK(kpi::decide_suppression(counts.model, counts.catalogue).empty());
}

TEST_CASE("a withheld figure keeps nothing that would give it away") {
  Counts counts({4, 4, 9, 40});
  const kpi::DashboardModel published =
      kpi::withhold(counts.model, kpi::decide_suppression(counts.model, counts.catalogue));
  const kpi::IndicatorResult& result = published.outcomes[0].indicators[0];
  const kpi::DistrictFigure& ashby = result.districts[0];
  CHECK(ashby.figure.suppressed);
  CHECK_FALSE(ashby.figure.value);
  CHECK(ashby.figure.numerator == 0);
  CHECK(ashby.figure.sources.empty());
  CHECK_FALSE(ashby.interval);
  CHECK(ashby.comparison == kpi::Comparison::not_compared);
  CHECK_THAT(ashby.figure.unavailable_reason, !Catch::Contains("4"));
  CHECK(result.districts[2].figure.value == 9);  // Cosby is shown
  CHECK(result.current.value == 57);
  // The internal model is untouched.
  CHECK(counts.result().districts[0].figure.value == 4);
}

TEST_CASE("a withheld county figure takes its change, RAG, trajectory and comparisons with it") {
  Counts counts({1, 1, 1, 1});
  const auto decisions = kpi::decide_suppression(counts.model, counts.catalogue);
  CHECK(decisions.front().area_name == "County");
  CHECK(decisions.front().figure == "current");
  const kpi::DashboardModel published = kpi::withhold(counts.model, decisions);
  const kpi::IndicatorResult& result = published.outcomes[0].indicators[0];
  CHECK(result.current.suppressed);
  CHECK_FALSE(result.change);
  CHECK_FALSE(result.direction);
  CHECK(result.judgement == kpi::Judgement::no_judgement);
  CHECK(result.rag.rag == templates::Rag::grey);
  CHECK(result.trajectory.empty());
  for (const auto& district : result.districts) {
    CHECK(district.figure.suppressed);  // each 1 is withheld on its own account
  }
  CHECK(result.previous.value == 14);  // 14 is not small
}

TEST_CASE("a district's previous figure, shown in its note, is protected as its current one is") {
  Counts counts({12, 20, 30, 40});
  // A year before, Ashby had 3 (withheld) and Blaby 1 (withheld): 4 together, still small, so
  // Cosby's previous 30 goes too. Their current figures are all shown.
  const double previous[] = {3, 1, 30, 45};
  for (std::size_t i = 0; i < 4; ++i) {
    counts.result().districts[i].previous = Counts::count(previous[i]);
  }
  counts.result().previous = Counts::count(79);
  CHECK(counts.decided() == std::vector<std::string>{"Ashby previous primary",
                                                     "Blaby previous primary",
                                                     "Cosby previous secondary"});
  const kpi::DashboardModel published =
      kpi::withhold(counts.model, kpi::decide_suppression(counts.model, counts.catalogue));
  const auto& districts = published.outcomes[0].indicators[0].districts;
  CHECK_FALSE(districts[0].previous.value);
  CHECK(districts[0].figure.value == 12);
  CHECK_FALSE(districts[2].previous.value);
  CHECK(districts[3].previous.value == 45);
}

TEST_CASE("areas within another area column are protected against it, within their own set") {
  // Two sets: two BCUs making up the county, and four LPUs, two in each BCU. Ashby LPU's 3 is
  // withheld; with its BCU shown, Blaby LPU (the other in that BCU) would give it away, so it
  // is withheld too, and not an LPU of the other BCU, nor a BCU.
  Counts counts({3, 20, 8, 40});
  for (std::size_t i = 0; i < 4; ++i) {
    counts.model.districts[i].set = "LPUs";
    counts.model.districts[i].parent = i < 2 ? "BCU1" : "BCU2";
  }
  counts.model.districts.insert(
      counts.model.districts.begin(),
      {{"BCU1", "N", "North BCU", "BCUs", "C1"}, {"BCU2", "S", "South BCU", "BCUs", "C1"}});
  auto& districts = counts.result().districts;
  kpi::DistrictFigure north;
  north.area_code = "BCU1";
  north.figure = Counts::count(23);
  kpi::DistrictFigure south;
  south.area_code = "BCU2";
  south.figure = Counts::count(48);
  districts.insert(districts.begin(), {north, south});
  CHECK(counts.decided() ==
        std::vector<std::string>{"Ashby current primary", "Blaby current secondary"});
  const auto decisions = kpi::decide_suppression(counts.model, counts.catalogue);
  CHECK(decisions[1].rule ==
        "with it shown, Ashby could be worked out from North BCU's figure (together 3 "
        "yj.first_time_entrants, fewer than 5)");
}
