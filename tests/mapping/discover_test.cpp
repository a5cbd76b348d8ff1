#include <catch2/catch.hpp>

#include "scdash/mapping/discover.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

namespace {

mapping::Mapping mapping_for(std::string file, std::vector<std::string> patterns) {
  mapping::Mapping m;
  m.file = std::move(file);
  m.file_patterns = std::move(patterns);
  return m;
}

}  // namespace

TEST_CASE("every file in the returns folder is used or reported") {
  testing::MemoryFileSystem disk;
  disk.add_file("returns/police-crime.xlsx", "x");
  disk.add_file("returns/unknown.csv", "x");
  disk.add_file("returns/~$police-crime.xlsx", "x");
  disk.add_file("returns/both.xlsx", "x");
  disk.add_file("returns/archive/old.xlsx", "x");
  const std::vector<mapping::Mapping> mappings = {
      mapping_for("police.yaml", {"police-*.xlsx", "both*"}),
      mapping_for("other.yaml", {"both.xlsx"})};
  core::Diagnostics diagnostics;
  const auto discovered = mapping::discover_returns(disk, "returns", mappings, diagnostics);
  REQUIRE(discovered);
  const auto& assignments = *discovered;

  // both.xlsx may be read by both mappings, sheet by sheet, once it is open.
  REQUIRE(assignments.size() == 2);
  CHECK(assignments[0].display_name == "returns/both.xlsx");
  CHECK(assignments[0].candidates.size() == 2);
  CHECK(assignments[1].display_name == "returns/police-crime.xlsx");
  CHECK(assignments[1].candidates == std::vector<const mapping::Mapping*>{&mappings[0]});

  std::map<std::string, std::string> code_by_file;
  for (const auto& d : diagnostics) {
    code_by_file[d.location.file] = d.code;
  }
  CHECK(code_by_file["returns/unknown.csv"] == "return-unmatched");
  CHECK(code_by_file["returns/~$police-crime.xlsx"] == "return-lock-file-skipped");
  CHECK(code_by_file["returns/archive"] == "return-folder-skipped");
  CHECK(diagnostics.size() == 3);
}

TEST_CASE("an archive's quarter folders are read oldest quarter first") {
  testing::MemoryFileSystem disk;
  disk.add_file("returns/2025-26-Q1/police-crime.xlsx", "x");
  disk.add_file("returns/2024-25-Q4/police-crime.xlsx", "x");
  disk.add_file("returns/2025-26-Q1/old/police-crime.xlsx", "x");
  disk.add_file("returns/police-crime.xlsx", "x");
  disk.add_file("returns/drafts/police-crime.xlsx", "x");
  const std::vector<mapping::Mapping> mappings = {mapping_for("police.yaml", {"police-*.xlsx"})};
  core::Diagnostics diagnostics;
  const auto discovered = mapping::discover_returns(disk, "returns", mappings, diagnostics);
  REQUIRE(discovered);
  const auto& assignments = *discovered;

  REQUIRE(assignments.size() == 3);
  CHECK(assignments[0].display_name == "returns/police-crime.xlsx");
  CHECK_FALSE(assignments[0].drop);
  CHECK(assignments[1].display_name == "returns/2024-25-Q4/police-crime.xlsx");
  CHECK(assignments[1].drop == core::FinancialQuarter{2024, 4});
  CHECK(assignments[2].display_name == "returns/2025-26-Q1/police-crime.xlsx");
  CHECK(assignments[2].drop == core::FinancialQuarter{2025, 1});

  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == "return-folder-skipped");
  CHECK(diagnostics[0].location.file == "returns/drafts");
  CHECK(diagnostics[1].code == "return-folder-skipped");
  CHECK(diagnostics[1].location.file == "returns/2025-26-Q1/old");
}

TEST_CASE("an unreadable returns folder is an error") {
  testing::MemoryFileSystem disk;
  core::Diagnostics diagnostics;
  const auto discovered = mapping::discover_returns(disk, "nowhere", {}, diagnostics);
  REQUIRE_FALSE(discovered);
  CHECK(discovered.error().code == "returns-unreadable");
  CHECK(discovered.error().location.file == "nowhere");
  CHECK(diagnostics.empty());
}
