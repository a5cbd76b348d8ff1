#include <catch2/catch.hpp>

#include "scdash/core/period.hpp"

using namespace scdash::core;

TEST_CASE("months carry across years in both directions") {
  const Month january = Month::of(2025, 1);
  CHECK((january - 1) == Month::of(2024, 12));
  CHECK((january + 11) == Month::of(2025, 12));
  CHECK((january + 12) == Month::of(2026, 1));
  CHECK((Month::of(2025, 9) - Month::of(2024, 10)) == 11);
  CHECK(Month::of(2025, 9).iso() == "2025-09");
  CHECK(Month::of(2025, 9).short_label() == "Sep 2025");
}

TEST_CASE("a rolling twelve months ends with its quarter's last month") {
  const Period year = Period::rolling_12_months(Month::of(2025, 9));
  CHECK(year.first == Month::of(2024, 10));
  CHECK(year.months() == 12);
  CHECK(year.label() == "12 months to Sep 2025");
  CHECK(year.year_earlier() == Period{Month::of(2023, 10), Month::of(2024, 9)});
  CHECK(year.contains(Month::of(2025, 1)));
  CHECK_FALSE(year.contains(Month::of(2024, 9)));
  CHECK(Period::single(Month::of(2025, 2)).label() == "Feb 2025");
  CHECK(Period{Month::of(2025, 7), Month::of(2025, 9)}.label() == "Jul 2025 to Sep 2025");
}

TEST_CASE("financial quarters run April to March") {
  CHECK(FinancialQuarter::containing(Month::of(2025, 4)) == FinancialQuarter{2025, 1});
  CHECK(FinancialQuarter::containing(Month::of(2025, 9)) == FinancialQuarter{2025, 2});
  CHECK(FinancialQuarter::containing(Month::of(2025, 12)) == FinancialQuarter{2025, 3});
  // January to March belong to the financial year that began the April before.
  CHECK(FinancialQuarter::containing(Month::of(2026, 1)) == FinancialQuarter{2025, 4});
  CHECK(FinancialQuarter::containing(Month::of(2026, 3)) == FinancialQuarter{2025, 4});

  const FinancialQuarter q2{2025, 2};
  CHECK(q2.first_month() == Month::of(2025, 7));
  CHECK(q2.last_month() == Month::of(2025, 9));
  CHECK(q2.label() == "2025/26 Q2");
  CHECK(FinancialQuarter{2025, 4}.last_month() == Month::of(2026, 3));
  CHECK(FinancialQuarter{2025, 1}.previous() == FinancialQuarter{2024, 4});
  CHECK(FinancialQuarter{1999, 3}.year_label() == "1999/00");
}

TEST_CASE("quarters parse in the forms analysts type") {
  const FinancialQuarter expected{2025, 2};
  CHECK(FinancialQuarter::parse("2025/26-Q2") == expected);
  CHECK(FinancialQuarter::parse("2025-26-Q2") == expected);
  CHECK(FinancialQuarter::parse("2025/26 Q2") == expected);
  CHECK(FinancialQuarter::parse("Q2 2025/26") == expected);
  CHECK(FinancialQuarter::parse(" q2 2025-26 ") == expected);
  CHECK(FinancialQuarter::parse("2025/2026-Q2") == expected);
  CHECK(FinancialQuarter::parse("1999/00 Q4") == FinancialQuarter{1999, 4});
}

TEST_CASE("quarters that do not exist are refused") {
  CHECK_FALSE(FinancialQuarter::parse("2025/27-Q2"));  // not consecutive years
  CHECK_FALSE(FinancialQuarter::parse("2025/26-Q5"));
  CHECK_FALSE(FinancialQuarter::parse("2025/26-Q0"));
  CHECK_FALSE(FinancialQuarter::parse("2025/26"));
  CHECK_FALSE(FinancialQuarter::parse("Q2"));
  CHECK_FALSE(FinancialQuarter::parse(""));
  CHECK_FALSE(FinancialQuarter::parse("September 2025"));
}
