#include <catch2/catch.hpp>

#include "validate/validate_fixture.hpp"

using namespace scdash;
using testing::codes;

TEST_CASE("an area without a population for the years its rates need is an error") {
  testing::ValidateFixture f;
  f.populations = {};
  f.populations.add({"E1", 2024, 30000, {}, {}, "MYE 2024", "test"});
  f.populations.add({"D1", 2024, 10000, {}, {}, "MYE 2024", "test"});
  f.populations.add({"D3", 2024, 10000, {}, {}, "MYE 2024", "test"});
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"population-missing"});
  const core::Diagnostic& d = validation.diagnostics[0];
  CHECK(d.severity == core::Severity::error);
  CHECK(d.location.to_string() == "reference/populations.yaml");
  CHECK(d.message ==
        "no population figure for Beech for 2024 and 2025 or any earlier year, so the rates that "
        "need it are n/a");
  CHECK(validation.rejections.empty());
}

TEST_CASE("populations older than the template allows are one warning for all their areas") {
  testing::ValidateFixture f;
  f.populations = {};
  for (const char* area : {"E1", "D1", "D2", "D3"}) {
    f.populations.add({area, 2021, 10000, {}, {}, "Census 2021", "test"});
  }
  const auto diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"population-out-of-date"});
  CHECK(diagnostics[0].severity == core::Severity::warning);
  CHECK(diagnostics[0].message ==
        "the population figures for County, Ash, Beech and Cedar are from 2021 (Census 2021), "
        "more than 3 years before 2025, whose rates use them");
  f.catalogue.validation.population_max_age_years = 4;
  CHECK(f.validate().diagnostics.empty());
}
