#include <catch2/catch.hpp>

#include "scdash/core/yaml_checker.hpp"

using namespace scdash::core;

TEST_CASE("a misspelt key is reported at its line and column with a suggestion") {
  Diagnostics diagnostics;
  YamlChecker yaml("m.yaml", "mapping", diagnostics);
  const auto root = yaml.parse("sheet: Districts\ntable:\n  colum: District\n");
  REQUIRE(root);
  CHECK(yaml.check_keys((*root)["table"], "table", {"column", "shape"}));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].to_string() ==
        "m.yaml:3:3: error: unknown key 'colum' in table; did you mean 'column'? "
        "[mapping-unknown-key]");
}

TEST_CASE("missing keys, wrong types and bad numbers are each reported") {
  Diagnostics diagnostics;
  YamlChecker yaml("t.yaml", "template", diagnostics);
  const auto root = yaml.parse("a: [1, 2]\nb: twelve\nc: 1.5\n");
  REQUIRE(root);
  CHECK(yaml.check_keys(*root, "the file", {"a", "b", "c", "d"}));
  CHECK_FALSE(yaml.string(*root, "d"));
  CHECK_FALSE(yaml.string(*root, "a"));
  CHECK_FALSE(yaml.number(*root, "b"));
  CHECK_FALSE(yaml.integer(*root, "c"));
  CHECK(yaml.number(*root, "c") == 1.5);
  REQUIRE(diagnostics.size() == 4);
  CHECK(diagnostics[0].code == "template-missing-key");
  CHECK(diagnostics[1].code == "template-wrong-type");
  CHECK(diagnostics[1].location.line == 1);
  CHECK(diagnostics[2].code == "template-not-a-number");
  CHECK(diagnostics[2].location.line == 2);
  CHECK(diagnostics[3].code == "template-not-an-integer");
}

TEST_CASE("a YAML syntax error is a diagnostic, not an exception") {
  Diagnostics diagnostics;
  YamlChecker yaml("bad.yaml", "mapping", diagnostics);
  CHECK_FALSE(yaml.parse("table:\n  - a\n b: [\n"));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "mapping-yaml-syntax");
  CHECK(diagnostics[0].location.line > 0);
}

TEST_CASE("a second YAML document in a file is an error at its first line, never ignored") {
  Diagnostics diagnostics;
  YamlChecker yaml("m.yaml", "mapping", diagnostics);
  CHECK_FALSE(yaml.parse("description: one\n---\ndescription: two\n"));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].to_string() ==
        "m.yaml:3:1: error: holds 2 YAML documents, separated by '---', and only one is read "
        "from a file [mapping-several-documents]");
  // A "---" opening or closing the one document is no second document.
  diagnostics.clear();
  const auto one = yaml.parse("---\ndescription: one\n---\n");
  REQUIRE(one);
  CHECK((*one)["description"].Scalar() == "one");
  CHECK(diagnostics.empty());
  CHECK(yaml.parse(""));
}
