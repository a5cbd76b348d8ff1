#include <catch2/catch.hpp>

#include "mapping/mapping_fixture.hpp"
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
  CHECK(loaded->sheet.by == mapping::SheetSelector::By::name);
  CHECK(loaded->sheet.text.text == "Districts");
  REQUIRE(loaded->table);
  CHECK(loaded->table->shape == mapping::Shape::wide);
  CHECK(loaded->table->header_label->text == "District");
  CHECK(loaded->table->search_rows == 20);
  CHECK(loaded->table->area_column.header.text == "District");
  CHECK(loaded->table->across == mapping::Dimension::period);
  CHECK(loaded->table->stop_labels == std::vector<std::string>{"Total", "Grand total"});
  CHECK(loaded->measure.kind == mapping::DimensionSource::Kind::constant);
  CHECK(loaded->measure.text.text == "crime.total");
  CHECK(loaded->measure.text.line == 10);
  CHECK(loaded->measure.text.column == 10);
}

TEST_CASE("a misspelt key gives one diagnostic at its line and column, with the fix") {
  std::string text = kGoodMapping;
  text.replace(text.find("area_column"), 11, "area_colum");
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::parse_mapping(text, "mappings/police.yaml", diagnostics));
  // One mistake, one report: checks that depend on the misspelt key wait for it to be fixed.
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].to_string() ==
        "mappings/police.yaml:8:3: error: unknown key 'area_colum' in table; did you mean "
        "'area_column'? [mapping-unknown-key]");
}

TEST_CASE("an unknown shape and a bad row count are reported where they are written") {
  std::string text = kGoodMapping;
  text.replace(text.find("shape: wide"), 11, "shape: tall");
  text.replace(text.find("within_rows: 20"), 15, "within_rows: 0");
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::parse_mapping(text, "m.yaml", diagnostics));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == "mapping-unknown-value");
  CHECK(diagnostics[0].message == "'shape' cannot be 'tall'");
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

namespace {

struct Mistake {
  std::string yaml;
  const char* code;
  int line;
  int column;
  const char* message_part;
};

}  // namespace

TEST_CASE("every kind of mistake is reported at its line and column, before any return is read") {
  const std::string table = "table: {shape: wide, area_column: District}\n";
  const std::vector<Mistake> mistakes = {
      {"files: [x]\nmesure: crime.total\ntable: {shape: wide, area_column: D}\n",
       "mapping-unknown-key", 2, 1,
       "unknown key 'mesure' in a mapping file; did you mean 'measure'?"},
      {"files: {a: b}\nmeasure: m\ntable: {shape: wide, area_column: D}\n", "mapping-wrong-type", 1,
       8, "'files' must be a text or a list of texts"},
      {"measure: m\ntable: {shape: wide, area_column: D}\n", "mapping-missing-key", 1, 1,
       "'files' is required here"},
      {"files: [x]\nmeasure: m\n", "mapping-missing-key", 1, 1,
       "a mapping needs a 'table' or a form's 'cells'"},
      {"files: [x]\nmeasure: m\ntable: {shape: wide, area_column: D}\ncells: []\n",
       "mapping-layout-twice", 1, 1, "not both"},
      {"files: [x]\nmeasure: m\ntable: {shape: wdie, area_column: D}\n", "mapping-unknown-value", 3,
       16, "'shape' cannot be 'wdie'; did you mean 'wide'?"},
      {"files: [x]\nmeasure: m\ntable: {shape: long, value_column: V, across: areas}\narea: B\n"
       "period: Apr-25\n",
       "mapping-key-not-for-shape", 3, 47, "'across' is not used by a long table"},
      {"files: [x]\nmeasure: m\ntable: {shape: wide}\n", "mapping-bad-wide-table", 3, 8,
       "a wide table needs the column its row labels are in"},
      {"files: [x]\nmeasure: m\ntable: {shape: wide, area_column: D, across: areas}\n",
       "mapping-bad-wide-table", 3, 46, "the areas cannot be both down the rows"},
      {"files: [x]\ntable: {shape: wide, area_column: D}\n", "mapping-missing-dimension", 2, 8,
       "the figures have no measure: add 'measure_column' to the table or 'measure' to the "
       "mapping"},
      {"files: [x]\nmeasure: m\ntable: {shape: long, value_column: V, area_column: A, "
       "period_column: P, measure_column: M}\n",
       "mapping-dimension-twice", 2, 10, "the measure is given twice"},
      {"files: [x]\nmeasure: m\ntable: {shape: records, area_column: A, period_column: P, "
       "figures: [{measure: m}]}\n",
       "mapping-measure-in-figures", 2, 10, "names its measures in its 'figures'"},
      {"files: [x]\ntable: {shape: records, area_column: A, period_column: P}\n",
       "mapping-missing-key", 2, 8, "a records table needs 'figures'"},
      {"files: [x]\nmeasure: Crime Total\n" + table, "mapping-bad-measure-id", 2, 10,
       "'Crime Total' is not a measure id"},
      {"files: [x]\nmeasure: m\nperiod: Q5 2025/26\ntable: {shape: long, value_column: V, "
       "area_column: A}\n",
       "mapping-bad-period", 3, 9, "'Q5 2025/26' is not a period"},
      {"files: [x]\nmeasure: m\nperiod: {cell: B0}\n" + table, "mapping-bad-cell", 3, 16,
       "'B0' is not a cell address"},
      {"files: [x]\nmeasure: m\nperiod: {cell: B2, file_name: x}\n" + table, "mapping-bad-source",
       3, 9, "one of cell, sheet_name or file_name"},
      {"files: [x]\nmeasure: m\nperiod: {file_name: \"(*)-(*).xlsx\"}\n" + table,
       "mapping-bad-pattern", 3, 9, "marks two parts"},
      {"files: [x]\ntable:\n  shape: records\n  area_column: A\n  period_column: P\n  figures:\n"
       "    - {measure: m, where: {column: C, in: [a], equals: b}}\n",
       "mapping-bad-condition", 7, 27, "exactly one test"},
      {"files: [x]\ntable:\n  shape: records\n  area_column: A\n  period_column: P\n  figures:\n"
       "    - {measure: m, where: {column: C, notin: [a]}}\n",
       "mapping-unknown-key", 7, 39, "unknown key 'notin' in a condition; did you mean 'not_in'?"},
      {"files: [x]\ntable:\n  shape: records\n  area_column: A\n  period_column: P\n  figures:\n"
       "    - {measure: m, measure_column: M}\n",
       "mapping-bad-figure", 7, 7, "either 'measure' or 'measure_column'"},
      {"files: [x]\nmeasure: m\nsheet: {name: a, position: 2}\n" + table, "mapping-bad-sheet", 3, 8,
       "one of name, pattern or position"},
      {"files: [x]\nmeasure: m\nsheet: {position: 0}\n" + table, "mapping-out-of-range", 3, 19,
       "counts from 1"},
      {"files: [x]\ntable: {shape: wide, measure_column: M}\narea: B\nmeasures:\n  Violence: "
       "crime.vwi\n  VIOLENCE : crime.vwi\n",
       "mapping-duplicate-label", 6, 3, "'VIOLENCE' is listed twice in 'measures'"},
      {"files: [x]\nmeasure: m\nvalues: {not_available: [\"0\"]}\n" + table, "mapping-bad-marker",
       3, 25, "'0' cannot mark a figure as not available"},
      {"files: [x]\nmeasure: m\nvalues: {percent: maybe}\n" + table, "mapping-wrong-type", 3, 19,
       "'percent' must be true or false"},
      {"files: [x]\narea: B\nperiod: Q2 2025/26\ncells:\n  - {cell: C7}\n",
       "mapping-missing-dimension", 5, 5, "C7 has no measure"},
      {"files: [x]\nmeasure: m\ncells: {cell: C7}\n", "mapping-wrong-type", 3, 8,
       "'cells' must be a list"},
      {"files: [x]\nmeasure: m\ntable: {shape: wide, area_column: D, within_rows: lots}\n",
       "mapping-not-a-number", 3, 51, "'within_rows' must be a number, found 'lots'"},
      {"files: [x]\nmeasure: m\ntable: {shape: wide, area_column: {header: D, aliase: [E]}}\n",
       "mapping-unknown-key", 3, 47,
       "unknown key 'aliase' in 'area_column'; did you mean 'aliases'?"},
      {"files: [*.xlsx]\nmeasure: m\n" + table, "mapping-yaml-syntax", 1, 9, "anchor"},
  };
  for (const Mistake& mistake : mistakes) {
    INFO(mistake.yaml);
    core::Diagnostics diagnostics;
    CHECK_FALSE(mapping::parse_mapping(mistake.yaml, "m.yaml", diagnostics));
    INFO(testing::listing(diagnostics));
    REQUIRE(diagnostics.size() == 1);
    const core::Diagnostic& reported = diagnostics.front();
    CHECK(reported.code == mistake.code);
    CHECK(reported.location.line == mistake.line);
    CHECK(reported.location.column == mistake.column);
    CHECK(reported.message.find(mistake.message_part) != std::string::npos);
  }
}

TEST_CASE("a misplaced '*' gets a hint about quotes") {
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::parse_mapping("files: [*.xlsx]\n", "m.yaml", diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].hint.find("must be in quotes") != std::string::npos);
}

TEST_CASE("a mapping using every part of the language loads as written") {
  const auto loaded = testing::load_mapping(R"~(description: every key
files: [police-crimes*.csv, "*-crimes.csv"]
sheet: {pattern: "Crimes*"}
fingerprint: [Leicestershire Police, Crime extract]
table:
  shape: records
  find_header: Crime reference
  within_rows: 5
  area_column: {header: Local authority, aliases: [District, LA]}
  period_column: Date recorded
  stop_at: End of extract
  where: {column: Offence group, not_in: [Fraud]}
  figures:
    - measure: crime.total
    - measure_column: Offence group
      sum: Count
      where:
        - {column: Domestic, equals: Y}
        - {column: Offence, matches: "*burglary*"}
rolling_12_months: false
measures: {Violence with injury: crime.vwi}
area_aliases: {Leics: Leicestershire}
values:
  percent: true
  not_available: ["*", "-"]
)~");
  CHECK(loaded.file_patterns == std::vector<std::string>{"police-crimes*.csv", "*-crimes.csv"});
  CHECK(loaded.sheet.by == mapping::SheetSelector::By::pattern);
  CHECK(loaded.fingerprint.size() == 2);
  const mapping::Table& table = *loaded.table;
  CHECK(table.shape == mapping::Shape::records);
  CHECK(table.search_rows == 5);
  CHECK(table.area_column.aliases == std::vector<std::string>{"District", "LA"});
  CHECK(table.stop_labels == std::vector<std::string>{"End of extract"});
  REQUIRE(table.where.size() == 1);
  CHECK(table.where[0].test == mapping::Condition::Test::not_in);
  REQUIRE(table.figures.size() == 2);
  CHECK(table.figures[1].measure_column.header.text == "Offence group");
  CHECK(table.figures[1].sum.header.text == "Count");
  REQUIRE(table.figures[1].where.size() == 2);
  CHECK(table.figures[1].where[1].test == mapping::Condition::Test::matches);
  CHECK(table.figures[1].line == 15);
  CHECK(loaded.measures.front().meaning.text == "crime.vwi");
  CHECK(loaded.area_aliases.front().label == "Leics");
  CHECK(loaded.values.percent);
  CHECK(loaded.values.not_available.size() == 2);
  CHECK(loaded.values.not_available[1].second == "marked \"-\" in the return");
}
