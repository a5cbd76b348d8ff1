#include <catch2/catch.hpp>

#include "scdash/core/calendar.hpp"

using namespace scdash::core;

TEST_CASE("Excel serials count from 1900 with the phantom 29 February") {
  CHECK(excel_serial({1900, 1, 1}) == 1);
  CHECK(excel_serial({1900, 2, 28}) == 59);
  CHECK(excel_serial({1900, 3, 1}) == 61);  // 60 is the 29 February 1900 that never was
  CHECK(excel_serial({2025, 9, 30}) == 45930);
  CHECK(excel_serial({2024, 2, 29}) == 45351);
  CHECK(excel_serial({9999, 12, 31}) == 2958465);
  CHECK_FALSE(excel_serial({1899, 12, 31}));
  CHECK_FALSE(excel_serial({2025, 2, 29}));  // not a leap year
  CHECK_FALSE(excel_serial({2025, 13, 1}));
}

TEST_CASE("serials turn back into dates and months") {
  CHECK(civil_date(1) == CivilDate{1900, 1, 1});
  CHECK(civil_date(59) == CivilDate{1900, 2, 28});
  CHECK_FALSE(civil_date(60));
  CHECK(civil_date(61) == CivilDate{1900, 3, 1});
  CHECK(civil_date(45930.75) == CivilDate{2025, 9, 30});  // the time of day is ignored
  CHECK(civil_date(45351) == CivilDate{2024, 2, 29});
  CHECK_FALSE(civil_date(0));
  CHECK_FALSE(civil_date(2958466));
  CHECK(month_of_serial(44835) == Month::of(2022, 10));
}

TEST_CASE("every date from 1900 to 2100 survives the round trip") {
  int mismatches = 0;
  for (double serial = 1; serial < 73051; ++serial) {
    const auto date = civil_date(serial);
    if (serial != 60 && (!date || excel_serial(*date) != serial)) {
      ++mismatches;
    }
  }
  CHECK(mismatches == 0);
}
