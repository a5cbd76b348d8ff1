#include "scdash/core/period.hpp"

#include <array>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace scdash::core {
namespace {

constexpr std::array<const char*, 12> kMonthAbbreviations = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Financial years start in April: months Apr..Mar are quarters 1..4.
constexpr int kFirstMonthOfFinancialYear = 4;

std::optional<int> parse_int(std::string_view digits) {
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return value;
}

std::optional<FinancialQuarter> from_parts(std::string_view year, std::string_view quarter) {
  // year is "2025/26", "2025-26" or "2025/2026"; quarter is a single digit 1..4.
  const auto separator = year.find_first_of("/-");
  if (separator != 4 || quarter.size() != 1) {
    return std::nullopt;
  }
  const auto start = parse_int(year.substr(0, 4));
  const auto end = parse_int(year.substr(5));
  const auto q = parse_int(quarter);
  if (!start || !end || !q || *q < 1 || *q > 4) {
    return std::nullopt;
  }
  const std::string_view end_text = year.substr(5);
  const bool end_matches = (end_text.size() == 2 && *end == (*start + 1) % 100) ||
                           (end_text.size() == 4 && *end == *start + 1);
  if (!end_matches) {
    return std::nullopt;
  }
  return FinancialQuarter{*start, *q};
}

}  // namespace

std::string Month::iso() const {
  return fmt::format("{:04}-{:02}", year(), month());
}

std::string Month::short_label() const {
  return fmt::format("{} {}", kMonthAbbreviations[static_cast<std::size_t>(month() - 1)], year());
}

std::string Period::label() const {
  if (first == last) {
    return first.short_label();
  }
  if (months() == 12) {
    return "12 months to " + last.short_label();
  }
  return first.short_label() + " to " + last.short_label();
}

FinancialQuarter FinancialQuarter::containing(Month month) {
  const int offset = (month.month() - kFirstMonthOfFinancialYear + 12) % 12;
  const int start_year =
      month.month() >= kFirstMonthOfFinancialYear ? month.year() : month.year() - 1;
  return {start_year, offset / 3 + 1};
}

std::optional<FinancialQuarter> FinancialQuarter::parse(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  // "q2" first ("Q2 2025/26"), or last ("2025/26-Q2", "2025/26 Q2").
  if (compact.size() > 2 && compact[0] == 'q') {
    return from_parts(std::string_view(compact).substr(2), std::string_view(compact).substr(1, 1));
  }
  const auto q = compact.rfind('q');
  if (q == std::string::npos || q == 0) {
    return std::nullopt;
  }
  std::string_view year = std::string_view(compact).substr(0, q);
  if (!year.empty() && (year.back() == '-' || year.back() == '/')) {
    year.remove_suffix(1);
  }
  return from_parts(year, std::string_view(compact).substr(q + 1));
}

Month FinancialQuarter::first_month() const {
  return Month::of(start_year, kFirstMonthOfFinancialYear) + (quarter - 1) * 3;
}

Month FinancialQuarter::last_month() const {
  return first_month() + 2;
}

FinancialQuarter FinancialQuarter::previous() const {
  return quarter == 1 ? FinancialQuarter{start_year - 1, 4}
                      : FinancialQuarter{start_year, quarter - 1};
}

std::string FinancialQuarter::year_label() const {
  return fmt::format("{}/{:02}", start_year, (start_year + 1) % 100);
}

std::string FinancialQuarter::label() const {
  return fmt::format("{} Q{}", year_label(), quarter);
}

}  // namespace scdash::core
