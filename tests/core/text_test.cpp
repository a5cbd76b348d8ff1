#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scdash/core/text.hpp"

using namespace scdash::core;

TEST_CASE("labels are compared without case, spacing, punctuation or '&'") {
  CHECK(normalise_label("Hinckley & Bosworth ") == "hinckley and bosworth");
  CHECK(normalise_label("hinckley and  bosworth") == "hinckley and bosworth");
  CHECK(normalise_label("H&B") == "h and b");
  CHECK(normalise_label("N.W. Leics") == "n w leics");
  CHECK(normalise_label("Total\ncrime") == "total crime");
  CHECK(normalise_label("  ") == "");
}

TEST_CASE("trimming removes no-break spaces as well as white space") {
  CHECK(trim("\xC2\xA0 56 \t") == "56");
  CHECK(trim("") == "");
  CHECK(trim("a b") == "a b");
}

TEST_CASE("the closest match suggests a fix for a typo, and nothing for a different word") {
  CHECK(edit_distance("colum", "column") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("shete", "sheet") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  const std::vector<std::string> keys = {"column", "sheet", "files"};
  CHECK(closest_match("colum", keys) == "column");
  CHECK(closest_match("shete", keys) == "sheet");
  CHECK(closest_match("measure", keys).empty());
}
