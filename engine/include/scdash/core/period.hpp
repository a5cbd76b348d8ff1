// Month, Period and FinancialQuarter: the time vocabulary of every figure.
//
// Calendar months are the atom. A Period is an inclusive run of months (a month,
// a quarter, a rolling twelve months). UK financial years run April to March, so
// 2025/26 Q2 is July to September 2025.
//
//   const auto quarter = scdash::core::FinancialQuarter::parse("2025/26-Q2");
//   scdash::core::Period::rolling_12_months(quarter->last_month()).label();
//   // "12 months to Sep 2025"
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace scdash::core {

class Month {
 public:
  constexpr Month() = default;
  // month is 1..12.
  static constexpr Month of(int year, int month) { return Month(year * 12 + (month - 1)); }

  constexpr int year() const { return index_ / 12; }
  constexpr int month() const { return index_ % 12 + 1; }

  constexpr Month operator+(int months) const { return Month(index_ + months); }
  constexpr Month operator-(int months) const { return Month(index_ - months); }
  // Months from other to this (positive when this is later).
  constexpr int operator-(Month other) const { return index_ - other.index_; }

  constexpr auto operator<=>(const Month&) const = default;

  std::string iso() const;          // "2025-09"
  std::string short_label() const;  // "Sep 2025"

 private:
  constexpr explicit Month(int index) : index_(index) {}
  int index_ = 0;
};

// An inclusive run of whole months.
struct Period {
  Month first;
  Month last;

  static Period single(Month month) { return {month, month}; }
  // The twelve months ending with `last` ("year ending September 2025").
  static Period rolling_12_months(Month last) { return {last - 11, last}; }

  int months() const { return last - first + 1; }
  bool contains(Month month) const { return first <= month && month <= last; }
  // The same run of months a year earlier.
  Period year_earlier() const { return {first - 12, last - 12}; }

  // "Sep 2025", or "12 months to Sep 2025" for a rolling year, or "Jul 2025 to Sep 2025".
  std::string label() const;

  auto operator<=>(const Period&) const = default;
};

// A quarter of a UK financial year: start_year 2025 and quarter 2 is "2025/26 Q2".
struct FinancialQuarter {
  int start_year = 0;
  int quarter = 1;  // 1..4

  static FinancialQuarter containing(Month month);
  // Accepts "2025/26-Q2", "2025-26-Q2", "2025/26 Q2" and "Q2 2025/26" (case and spacing free).
  static std::optional<FinancialQuarter> parse(std::string_view text);

  Month first_month() const;
  Month last_month() const;
  Period period() const { return {first_month(), last_month()}; }
  FinancialQuarter previous() const;

  std::string year_label() const;  // "2025/26"
  std::string label() const;       // "2025/26 Q2"

  auto operator<=>(const FinancialQuarter&) const = default;
};

}  // namespace scdash::core
