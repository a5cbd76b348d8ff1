#include <catch2/catch.hpp>

#include "scdash/mapping/load.hpp"
#include "support/memory_file_system.hpp"

using namespace scdash;

namespace {

constexpr const char* kGoodMapping = R"(description: Police recorded crime
files: [police-recorded-crime*.xlsx]
sheet: Districts
table:
  shape: wide
  find_header: District
  within_rows: 20
  area_column: District
  stop_at: [Total, Grand total]
measure: crime.total
)";

}  // namespace

TEST_CASE("a wide-table mapping loads with where each part was written") {
  core::Diagnostics diagnostics;
  const auto loaded = mapping::parse_mapping(kGoodMapping, "police.yaml", diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(loaded);
  CHECK(loaded->file_patterns == std::vector<std::string>{"police-recorded-crime*.xlsx"});
  CHECK(loaded->sheet.text == "Districts");
  CHECK(loaded->table.header_label.text == "District");
  CHECK(loaded->table.search_rows == 20);
  CHECK(loaded->table.stop_labels == std::vector<std::string>{"Total", "Grand total"});
  CHECK(loaded->measure.text == "crime.total");
  CHECK(loaded->measure.line == 10);
  CHECK(loaded->measure.column == 10);
}

TEST_CASE("a misspelt key gives one diagnostic at its line and column, with the fix") {
  std::string text = kGoodMapping;
  text.replace(text.find("area_column"), 11, "area_colum");
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::parse_mapping(text, "mappings/police.yaml", diagnostics));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].to_string() ==
        "mappings/police.yaml:8:3: error: unknown key 'area_colum' in table; did you mean "
        "'area_column'? [mapping-unknown-key]");
  // The key it meant is then missing, which is reported once at the table.
  CHECK(diagnostics[1].code == "mapping-missing-key");
}

TEST_CASE("an unknown shape and a bad row count are reported where they are written") {
  std::string text = kGoodMapping;
  text.replace(text.find("shape: wide"), 11, "shape: tall");
  text.replace(text.find("within_rows: 20"), 15, "within_rows: 0");
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::parse_mapping(text, "m.yaml", diagnostics));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == "mapping-unknown-shape");
  CHECK(diagnostics[0].location.line == 5);
  CHECK(diagnostics[1].code == "mapping-out-of-range");
  CHECK(diagnostics[1].location.line == 7);
}

TEST_CASE("a mapping that is not YAML is one syntax diagnostic") {
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::parse_mapping("files: [a\nsheet: x\n", "m.yaml", diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "mapping-yaml-syntax");
}

TEST_CASE("the mappings folder loads every YAML file and reports the broken ones") {
  testing::MemoryFileSystem disk;
  disk.add_file("mappings/police.yaml", kGoodMapping);
  disk.add_file("mappings/broken.yaml", "files: x\n");
  disk.add_file("mappings/README.txt", "not a mapping");
  core::Diagnostics diagnostics;
  const auto mappings = mapping::load_mappings(disk, "mappings", diagnostics);
  REQUIRE(mappings.size() == 1);
  CHECK(mappings[0].file == "mappings/police.yaml");
  CHECK_FALSE(diagnostics.empty());
  for (const auto& d : diagnostics) {
    CHECK(d.location.file == "mappings/broken.yaml");
  }
}
