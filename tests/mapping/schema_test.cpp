// docs/mapping.schema.json, which analysts' editors check mappings against while they type:
// strict JSON, the same keys as the loader at every level, and passed by every shipped mapping
// and every example in the guide (which the loader also accepts).
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "mapping/json_schema_subset.hpp"
#include "mapping/mapping_fixture.hpp"
#include "scdash/mapping/load.hpp"
#include "support/run_program.hpp"

using namespace scdash;
using namespace scdash::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = SCDASH_SOURCE_DIR;

YAML::Node schema() {
  return YAML::LoadFile((kSource / "docs/mapping.schema.json").string());
}

// The keys the loader accepts where `yaml` puts the unknown key 'zzz', from its report's hint.
std::set<std::string> loader_keys(const std::string& yaml) {
  core::Diagnostics diagnostics;
  CHECK_FALSE(mapping::parse_mapping(yaml, "m.yaml", diagnostics));
  for (const auto& d : diagnostics) {
    if (d.code == "mapping-unknown-key") {
      const std::string list = d.hint.substr(d.hint.find(" accepts: ") + 10);
      std::set<std::string> keys;
      const std::regex word("[a-z_0-9]+");
      for (auto it = std::sregex_iterator(list.begin(), list.end(), word);
           it != std::sregex_iterator(); ++it) {
        keys.insert(it->str());
      }
      return keys;
    }
  }
  FAIL("no unknown-key report for: " << yaml);
  return {};
}

std::set<std::string> schema_keys(const YAML::Node& object) {
  std::set<std::string> keys;
  for (const auto& entry : object["properties"]) {
    keys.insert(entry.first.Scalar());
  }
  return keys;
}

// The ```yaml blocks of a Markdown file.
std::vector<std::string> yaml_blocks(const fs::path& path) {
  const std::string text = read_file(path);
  std::vector<std::string> blocks;
  for (auto start = text.find("```yaml\n"); start != std::string::npos;
       start = text.find("```yaml\n", start + 1)) {
    const auto body = start + 8;
    blocks.push_back(text.substr(body, text.find("```", body) - body));
  }
  return blocks;
}

void check_passes(const std::string& yaml, const std::string& name) {
  INFO(name << "\n" << yaml);
  const auto problems = schema_problems(schema(), YAML::Load(yaml));
  INFO(fmt::format("{}", fmt::join(problems, "\n")));
  CHECK(problems.empty());
  core::Diagnostics diagnostics;
  CHECK(mapping::parse_mapping(yaml, name, diagnostics));
  INFO(listing(diagnostics));
  CHECK(diagnostics.empty());
}

}  // namespace

TEST_CASE("the schema is strict JSON") {
  const auto result =
      run_program({"/usr/bin/python3", "-c", "import json, sys; json.load(open(sys.argv[1]))",
                   (kSource / "docs/mapping.schema.json").string()});
  INFO(result.err);
  CHECK(result.exit_status == 0);
}

TEST_CASE("the schema lists exactly the keys the loader accepts, at every level") {
  const YAML::Node root = schema();
  const YAML::Node definitions = root["definitions"];
  const std::vector<std::pair<std::string, YAML::Node>> levels = {
      {"files: [x]\nzzz: 1\n", root},
      {"files: [x]\ntable: {zzz: 1}\n", definitions["table"]},
      {"files: [x]\nsheet: {zzz: 1}\ntable: {shape: wide}\n", definitions["sheet_choice"]},
      {"files: [x]\ntable: {shape: wide, period_column: {header: a, zzz: 1}}\n",
       definitions["column_choice"]},
      {"files: [x]\ntable: {shape: wide, area_column: {header: a, zzz: 1}}\n",
       definitions["area_column"]["oneOf"][1]},
      {"files: [x]\ntable: {shape: wide, area_column: {header: a, lookup: {zzz: 1}}}\n",
       definitions["area_column"]["oneOf"][1]["properties"]["lookup"]},
      {"files: [x]\nperiod: {zzz: 1}\ntable: {shape: wide}\n", definitions["source_choice"]},
      {"files: [x]\ntable: {shape: records, where: {column: a, in: b, zzz: 1}}\n",
       definitions["condition"]},
      {"files: [x]\ntable: {shape: records, figures: [{measure: m, zzz: 1}]}\n",
       definitions["figure"]},
      {"files: [x]\ncells: [{cell: A1, zzz: 1}]\n", definitions["form_cell"]},
      {"files: [x]\nvalues: {zzz: 1}\ntable: {shape: wide}\n", definitions["values"]},
  };
  for (const auto& [yaml, object] : levels) {
    INFO(yaml);
    CHECK(loader_keys(yaml) == schema_keys(object));
  }
}

TEST_CASE("every shipped mapping passes the schema and loads cleanly") {
  std::size_t checked = 0;
  for (const fs::path& folder :
       {kSource / "mappings", kSource / "examples/police-and-crime-plan/mappings"}) {
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
      const fs::path relative = entry.path().lexically_relative(folder);
      if (entry.path().extension() == ".yaml" && *relative.begin() != "reference") {
        check_passes(read_file(entry.path()), relative.generic_string());
        ++checked;
      }
    }
  }
  // The examples' twelve, the open-data formats' and the Police and Crime Plan example's four.
  CHECK(checked >= 17);
}

TEST_CASE("every example in the mapping guide passes the schema and loads cleanly") {
  const auto blocks = yaml_blocks(kSource / "docs/mapping.md");
  CHECK(blocks.size() >= 6);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    check_passes(blocks[i], fmt::format("docs/mapping.md example {}", i + 1));
  }
}

TEST_CASE("the schema refuses what the loader refuses") {
  const YAML::Node root = schema();
  for (const char* yaml :
       {"files: [x]\nmesure: m\ntable: {shape: wide, area_column: A}\n",
        "files: [x]\nmeasure: m\ntable: {shape: tall, area_column: A}\n",
        "files: [x]\ntable: {shape: records, area_column: A}\n",
        "files: [x]\nmeasure: Crime Total\ntable: {shape: wide, area_column: A}\n",
        "files: [x]\nmeasure: m\ntable: {shape: long, area_column: A}\n",
        "files: [x]\nmeasure: m\ntable: {shape: wide, area_column: A}\ncells: [{cell: A1}]\n",
        "files: [x]\nmeasure: m\nsheet: {position: 0}\ntable: {shape: wide, area_column: A}\n",
        "files: [x]\nmeasure: m\ncells: [{cell: A1, label: x, where: y}]\n",
        "files: [x]\nmeasure: m\ntable: {shape: wide, area_column: {header: a, alias: b}}\n"}) {
    INFO(yaml);
    CHECK_FALSE(schema_problems(root, YAML::Load(yaml)).empty());
    core::Diagnostics diagnostics;
    CHECK_FALSE(mapping::parse_mapping(yaml, "m.yaml", diagnostics));
  }
}
