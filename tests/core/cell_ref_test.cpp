#include <catch2/catch.hpp>

#include "scdash/core/cell_ref.hpp"

using namespace scdash::core;

TEST_CASE("column names follow Excel's bijective base 26") {
  CHECK(column_name(0) == "A");
  CHECK(column_name(25) == "Z");
  CHECK(column_name(26) == "AA");
  CHECK(column_name(701) == "ZZ");
  CHECK(column_name(702) == "AAA");
  CHECK(column_name(16383) == "XFD");
}

TEST_CASE("A1 references round-trip and respect Excel's limits") {
  CHECK(to_a1({6, 2}) == "C7");
  CHECK(parse_a1("C7") == CellRef{6, 2});
  CHECK(parse_a1("$c$7") == CellRef{6, 2});
  CHECK(parse_a1("XFD1048576") == CellRef{1048575, 16383});
  CHECK_FALSE(parse_a1("XFE1"));
  CHECK_FALSE(parse_a1("A1048577"));
  CHECK_FALSE(parse_a1("A0"));
  CHECK_FALSE(parse_a1("7C"));
  CHECK_FALSE(parse_a1(""));
  CHECK_FALSE(parse_a1("C7x"));
  CHECK(parse_column_name("AA") == 26u);
  CHECK_FALSE(parse_column_name("A1"));
}
