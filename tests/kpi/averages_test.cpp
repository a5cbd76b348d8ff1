// Regional and national averages from comparator returns.
#include <catch2/catch.hpp>

#include "kpi/kpi_fixture.hpp"

using namespace scdash;
using core::Month;
using core::Period;
using Fixture = testing::KpiFixture;

namespace {

const Period kYear{Month::of(2024, 10), Month::of(2025, 9)};

// The county's crime (10 a month), a most similar group with the region R1 and the nation N1
// among its rows, and a template that names them as the averages.
void make_group(Fixture& f) {
  REQUIRE_FALSE(f.areas.add({"R1", "", "Region", {}, ""}));
  REQUIRE_FALSE(f.areas.add({"N1", "", "Nation", {}, ""}));
  f.catalogue.averages = {{templates::AverageKind::regional, "R1"},
                          {templates::AverageKind::national, "N1"}};
  f.indicator().comparators.most_similar_group = "msg.crime";
  f.indicator().district_breakdown = false;
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  // Lower is better: C1's 50 is behind X1's 40 only, once R1 and N1 are left out.
  f.add("msg.crime", "C1", kYear, 50);
  f.add("msg.crime", "X1", kYear, 40);
  f.add("msg.crime", "X2", kYear, 60);
  f.add("msg.crime", "R1", kYear, 45.5);  // observation 15: B16
  f.add("msg.crime", "N1", kYear, 30.25);
}

}  // namespace

TEST_CASE("the region's and the nation's rows are averages to show, never members to rank") {
  Fixture f;
  make_group(f);
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(f.diagnostics.empty());
  // Ranked among C1, X1 and X2: 2/3. With the averages counted it would be 3/5.
  REQUIRE(result.most_similar_group);
  CHECK(result.most_similar_group->position == 2);
  CHECK(result.most_similar_group->of == 3);
  REQUIRE(result.averages.size() == 2);
  const kpi::Average& region = result.averages[0];
  CHECK(region.kind == templates::AverageKind::regional);
  CHECK(region.area_code == "R1");
  CHECK(region.area_name == "Region");
  CHECK(region.value == 45.5);
  CHECK(region.period == kYear);
  CHECK(region.source.location().to_string() == "returns/test.xlsx!Data!B16");
  CHECK(result.averages[1].kind == templates::AverageKind::national);
  CHECK(result.averages[1].value == 30.25);
}

TEST_CASE("averages of rates are shown per the indicator's base when the returns give theirs") {
  Fixture f;
  make_group(f);
  f.indicator().comparators.per = 1000;  // the group's rates are per 1,000; the indicator's 10,000
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(result.averages.size() == 2);
  CHECK(result.averages[0].value == Approx(455.0).epsilon(1e-12));
  CHECK(result.averages[1].value == Approx(302.5).epsilon(1e-12));
  // Ranks are within the return's own figures, so the base does not change them.
  CHECK(result.most_similar_group->position == 2);
}

TEST_CASE("an average missing from the group's return is taken from the counties' return") {
  Fixture f;
  make_group(f);
  f.indicator().comparators.counties = "counties.crime";
  f.observations.pop_back();  // the group's return has no national row
  f.add("counties.crime", "N1", Period{Month::of(2024, 7), Month::of(2025, 6)}, 31);
  f.add("counties.crime", "R1", kYear, 99);  // the group's regional row comes first
  const kpi::IndicatorResult result = f.first_result(f.compute());
  REQUIRE(result.averages.size() == 2);
  CHECK(result.averages[0].value == 45.5);
  // The latest average up to the current period's end, shown with its own period.
  CHECK(result.averages[1].value == 31);
  CHECK(result.averages[1].period.label() == "12 months to Jun 2025");
}

TEST_CASE("averages no return gives, or that are rejected, are left out") {
  Fixture f;
  make_group(f);
  f.observations.back().rejected_because = "a count cannot be negative [count-negative]";
  f.observations[f.observations.size() - 2].unavailable_reason = "suppressed";
  CHECK(f.first_result(f.compute()).averages.empty());

  Fixture without;  // no averages declared: every row is a member
  without.indicator().comparators.most_similar_group = "msg.crime";
  without.add_months("C1", Month::of(2024, 10), 12, 10);
  without.add("msg.crime", "C1", kYear, 50);
  without.add("msg.crime", "X1", kYear, 40);
  const kpi::IndicatorResult result = without.first_result(without.compute());
  CHECK(result.averages.empty());
  CHECK(result.most_similar_group->of == 2);
}

TEST_CASE("an average area the reference data does not know is a template error") {
  Fixture f;
  f.catalogue.averages = {{templates::AverageKind::national, "E92000001"}};
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  f.compute();
  REQUIRE(f.diagnostics.size() == 1);
  CHECK(f.diagnostics[0].code == "template-unknown-area");
  CHECK(f.diagnostics[0].message ==
        "the national average's area 'E92000001' is not in the reference areas");
}
