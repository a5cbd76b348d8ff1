#include <catch2/catch.hpp>

#include "io/date_serial.hpp"

using scdash::io::detail::iso_8601_serial;

TEST_CASE("ISO dates become 1900-system serials, counting Excel's phantom 29 February 1900") {
  CHECK(iso_8601_serial("1900-01-01") == 1.0);
  CHECK(iso_8601_serial("1900-02-28") == 59.0);
  CHECK(iso_8601_serial("1900-03-01") == 61.0);
  CHECK(iso_8601_serial("2021-01-01") == 44197.0);
  CHECK(iso_8601_serial("2025-09-30") == 45930.0);
}

TEST_CASE("ISO date-times and times carry the time of day as the serial's fraction") {
  CHECK(iso_8601_serial("2021-01-01T12:00:00") == 44197.5);
  CHECK(iso_8601_serial("2021-01-01T06:00") == 44197.25);
  CHECK(iso_8601_serial("2021-01-01T18:00:00Z") == 44197.75);
  CHECK(iso_8601_serial("12:00:00") == 0.5);
  CHECK(*iso_8601_serial("00:00:00.5") == Approx(0.5 / 86400));
}

TEST_CASE("text that is not a real ISO date or time has no serial") {
  CHECK_FALSE(iso_8601_serial("2025-02-29"));
  CHECK_FALSE(iso_8601_serial("2025-13-01"));
  CHECK_FALSE(iso_8601_serial("2025-1-1"));
  CHECK_FALSE(iso_8601_serial("2025-01-01T25:00"));
  CHECK_FALSE(iso_8601_serial("2025-01-01T10:60"));
  CHECK_FALSE(iso_8601_serial("2025-01-01T10:00+01:00"));
  CHECK_FALSE(iso_8601_serial("-1:00:00"));
  CHECK_FALSE(iso_8601_serial("yesterday"));
  CHECK_FALSE(iso_8601_serial(""));
  CHECK(iso_8601_serial("2024-02-29"));
}
