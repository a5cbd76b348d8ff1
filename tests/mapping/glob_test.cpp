#include <catch2/catch.hpp>

#include "scdash/mapping/glob.hpp"

using namespace scdash;

TEST_CASE("globs match whole names without regard to case") {
  CHECK(mapping::glob_matches("police-*.xlsx", "Police-Crime.XLSX"));
  CHECK(mapping::glob_matches("*", "anything"));
  CHECK(mapping::glob_matches("marac-q?.xlsx", "marac-q2.xlsx"));
  CHECK(mapping::glob_matches("*crime*.xlsx", "recorded-crime-sep25.xlsx"));
  CHECK_FALSE(mapping::glob_matches("police-*.xlsx", "police-crime.xls"));
  CHECK_FALSE(mapping::glob_matches("marac-q?.xlsx", "marac-q10.xlsx"));
  CHECK(mapping::glob_matches("a*b*c", "aXbYbZc"));
}

TEST_CASE("a capture pattern keeps the part marked (*)") {
  CHECK(mapping::glob_capture("marac-(*).xlsx", "MARAC-2025-26-Q2.xlsx") == "2025-26-Q2");
  CHECK(mapping::glob_capture("Quarter (*)", "Quarter 2 2025/26") == "2 2025/26");
  CHECK(mapping::glob_capture("*return (*) final*", "ASB return Q2 2025/26 final v3") ==
        "Q2 2025/26");
  CHECK(mapping::glob_capture("(*)", "Apr-25") == "Apr-25");
  // Without (*) a match keeps the whole text.
  CHECK(mapping::glob_capture("Q? data", "Q2 data") == "Q2 data");
  CHECK_FALSE(mapping::glob_capture("marac-(*).xlsx", "asb-2025.xlsx"));
  CHECK_FALSE(mapping::glob_capture("Q? data", "Q22 data"));
  CHECK_FALSE(mapping::glob_capture("(*)", std::string(2000, 'x')));  // no name is that long
}
