// The manual RAG rule: a RAG a partner sets by hand in a return, and its reason.
#include <catch2/catch.hpp>

#include "kpi/kpi_fixture.hpp"
#include "scdash/kpi/rag.hpp"

using namespace scdash;
using core::Month;
using core::Period;
using Fixture = testing::KpiFixture;

namespace {

Period quarter_of(int year, int number) {
  return core::FinancialQuarter{year, number}.period();
}

// The crime indicator with a manual RAG, the county's crime figures, and nothing else.
void make_manual(Fixture& f, const std::string& reason_measure = "rag.crime_reason") {
  f.indicator().rag = templates::ManualRule{"rag.crime", reason_measure};
  f.indicator().district_breakdown = false;
  f.add_months("C1", Month::of(2024, 10), 12, 10);
}

// A text figure, as a mapping that lists the measure under `values: text` reads it.
core::Observation& add_text(Fixture& f, const std::string& measure, Period period,
                            const std::string& text) {
  f.add(measure, "C1", period, 0);
  f.observations.back().text = text;
  return f.observations.back();
}

}  // namespace

TEST_CASE("a RAG set by hand is R, A or G, or Red, Amber or Green, in any case") {
  CHECK(templates::parse_rag_text("R") == templates::Rag::red);
  CHECK(templates::parse_rag_text(" amber ") == templates::Rag::amber);
  CHECK(templates::parse_rag_text("GREEN") == templates::Rag::green);
  CHECK(templates::parse_rag_text("g") == templates::Rag::green);
  CHECK_FALSE(templates::parse_rag_text("Purple"));
  CHECK_FALSE(templates::parse_rag_text("Re"));
  CHECK_FALSE(templates::parse_rag_text("Grey"));
  CHECK_FALSE(templates::parse_rag_text(""));
}

TEST_CASE("a manual RAG is the return's, with its reason and both cells") {
  Fixture f;
  make_manual(f);
  add_text(f, "rag.crime", quarter_of(2025, 2), "Amber");  // observation 12: B13
  add_text(f, "rag.crime_reason", quarter_of(2025, 2), "Falling, but behind the plan's pace");
  const kpi::DashboardModel model = f.compute();
  const kpi::IndicatorResult& result = f.first_result(model);
  CHECK(result.rag.rag == templates::Rag::amber);
  CHECK(result.rag.reason ==
        "set by hand in the return (returns/test.xlsx!Data!B13): Falling, but behind the plan's "
        "pace");
  REQUIRE(result.rag.sources.size() == 2);
  CHECK(result.rag.sources[0].location().to_string() == "returns/test.xlsx!Data!B13");
  CHECK(result.rag.sources[1].location().to_string() == "returns/test.xlsx!Data!B14");
  // The outcome's overall RAG counts it like any other.
  CHECK(model.outcomes.at(0).overall.rag == templates::Rag::amber);
}

TEST_CASE("a manual RAG without a reason says none was given") {
  Fixture f;
  make_manual(f, "");
  add_text(f, "rag.crime", quarter_of(2025, 2), "r");
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.rag.rag == templates::Rag::red);
  CHECK(result.rag.reason ==
        "set by hand in the return (returns/test.xlsx!Data!B13), with no reason given");
  CHECK(result.rag.sources.size() == 1);
}

TEST_CASE("a reason for another period is not this RAG's reason") {
  Fixture f;
  make_manual(f);
  add_text(f, "rag.crime_reason", quarter_of(2025, 1), "last quarter's reason");
  add_text(f, "rag.crime", quarter_of(2025, 2), "G");
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.rag.rag == templates::Rag::green);
  CHECK(result.rag.reason.ends_with("with no reason given"));
}

TEST_CASE("no manual RAG for the quarter is grey: an older quarter's is not carried forward") {
  Fixture f;
  make_manual(f);
  add_text(f, "rag.crime", quarter_of(2025, 1), "G");
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.rag.rag == templates::Rag::grey);
  CHECK(result.rag.reason == "no RAG supplied: no return gives rag.crime for 2025/26 Q2");
  CHECK(result.rag.sources.empty());
}

TEST_CASE("a monthly manual RAG in the quarter's last month counts, and the latest wins") {
  Fixture f;
  make_manual(f);
  add_text(f, "rag.crime", Period::single(Month::of(2025, 8)), "Red");
  add_text(f, "rag.crime", Period::single(Month::of(2025, 9)), "Green");
  add_text(f, "rag.crime", Period::single(Month::of(2025, 10)), "Amber");  // after the quarter
  CHECK(f.first_result(f.compute()).rag.rag == templates::Rag::green);
}

TEST_CASE("a lagged indicator's manual RAG is the one for its own quarter") {
  Fixture f;
  make_manual(f);
  f.indicator().lag_quarters = 1;
  add_text(f, "rag.crime", quarter_of(2025, 1), "A");
  add_text(f, "rag.crime", quarter_of(2025, 2), "R");
  CHECK(f.first_result(f.compute()).rag.rag == templates::Rag::amber);
}

TEST_CASE("a manual RAG that is not R, A or G is grey, naming its cell") {
  Fixture f;
  make_manual(f);
  add_text(f, "rag.crime", quarter_of(2025, 2), "Purple");
  const kpi::IndicatorResult result = f.first_result(f.compute());
  CHECK(result.rag.rag == templates::Rag::grey);
  CHECK(result.rag.reason ==
        "no RAG supplied: rag.crime at returns/test.xlsx!Data!B13 is \"Purple\", not R, A or G "
        "[rag-invalid]");
}

TEST_CASE("a manual RAG marked not available, or rejected, is grey with why") {
  Fixture f;
  make_manual(f);
  add_text(f, "rag.crime", quarter_of(2025, 2), "").unavailable_reason = "not yet agreed";
  const kpi::IndicatorResult marked = f.first_result(f.compute());
  CHECK(marked.rag.rag == templates::Rag::grey);
  CHECK(marked.rag.reason.starts_with(
      "no RAG supplied: rag.crime for County in Jul 2025 to Sep 2025 is "
      "marked not available in the return (not yet agreed)"));

  f.observations.back().unavailable_reason.reset();
  f.observations.back().rejected_because = "a RAG is R, A or G [rag-invalid]";
  const kpi::IndicatorResult rejected = f.first_result(f.compute());
  CHECK(rejected.rag.rag == templates::Rag::grey);
  CHECK(rejected.rag.reason.ends_with("is rejected: a RAG is R, A or G [rag-invalid]"));
}

TEST_CASE("a classification set by hand is the template's spelling of the return's text") {
  Fixture f;
  f.indicator().classification_measure = "class.crime";
  f.indicator().district_breakdown = false;
  f.catalogue.classifications = {"High", "Medium", "Low"};
  f.add_months("C1", Month::of(2024, 10), 12, 10);
  SECTION("given in any case") {
    add_text(f, "class.crime", quarter_of(2025, 2), " high ");  // observation 12: B13
    const kpi::IndicatorResult result = f.first_result(f.compute());
    REQUIRE(result.classification);
    CHECK(result.classification->value == "High");
    CHECK(result.classification->reason ==
          "set by hand in the return (returns/test.xlsx!Data!B13)");
    CHECK(result.classification->sources.size() == 1);
  }
  SECTION("not one of them") {
    add_text(f, "class.crime", quarter_of(2025, 2), "Severe");
    const kpi::IndicatorResult result = f.first_result(f.compute());
    REQUIRE(result.classification);
    CHECK_FALSE(result.classification->value);
    CHECK(result.classification->reason ==
          "class.crime at returns/test.xlsx!Data!B13 is not one of High, Medium, Low");
  }
  SECTION("an earlier quarter's is never carried forward") {
    add_text(f, "class.crime", quarter_of(2025, 1), "Low");
    const kpi::IndicatorResult result = f.first_result(f.compute());
    REQUIRE(result.classification);
    CHECK_FALSE(result.classification->value);
    CHECK(result.classification->reason == "no return gives class.crime for 2025/26 Q2");
  }
}
