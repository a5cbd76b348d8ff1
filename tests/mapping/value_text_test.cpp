#include <catch2/catch.hpp>

#include "scdash/mapping/value_text.hpp"

using namespace scdash;
using scdash::core::Month;

TEST_CASE("numbers stored as text are read exactly") {
  CHECK(mapping::parse_number_text(" 56 ") == 56);
  CHECK(mapping::parse_number_text("1,234") == 1234);
  CHECK(mapping::parse_number_text("1,234,567.5") == 1234567.5);
  CHECK(mapping::parse_number_text("-3.25") == -3.25);
  CHECK(mapping::parse_number_text("+7") == 7);
  CHECK(mapping::parse_number_text("\xC2\xA0"
                                   "12") == 12);
}

TEST_CASE("text that is not a plain number is refused") {
  for (const char* text : {"n/a", "", " ", "*", "-", "..", "<5", "12%", "1,2,", ",5", "1 234",
                           "12abc", "nan", "inf"}) {
    INFO(text);
    CHECK_FALSE(mapping::parse_number_text(text));
  }
}

TEST_CASE("months are read in the ways returns write them") {
  const Month april = Month::of(2025, 4);
  CHECK(mapping::parse_month_text("Apr-25") == april);
  CHECK(mapping::parse_month_text("Apr 2025") == april);
  CHECK(mapping::parse_month_text("April 2025") == april);
  CHECK(mapping::parse_month_text("april-2025") == april);
  CHECK(mapping::parse_month_text("2025-04") == april);
  CHECK(mapping::parse_month_text("04/2025") == april);
  CHECK(mapping::parse_month_text("4/2025") == april);
  CHECK(mapping::parse_month_text("Sept 2025") == Month::of(2025, 9));
  CHECK(mapping::parse_month_text(" Dec-24 ") == Month::of(2024, 12));
}

TEST_CASE("text that is not a month is refused") {
  for (const char* text : {"District", "Total", "2025", "13/2025", "2025-13", "Q2 2025/26", "Apr",
                           "Ap-25", "04/25", "2025-004", ""}) {
    INFO(text);
    CHECK_FALSE(mapping::parse_month_text(text));
  }
}
