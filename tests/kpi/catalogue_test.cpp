#include <catch2/catch.hpp>

#include "scdash/kpi/catalogue.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

TEST_CASE("the shipped template loads") {
  const auto disk = core::make_disk_file_system();
  core::Diagnostics diagnostics;
  const auto catalogue = kpi::load_catalogue(
      *disk, SCDASH_SOURCE_DIR "/workbook-templates/safer-communities", diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(catalogue);
  CHECK(catalogue->headline_area == "E10000018");
  CHECK(catalogue->district_labels ==
        std::vector<std::string>{"B", "C", "H", "HB", "M", "NW", "O", "R"});
  REQUIRE(catalogue->outcomes.size() >= 1);
  const kpi::Indicator& crime = catalogue->outcomes[0].indicators.at(0);
  CHECK(crime.measure == "crime.total");
  CHECK(crime.rate_per == 10000);
  CHECK(crime.polarity == kpi::Polarity::lower_is_better);
  CHECK(crime.stable_band_percent == 2);
}

TEST_CASE("template mistakes are reported at their line with what is allowed") {
  testing::MemoryFileSystem disk;
  disk.add_file("t/dashboard.yaml", R"(title: T
headline_area: C1
outcomes:
  - name: O
    indicators:
      - id: x
        label: X
        measure: m
        rate_per: 1000
        polarity: down
        per: dwellings
        stable_band: -1
)");
  core::Diagnostics diagnostics;
  CHECK_FALSE(kpi::load_catalogue(disk, "t", diagnostics));
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].code == "template-unknown-polarity");
  CHECK(diagnostics[0].location.line == 10);
  CHECK(diagnostics[0].hint.find("higher") != std::string::npos);
  CHECK(diagnostics[1].code == "template-unknown-denominator");
  CHECK(diagnostics[1].location.line == 11);
  CHECK(diagnostics[2].code == "template-out-of-range");
  CHECK(diagnostics[2].location.line == 12);
}

TEST_CASE("a missing template is one clear error") {
  testing::MemoryFileSystem disk;
  core::Diagnostics diagnostics;
  CHECK_FALSE(kpi::load_catalogue(disk, "nowhere", diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "template-unreadable");
  CHECK(diagnostics[0].location.file == "nowhere/dashboard.yaml");
}
