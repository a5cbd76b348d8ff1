// check_return(): one return through its mapping, as `scdash map` and the page's "check one
// return" show it.
#include <catch2/catch.hpp>

#include "run/run_fixture.hpp"
#include "scdash/run/check_return.hpp"
#include "support/describe.hpp"

using namespace scdash;
using testing::RunFixture;

TEST_CASE("a return is read by the mapping the whole job would choose") {
  RunFixture fixture;
  const run::CheckResult checked =
      run::check_return(fixture.disk, {RunFixture::kReturn, RunFixture::kReturn, "mappings"});
  INFO(testing::describe(checked.diagnostics));
  CHECK(checked.stop == run::CheckStop::none);
  CHECK(checked.mapping_file == "mappings/crime.yaml");
  CHECK(checked.mapping_description == "Police recorded crime by district");
  REQUIRE(checked.observations.size() == 48);
  CHECK(checked.observations[0].measure == "crime.total");
  CHECK(checked.observations[0].value == testing::blaby_crimes(0));
  CHECK(checked.cells_in_region.used == 48);
  CHECK_FALSE(checked.configuration_broken);
  CHECK(checked.reference.areas.find_code("E07000129") != nullptr);
}

TEST_CASE("a mapping named for a return its 'files' do not match is used, with a warning") {
  RunFixture fixture;
  fixture.disk.add_file("elsewhere/police.csv", fixture.return_text);
  const run::CheckResult checked = run::check_return(
      fixture.disk, {"elsewhere/police.csv", "police.csv", "mappings", "mappings/crime.yaml"});
  CHECK(checked.stop == run::CheckStop::none);
  CHECK(checked.observations.size() == 48);
  CHECK(testing::places_and_codes(checked.diagnostics) ==
        std::vector<std::string>{"police.csv map-files-mismatch"});
}

TEST_CASE("a check says why it read nothing") {
  RunFixture fixture;
  SECTION("no mapping's files match") {
    fixture.disk.add_file("returns/other.csv", "Month,Blaby\nApr-25,4\n");
    const auto checked =
        run::check_return(fixture.disk, {"returns/other.csv", "returns/other.csv", "mappings"});
    CHECK(checked.stop == run::CheckStop::no_mapping_reads);
    CHECK(testing::places_and_codes(checked.diagnostics) ==
          std::vector<std::string>{"returns/other.csv return-unmatched"});
  }
  SECTION("the return cannot be opened") {
    fixture.disk.make_unreadable(RunFixture::kReturn);
    const auto checked =
        run::check_return(fixture.disk, {RunFixture::kReturn, RunFixture::kReturn, "mappings"});
    CHECK(checked.stop == run::CheckStop::unreadable);
  }
  SECTION("no mapping can be used") {
    fixture.disk.add_file("mappings/crime.yaml", "files: [\"crime-*.csv\"]\nshape: round\n");
    const auto checked =
        run::check_return(fixture.disk, {RunFixture::kReturn, RunFixture::kReturn, "mappings"});
    CHECK(checked.stop == run::CheckStop::no_usable_mapping);
    CHECK(checked.configuration_broken);
  }
}
