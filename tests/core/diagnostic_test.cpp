#include <catch2/catch.hpp>

#include "scdash/core/diagnostic.hpp"

using namespace scdash::core;

TEST_CASE("diagnostics read like a compiler's") {
  CHECK(Diagnostic::error("value-not-number", "expected a number, found \"n/a\"",
                          Location::at_cell("returns/police-crime.xlsx", "Districts", {6, 2}))
            .to_string() ==
        "returns/police-crime.xlsx!Districts!C7: error: expected a number, found \"n/a\" "
        "[value-not-number]");
  CHECK(Diagnostic::error("mapping-unknown-key", "unknown key 'colum'",
                          Location::at_text("mappings/police-crime.yaml", 14, 9))
            .to_string() ==
        "mappings/police-crime.yaml:14:9: error: unknown key 'colum' [mapping-unknown-key]");
  CHECK(Diagnostic::warning("return-unmatched", "no mapping", Location::in_file("returns/x.csv"))
            .to_string() == "returns/x.csv: warning: no mapping [return-unmatched]");
}

TEST_CASE("errors are counted apart from warnings and notes") {
  const Diagnostics diagnostics = {
      Diagnostic::info("a", "a", {}), Diagnostic::warning("b", "b", {}),
      Diagnostic::error("c", "c", {}), Diagnostic::error("d", "d", {})};
  CHECK(count_errors(diagnostics) == 2);
  CHECK(has_errors(diagnostics));
  CHECK_FALSE(has_errors({Diagnostic::warning("b", "b", {})}));
}
