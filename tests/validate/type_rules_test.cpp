#include <catch2/catch.hpp>

#include "validate/validate_fixture.hpp"

using namespace scdash;
using core::Month;
using testing::codes;

TEST_CASE("a negative count is an error at its cell, and the figure is rejected") {
  testing::ValidateFixture f;
  core::Observation& figure = f.at("crime.total", "D1", Month::of(2025, 5));
  figure.value = -4;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"count-negative"});
  const core::Diagnostic& d = validation.diagnostics[0];
  CHECK(d.severity == core::Severity::error);
  CHECK(d.location.to_string() == "returns/police.xlsx!Districts!U5");
  CHECK(d.message ==
        "crime.total for Ash in May 2025 is a count, but this figure is -4 (read by "
        "mappings/test.yaml:7)");
  REQUIRE(validation.rejections.size() == 1);
  CHECK(validation.rejections[0].observation == f.index_of(figure));
}

TEST_CASE("a count with a fraction is a warning, and the figure stands") {
  testing::ValidateFixture f;
  f.at("crime.total", "D2", Month::of(2024, 1)).value = 100.5;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"count-not-whole"});
  CHECK(validation.diagnostics[0].severity == core::Severity::warning);
  CHECK(validation.diagnostics[0].location.to_string() == "returns/police.xlsx!Districts!E6");
  CHECK(validation.rejections.empty());
}

TEST_CASE("a percentage outside 0 to 100 is an error at its cell, and the figure is rejected") {
  testing::ValidateFixture f;
  core::Observation& wave = f.observations.back();  // the 2025/26 Q2 survey wave
  wave.value = 142;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"percent-out-of-range"});
  CHECK(validation.diagnostics[0].location.to_string() == "returns/survey.xlsx!Data!B3");
  CHECK(validation.diagnostics[0].message ==
        "survey.asb for County in Jul 2025 to Sep 2025 is a percentage, but this figure is 142, "
        "outside 0 to 100 (read by mappings/test.yaml:7)");
  REQUIRE(validation.rejections.size() == 1);
  CHECK(validation.rejections[0].observation == f.index_of(wave));
  CHECK(validation.rejections[0].reason ==
        "a percentage is from 0 to 100, and this is 142 [percent-out-of-range]");
}

TEST_CASE("the benchmark and comparators of a percentage indicator hold percentages too") {
  testing::ValidateFixture f;
  kpi::Indicator& marac = f.catalogue.outcomes[0].indicators[1];
  marac.comparators.most_similar_group = "msg.marac";
  f.add("msg.marac", "E1", {Month::of(2024, 10), Month::of(2025, 9)}, -3, "returns/msg.xlsx",
        {1, 1});
  const validate::Validation validation = f.validate();
  CHECK(codes(validation.diagnostics) == std::vector<std::string>{"percent-out-of-range"});
}
