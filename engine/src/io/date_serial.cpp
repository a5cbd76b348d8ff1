#include "io/date_serial.hpp"

#include "scdash/core/calendar.hpp"
#include "scdash/core/number_text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>

namespace scdash::io::detail {
namespace {

constexpr double kSecondsPerDay = 86'400;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Consumes exactly `digits` decimal digits (no sign) from the front of `text`.
std::optional<int> take_digits(std::string_view& text, std::size_t digits) {
  if (text.size() < digits) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    if (!is_digit(text[i])) {
      return std::nullopt;
    }
    value = value * 10 + (text[i] - '0');
  }
  text.remove_prefix(digits);
  return value;
}

bool take(std::string_view& text, char expected) {
  if (text.empty() || text.front() != expected) {
    return false;
  }
  text.remove_prefix(1);
  return true;
}

// The serial of a calendar date, counting Excel's phantom 29 February 1900.
std::optional<double> date_serial(std::string_view& text) {
  const auto year = take_digits(text, 4);
  if (!year || !take(text, '-')) {
    return std::nullopt;
  }
  const auto month = take_digits(text, 2);
  if (!month || *month < 1 || *month > 12 || !take(text, '-')) {
    return std::nullopt;
  }
  const auto day = take_digits(text, 2);
  if (!day) {
    return std::nullopt;
  }
  // Impossible dates ("2025-02-30") and dates before 1900, which have no serial, fail here.
  return core::excel_serial({*year, *month, *day});
}

// The fraction of a day of "hh:mm[:ss[.fff]]", consuming it from `text`.
std::optional<double> time_fraction(std::string_view& text) {
  const auto hours = take_digits(text, 2);
  if (!hours || !take(text, ':')) {
    return std::nullopt;
  }
  const auto minutes = take_digits(text, 2);
  if (!minutes || *minutes > 59) {
    return std::nullopt;
  }
  double seconds = 0;
  if (take(text, ':')) {
    const auto whole = take_digits(text, 2);
    if (!whole || *whole > 59) {
      return std::nullopt;
    }
    seconds = *whole;
    if (take(text, '.')) {
      const std::size_t length = std::min(text.find_first_not_of("0123456789"), text.size());
      double fraction = 0;
      // "0." + the digits, so that from_chars rounds the fraction exactly once.
      const std::string digits = "0." + std::string(text.substr(0, length));
      if (length == 0 ||
          core::parse_double(digits.data(), digits.data() + digits.size(), fraction).ec !=
              std::errc()) {
        return std::nullopt;
      }
      seconds += fraction;
      text.remove_prefix(length);
    }
  }
  const double total = *hours * 3600.0 + *minutes * 60.0 + seconds;
  // 24:00:00 is allowed as the end of a day; anything later is not a time.
  if (total > kSecondsPerDay) {
    return std::nullopt;
  }
  return total / kSecondsPerDay;
}

}  // namespace

std::optional<double> iso_8601_serial(std::string_view text) {
  std::optional<double> days = 0.0;
  std::optional<double> time = 0.0;
  if (text.size() > 2 && text[2] == ':') {
    time = time_fraction(text);
  } else {
    days = date_serial(text);
    if (days && take(text, 'T')) {
      time = time_fraction(text);
    }
  }
  // Excel has no time zones: "Z" (UTC) is accepted as the moment written, offsets are not.
  take(text, 'Z');
  if (!days || !time || !text.empty()) {
    return std::nullopt;
  }
  return *days + *time;
}

}  // namespace scdash::io::detail
