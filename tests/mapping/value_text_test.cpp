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
                           "12abc", "nan", "inf", "1e400"}) {
    INFO(text);
    CHECK_FALSE(mapping::parse_number_text(text));
  }
}

TEST_CASE("thousands separators must group the digits in threes, or the text is no number") {
  CHECK(mapping::parse_number_text("12,345,678") == 12345678);
  CHECK(mapping::parse_number_text("-1,000.25") == -1000.25);
  CHECK(mapping::parse_number_text("999") == 999);
  // Misplaced, as a decimal comma or a slip of the keyboard writes them: never 129 for "12,9".
  for (const char* text : {"12,9", "1,2345", "1234,567", "1,23,456", ",123", "1,", "1,,234",
                           "1.234,5", "1,234.5,6", "-,123", "1,234e3,0"}) {
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

TEST_CASE("periods are read as months, quarters, runs of months, years and rolling years") {
  using core::Period;
  const Period q2{Month::of(2025, 7), Month::of(2025, 9)};
  for (const char* text :
       {"Q2 2025/26", "2025/26 Q2", "2025-26-Q2", "Quarter 2 2025/26", "2025/26 quarter 2",
        "Jul-Sep 25", "Jul - Sep 2025", "July to September 2025", "Jul\xE2\x80\x93Sep 25",
        "Jul-25 to Sep-25", "July 2025 - September 2025"}) {
    INFO(text);
    CHECK(mapping::parse_period_text(text) == q2);
  }
  CHECK(mapping::parse_period_text("Apr-25") == Period::single(Month::of(2025, 4)));
  CHECK(mapping::parse_period_text("2025-04") == Period::single(Month::of(2025, 4)));
  const Period year{Month::of(2025, 4), Month::of(2026, 3)};
  for (const char* text :
       {"2025/26", "2025-26", "2025/2026", "FY 2025/26", "fy2025-26", "Financial year 2025/26"}) {
    INFO(text);
    CHECK(mapping::parse_period_text(text) == year);
  }
  // ONS's mid-year estimates are of the population at the end of June.
  for (const char* text : {"Mid-2024", "mid-year 2024", "Mid 2024", "MID-YEAR 2024"}) {
    INFO(text);
    CHECK(mapping::parse_period_text(text) == Period::single(Month::of(2024, 6)));
  }
  // A run across the new year began in the December before.
  CHECK(mapping::parse_period_text("Dec-Feb 26") ==
        Period{Month::of(2025, 12), Month::of(2026, 2)});
  const Period rolling = Period::rolling_12_months(Month::of(2025, 9));
  for (const char* text : {"12 months to Sep 2025", "Year ending September 2025", "year to Sep-25",
                           "rolling 12 months to Sep-25", "12 months ending 2025/26 Q2"}) {
    INFO(text);
    CHECK(mapping::parse_period_text(text) == rolling);
  }
}

TEST_CASE("text that is not a period is refused") {
  for (const char* text :
       {"District", "2025", "Q5 2025/26", "2025/27", "Jul-Sep", "Total", "2025-04-17",
        "12 months to nothing", "Sep-Jul", "", "Mid-24", "mid-year", "Midlands 2024"}) {
    INFO(text);
    CHECK_FALSE(mapping::parse_period_text(text));
  }
}

TEST_CASE("record dates give their month, days before months as in the UK") {
  const Month april = Month::of(2025, 4);
  for (const char* text :
       {"2025-04-17", "2025-04-17T10:32:00", "2025/04/17", "17/04/2025", "17/04/25 10:32",
        "17-Apr-2025", "17 April 2025", "1.4.2025", "17/04/2025 10:32:00 am"}) {
    INFO(text);
    CHECK(mapping::parse_date_month(text) == april);
  }
  for (const char* text : {"Apr-25", "2025-04", "17/13/2025", "32/04/2025", "17/04/2025 later",
                           "hello world today", ""}) {
    INFO(text);
    CHECK_FALSE(mapping::parse_date_month(text));
  }
}
