#include <catch2/catch.hpp>

#include "scdash/mapping/load.hpp"
#include "scdash/platform/disk_file_system.hpp"
#include "support/describe.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

TEST_CASE("the shipped reference data loads cleanly and resolves partners' names") {
  const auto disk = scdash::platform::make_disk_file_system();
  core::Diagnostics diagnostics;
  const auto reference =
      mapping::load_reference(*disk, SCDASH_SOURCE_DIR "/mappings/reference", diagnostics);
  INFO(testing::describe(diagnostics));
  REQUIRE(diagnostics.empty());
  const std::vector<std::pair<const char*, const char*>> names = {
      {"Hinckley & Bosworth", "E07000132"},
      {"H&B", "E07000132"},
      {"HBBC", "E07000132"},
      {"NWL", "E07000134"},
      {"N W Leics", "E07000134"},
      {"O&W", "E07000135"},
      {"Oadby & Wigston", "E07000135"},
      {"Rutland", "E06000017"},
      {"Blaby", "E07000129"}};
  for (const auto& [name, code] : names) {
    INFO(name);
    REQUIRE(reference.areas.resolve(name) != nullptr);
    CHECK(reference.areas.resolve(name)->code == code);
  }
  // The seven districts' Census 2021 populations add up to the county's.
  double districts = 0;
  for (const core::Area* district : reference.areas.children("E10000018")) {
    districts +=
        *reference.populations.best_for(district->code, 2021, core::Denominator::persons)->persons;
  }
  CHECK(reference.areas.children("E10000018").size() == 7);
  CHECK(districts == 712300);
  const auto* county =
      reference.populations.best_for("E10000018", 2025, core::Denominator::households);
  REQUIRE(county != nullptr);
  CHECK(county->year == 2021);
  CHECK(county->households == 296400);
}

TEST_CASE("reference data errors name the file and line") {
  testing::MemoryFileSystem disk;
  disk.add_file("ref/areas.yaml",
                "areas:\n  - {code: A1, name: One, label: X}\n  - {code: A2, name: Two, label: X}\n"
                "  - {code: A3, name: Three, parent: A9}\n");
  disk.add_file("ref/populations.yaml",
                "populations:\n  - {area: A1, year: 2021, persons: -5, vintage: v, source: s}\n"
                "  - {area: B7, year: 2021, persons: 5, vintage: v, source: s}\n");
  core::Diagnostics diagnostics;
  mapping::load_reference(disk, "ref", diagnostics);
  std::vector<std::string> codes;
  for (const auto& d : diagnostics) {
    codes.push_back(d.code);
  }
  CHECK(codes == std::vector<std::string>{"reference-duplicate-area-name",
                                          "reference-unknown-parent", "reference-out-of-range",
                                          "reference-unknown-area"});
  CHECK(diagnostics[0].location.line == 3);
}
