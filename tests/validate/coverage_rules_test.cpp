#include <catch2/catch.hpp>

#include "support/describe.hpp"
#include "validate/validate_fixture.hpp"

using namespace scdash;
using core::Month;
using testing::codes;

namespace {

auto crime_in(std::string area, Month month) {
  return [area, month](const core::Observation& o) {
    return o.measure == "crime.total" && o.area_code == area &&
           o.period == core::Period::single(month);
  };
}

}  // namespace

TEST_CASE("a measure the dashboard needs that no return supplies is named once") {
  testing::ValidateFixture f;
  f.remove_if([](const core::Observation& o) { return o.measure.starts_with("marac."); });
  const auto diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) ==
          std::vector<std::string>{"measure-not-supplied", "measure-not-supplied"});
  CHECK(diagnostics[0].message ==
        "no return supplies marac.repeat_cases, so 'MARAC repeats' is n/a");
  CHECK(diagnostics[0].location.file == "t/dashboard.yaml");
  CHECK(diagnostics[0].severity == core::Severity::warning);
}

TEST_CASE("a month missing inside a window the quarter needs is a warning at the return's sheet") {
  testing::ValidateFixture f;
  f.remove_if(crime_in("D1", Month::of(2025, 5)));
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"months-missing"});
  const core::Diagnostic& d = validation.diagnostics[0];
  CHECK(d.severity == core::Severity::warning);
  CHECK(d.location.to_string() == "returns/police.xlsx!Districts");
  CHECK(d.message ==
        "no figure for crime.total in May 2025 for Ash, so 'Crime rate' for the 12 months to "
        "Sep 2025 is n/a there");
  CHECK(validation.rejections.empty());
}

TEST_CASE("areas missing the same months are one warning, and the previous window is checked too") {
  testing::ValidateFixture f;
  for (const Month month : {Month::of(2024, 1), Month::of(2024, 2), Month::of(2024, 4)}) {
    f.remove_if(crime_in("D1", month));
    f.remove_if(crime_in("D3", month));
  }
  const auto diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"months-missing"});
  CHECK(diagnostics[0].message ==
        "no figure for crime.total in Jan 2024 to Feb 2024, Apr 2024 for Ash and Cedar, so "
        "'Crime rate' for the 12 months to Sep 2024 is n/a there");
}

TEST_CASE("a district with no figure for a measure the others have is a warning") {
  testing::ValidateFixture f;
  f.remove_if([](const core::Observation& o) { return o.area_code == "D3"; });
  const auto diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"district-missing"});
  CHECK(diagnostics[0].location.to_string() == "returns/police.xlsx!Districts");
  CHECK(diagnostics[0].message ==
        "no return gives crime.total for Cedar, though this sheet gives it for other districts, "
        "so Cedar's 'Crime rate' is n/a");
}

TEST_CASE("a return whose figures end before the quarter does is a warning naming its file") {
  testing::ValidateFixture f;
  f.remove_if([](const core::Observation& o) {
    return o.measure == "crime.total" && o.period.first >= Month::of(2025, 8);
  });
  const auto diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"return-out-of-date"});
  CHECK(diagnostics[0].location.to_string() == "returns/police.xlsx");
  CHECK(diagnostics[0].message ==
        "the figures for crime.total end in Jul 2025, but 2025/26 Q2 needs them to Sep 2025");
}

TEST_CASE("an indicator's lag allows its return to end a quarter earlier") {
  testing::ValidateFixture f;
  f.remove_if([](const core::Observation& o) {
    return o.measure == "crime.total" && o.period.first >= Month::of(2025, 7);
  });
  f.catalogue.outcomes[0].indicators[0].lag_quarters = 1;
  // The previous window now starts in Jul 2023.
  for (const char* area : {"D1", "D2", "D3"}) {
    f.add("crime.total", area, {Month::of(2023, 7), Month::of(2023, 9)}, 300,
          "returns/police-2023.xlsx", {1, 1});
  }
  const auto diagnostics = f.validate().diagnostics;
  INFO(testing::describe(diagnostics));
  CHECK(diagnostics.empty());
}

TEST_CASE("a derived measure is supplied by its parts, and its parts' gaps are named") {
  testing::ValidateFixture f;
  // The returns give crime as recorded and fraud, and the template derives crime.total.
  f.catalogue.derived_measures = {{"crime.total",
                                   templates::DerivedMeasure::Operation::difference,
                                   {"crime.recorded", "crime.fraud"},
                                   3}};
  for (core::Observation& observation : f.observations) {
    if (observation.measure == "crime.total") {
      observation.measure = "crime.recorded";
    }
  }
  const std::vector<core::Observation> recorded = f.observations;
  for (const core::Observation& observation : recorded) {
    if (observation.measure == "crime.recorded") {
      f.add("crime.fraud", observation.area_code, observation.period, 4, "returns/fraud.xlsx",
            observation.source.cell);
    }
  }
  CHECK(codes(f.validate().diagnostics).empty());

  // A part's missing month is named as a part's.
  f.remove_if([](const core::Observation& o) {
    return o.measure == "crime.fraud" && o.area_code == "D1" &&
           o.period == core::Period::single(Month::of(2025, 5));
  });
  auto diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"months-missing"});
  CHECK(diagnostics[0].message.starts_with("no figure for crime.fraud in May 2025 for Ash"));

  // Neither the measure nor all of its parts: the parts are named.
  f.remove_if([](const core::Observation& o) { return o.measure == "crime.fraud"; });
  diagnostics = f.validate().diagnostics;
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"measure-not-supplied"});
  CHECK(diagnostics[0].message ==
        "no return supplies crime.total, or all the parts it is derived from (crime.recorded and "
        "crime.fraud), so 'Crime rate' is n/a");
}
