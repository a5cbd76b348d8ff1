#include "scdash/core/calendar.hpp"

#include <cmath>

namespace scdash::core {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long days_from_civil(int year, int month, int day) {
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long day_of_year = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long mp = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

// 1899-12-31 is serial 0 for dates from 1 March 1900 on, once the phantom day is skipped.
const long kSerialZero = days_from_civil(1899, 12, 30);
constexpr double kLastSerial = 2958465;  // 9999-12-31

}  // namespace

std::optional<double> excel_serial(CivilDate date) {
  if (date.year < 1900 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1 ||
      civil_from_days(days_from_civil(date.year, date.month, date.day)) != date) {
    return std::nullopt;
  }
  const long serial = days_from_civil(date.year, date.month, date.day) - kSerialZero;
  // Before 1 March 1900 Excel's count is one lower, because it inserts 29 February 1900.
  return static_cast<double>(serial < 61 ? serial - 1 : serial);
}

std::optional<CivilDate> civil_date(double serial) {
  const double whole = std::floor(serial);
  if (!(whole >= 1 && whole <= kLastSerial) || whole == 60) {
    return std::nullopt;
  }
  const long days = static_cast<long>(whole);
  return civil_from_days(kSerialZero + (days < 60 ? days + 1 : days));
}

std::optional<Month> month_of_serial(double serial) {
  const auto date = civil_date(serial);
  if (!date) {
    return std::nullopt;
  }
  return Month::of(date->year, date->month);
}

}  // namespace scdash::core
