#include <catch2/catch.hpp>

#include "support/describe.hpp"
#include "validate/validate_fixture.hpp"

using namespace scdash;
using core::Month;
using testing::codes;

TEST_CASE("a clean quarter gives no diagnostics and rejects nothing") {
  const testing::ValidateFixture f;
  const validate::Validation validation = f.validate();
  INFO(testing::describe(validation.diagnostics));
  CHECK(validation.diagnostics.empty());
  CHECK(validation.rejections.empty());
}

TEST_CASE("applying the rejections marks each rejected figure with its reason, once") {
  testing::ValidateFixture f;
  f.at("crime.total", "D1", Month::of(2025, 5)).value = -4;
  const validate::Validation validation = f.validate();
  REQUIRE(validation.rejections.size() == 1);
  validate::apply_rejections(validation.rejections, f.observations);
  const core::Observation& rejected = f.at("crime.total", "D1", Month::of(2025, 5));
  REQUIRE(rejected.rejected_because);
  CHECK(*rejected.rejected_because ==
        "a count cannot be negative, and this is -4 [count-negative]");
  CHECK_FALSE(rejected.usable());
  CHECK(std::count_if(f.observations.begin(), f.observations.end(),
                      [](const core::Observation& o) { return !o.usable(); }) == 1);

  // A figure already rejected (a cell that was not a number) keeps its first reason.
  validate::apply_rejections({{f.index_of(rejected), "another reason"}}, f.observations);
  CHECK(*rejected.rejected_because ==
        "a count cannot be negative, and this is -4 [count-negative]");
}

TEST_CASE("a figure already rejected or marked not available is not judged again") {
  testing::ValidateFixture f;
  core::Observation& bad = f.at("crime.total", "D1", Month::of(2025, 5));
  bad.value = 0;
  bad.rejected_because = "expected a number, found string \"n/a\" [value-not-number]";
  core::Observation& marked = f.at("crime.total", "D2", Month::of(2025, 5));
  marked.value = 0;
  marked.unavailable_reason = "suppressed";
  const validate::Validation validation = f.validate();
  INFO(testing::describe(validation.diagnostics));
  // Not negative, not implausibly low against May 2024, and not a missing month.
  CHECK(validation.diagnostics.empty());
  CHECK(validation.rejections.empty());
}
