#include <catch2/catch.hpp>

#include "validate/validate_fixture.hpp"

using namespace scdash;
using core::Month;
using testing::codes;

TEST_CASE("a month far above the same month in earlier years is a warning at its cell") {
  testing::ValidateFixture f;
  f.at("crime.total", "D1", Month::of(2025, 5)).value = 400;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"month-implausible"});
  const core::Diagnostic& d = validation.diagnostics[0];
  CHECK(d.severity == core::Severity::warning);
  CHECK(d.location.to_string() == "returns/police.xlsx!Districts!U5");
  CHECK(d.message ==
        "crime.total for Ash in May 2025 is 400, more than 3 times the average of 100 for May in "
        "earlier years (2024) (read by mappings/test.yaml:7)");
  CHECK(validation.rejections.empty());  // a warning never changes a figure
}

TEST_CASE("a month far below its history is a warning too") {
  testing::ValidateFixture f;
  f.at("crime.total", "D2", Month::of(2025, 6)).value = 10;
  const auto diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"month-implausible"});
  CHECK(diagnostics[0].location.to_string() == "returns/police.xlsx!Districts!V6");
  CHECK(diagnostics[0].message ==
        "crime.total for Beech in Jun 2025 is 10, less than 1/3 of the average of 100 for June "
        "in earlier years (2024) (read by mappings/test.yaml:7)");
}

TEST_CASE("an implausible month is left out of the history the next year is judged by") {
  testing::ValidateFixture f;
  f.add("crime.total", "D1", core::Period::single(Month::of(2023, 5)), 100,
        "returns/police-2023.xlsx", {4, 1});
  f.at("crime.total", "D1", Month::of(2024, 5)).value = 1000;
  const auto diagnostics = f.validate().diagnostics;
  // May 2024 is flagged; May 2025's 100 is judged against May 2023 alone, and is fine.
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"month-implausible"});
  CHECK(diagnostics[0].location.to_string() == "returns/police.xlsx!Districts!I5");
}

TEST_CASE("months are judged only where their history reaches the template's minimum") {
  testing::ValidateFixture f;
  f.at("crime.total", "D1", Month::of(2025, 5)).value = 400;
  f.catalogue.validation.month_history_minimum = 150;
  CHECK(f.validate().diagnostics.empty());
  f.catalogue.validation.month_history_minimum = 10;
  f.catalogue.validation.month_change_factor = 5;
  CHECK(f.validate().diagnostics.empty());
}
