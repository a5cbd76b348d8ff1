#include <catch2/catch.hpp>

#include "validate/validate_fixture.hpp"

using namespace scdash;
using core::Month;
using core::Period;
using testing::codes;

TEST_CASE("one figure given twice with different values is an error naming both cells") {
  testing::ValidateFixture f;
  f.add("crime.total", "D2", Period::single(Month::of(2025, 6)), 120, "returns/police-copy.xlsx",
        {5, 21});
  f.add("crime.total", "D2", Period::single(Month::of(2025, 6)), 100, "returns/police-old.xlsx",
        {5, 21});
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"figure-contradicted"});
  CHECK(validation.diagnostics[0].location.to_string() == "returns/police-copy.xlsx!Data!V6");
  CHECK(validation.diagnostics[0].message ==
        "crime.total for Beech in Jun 2025 is 120 here but 100 at "
        "returns/police.xlsx!Districts!V6 (read by mappings/test.yaml:7)");
  // Which is right cannot be known, so all three are rejected.
  REQUIRE(validation.rejections.size() == 3);
  CHECK(validation.rejections[0].reason ==
        "the same figure is given as 100 at returns/police.xlsx!Districts!V6, 120 at "
        "returns/police-copy.xlsx!Data!V6 and 100 at returns/police-old.xlsx!Data!V6 "
        "[figure-contradicted]");
}

TEST_CASE("the same figure given twice alike is no problem") {
  testing::ValidateFixture f;
  f.add("crime.total", "D2", Period::single(Month::of(2025, 6)), 100, "returns/police-copy.xlsx",
        {5, 21});
  CHECK(f.validate().diagnostics.empty());
}

TEST_CASE("more repeat cases than cases is an error, and the repeat figure is rejected") {
  testing::ValidateFixture f;
  core::Observation& repeats = f.at("marac.repeat_cases", "E1", Month::of(2025, 7));
  repeats.value = 25;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"numerator-too-large"});
  CHECK(validation.diagnostics[0].location.to_string() == "returns/marac.xlsx!Data!C23");
  CHECK(validation.diagnostics[0].hint == "marac.cases is at returns/marac.xlsx!Data!B23");
  REQUIRE(validation.rejections.size() == 1);
  CHECK(validation.rejections[0].observation == f.index_of(repeats));
}

namespace {

// The county's own crime figures beside its districts', as a police return gives both.
void add_county_totals(testing::ValidateFixture& f) {
  for (int m = 0; m < 24; ++m) {
    f.add("crime.total", "E1", Period::single(testing::kFirstMonth + m), 300, "returns/police.xlsx",
          {7, static_cast<std::uint32_t>(1 + m)});
  }
}

}  // namespace

TEST_CASE("a county total that is not the sum of its districts is an error at the county's cell") {
  testing::ValidateFixture f;
  add_county_totals(f);
  CHECK(f.validate().diagnostics.empty());

  core::Observation& county = f.at("crime.total", "E1", Month::of(2025, 5));
  county.value = 350;
  const validate::Validation validation = f.validate();
  REQUIRE(codes(validation.diagnostics) == std::vector<std::string>{"county-total-mismatch"});
  const core::Diagnostic& d = validation.diagnostics[0];
  CHECK(d.location.to_string() == "returns/police.xlsx!Districts!U8");
  CHECK(d.message ==
        "crime.total for County in May 2025 is 350, but its 3 districts add up to 300: 50 apart, "
        "more than the 0.5% allowed (read by mappings/test.yaml:7)");
  CHECK(
      d.hint.starts_with("the districts' figures are at returns/police.xlsx!Districts!U5, "
                         "returns/police.xlsx!Districts!U6 and "
                         "returns/police.xlsx!Districts!U7;"));
  REQUIRE(validation.rejections.size() == 1);
  CHECK(validation.rejections[0].observation == f.index_of(county));
  CHECK(validation.rejections[0].reason == "its districts add up to 300 [county-total-mismatch]");
}

TEST_CASE("the county total's tolerance is the template's") {
  testing::ValidateFixture f;
  add_county_totals(f);
  f.at("crime.total", "E1", Month::of(2025, 5)).value = 301;  // 0.33% of 301
  CHECK(f.validate().diagnostics.empty());
  f.catalogue.validation.county_total_tolerance_percent = 0;
  CHECK(codes(f.validate().diagnostics) == std::vector<std::string>{"county-total-mismatch"});
}
