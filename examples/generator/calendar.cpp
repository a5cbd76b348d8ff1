#include "calendar.hpp"

#include <array>

#include <fmt/format.h>

#include "scdash/core/calendar.hpp"

namespace examples {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const int year_of_era = year - era * 400;
  const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return static_cast<std::int64_t>(era) * 146097 + day_of_era - 719468;
}

}  // namespace

std::vector<FinancialQuarter> archive_quarters() {
  return quarters_ending({2025, 2}, 8);
}

std::vector<FinancialQuarter> quarters_ending(FinancialQuarter last, std::size_t count) {
  std::vector<FinancialQuarter> quarters;
  for (FinancialQuarter quarter = last; quarters.size() < count; quarter = quarter.previous()) {
    quarters.insert(quarters.begin(), quarter);
  }
  return quarters;
}

FinancialQuarter next(FinancialQuarter quarter) {
  return quarter.quarter == 4 ? FinancialQuarter{quarter.start_year + 1, 1}
                              : FinancialQuarter{quarter.start_year, quarter.quarter + 1};
}

std::int64_t month_key(Month month) {
  return month.year() * 12 + month.month() - 1;
}

std::int64_t quarter_key(FinancialQuarter quarter) {
  return quarter.start_year * 4 + quarter.quarter - 1;
}

std::string folder_name(FinancialQuarter quarter) {
  return fmt::format("{}-{:02}-Q{}", quarter.start_year, (quarter.start_year + 1) % 100,
                     quarter.quarter);
}

std::string form_label(FinancialQuarter quarter) {
  return fmt::format("Quarter {} {}", quarter.quarter, quarter.year_label());
}

std::string wave_label(FinancialQuarter quarter) {
  return quarter.label();
}

std::string cohort_label(FinancialQuarter quarter) {
  return fmt::format("{}-{} {:02}", abbreviated_month(quarter.first_month()),
                     abbreviated_month(quarter.last_month()), quarter.last_month().year() % 100);
}

std::string month_name(Month month) {
  return kMonthNames[static_cast<std::size_t>(month.month() - 1)];
}

std::string abbreviated_month(Month month) {
  return month_name(month).substr(0, 3);
}

int days_in(Month month) {
  const auto first = days_from_civil(month.year(), month.month(), 1);
  const Month next = month + 1;
  return static_cast<int>(days_from_civil(next.year(), next.month(), 1) - first);
}

double excel_serial(Month month) {
  return *scdash::core::excel_serial({month.year(), month.month(), 1});
}

std::time_t extraction_time(FinancialQuarter quarter) {
  const Month after = quarter.last_month() + 1;
  constexpr std::int64_t kSecondsPerDay = 86400;
  constexpr std::int64_t kNineOClock = 9 * 3600;
  return static_cast<std::time_t>(
      days_from_civil(after.year(), after.month(), 14) * kSecondsPerDay + kNineOClock);
}

std::string extraction_date(FinancialQuarter quarter) {
  const Month after = quarter.last_month() + 1;
  return fmt::format("14 {} {}", month_name(after), after.year());
}

double seasonal(Month month, double amplitude, int peak_month) {
  // cos(2πk/12) for k = 0..11, written out so that no libm's rounding can change a figure.
  constexpr double kHalfRoot3 = 0.86602540378443865;
  constexpr std::array<double, 12> kCosine = {1.0,  kHalfRoot3,  0.5,  0.0, -0.5, -kHalfRoot3,
                                              -1.0, -kHalfRoot3, -0.5, 0.0, 0.5,  kHalfRoot3};
  const int k = ((month.month() - peak_month) % 12 + 12) % 12;
  return 1.0 + amplitude * kCosine[static_cast<std::size_t>(k)];
}

}  // namespace examples
