#include "scdash/mapping/value_text.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <string>

#include "scdash/core/text.hpp"

namespace scdash::mapping {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// "apr", "april" or "sept" → 1..12.
std::optional<int> month_from_name(std::string_view word) {
  if (word.size() < 3) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    const std::string_view name = kMonthNames[i];
    if (word == name || word == name.substr(0, 3) || (i == 8 && word == "sept")) {
      return static_cast<int>(i + 1);
    }
  }
  return std::nullopt;
}

std::optional<int> parse_digits(std::string_view digits) {
  if (digits.empty() || digits.size() > 4) {
    return std::nullopt;
  }
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return value;
}

// Two-digit years are this century: "Apr-25" is April 2025.
std::optional<int> parse_year(std::string_view digits) {
  const auto year = parse_digits(digits);
  if (!year || (digits.size() != 2 && digits.size() != 4)) {
    return std::nullopt;
  }
  return digits.size() == 2 ? 2000 + *year : *year;
}

}  // namespace

std::optional<double> parse_number_text(std::string_view text) {
  text = core::trim(text);
  std::string digits;
  digits.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Thousands separators only between digits: "1,234" but not ",5" or "1,".
    if (text[i] == ',' && i > 0 && i + 1 < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      continue;
    }
    digits += text[i];
  }
  // Only digits, a point, a sign and an exponent: from_chars alone would also take "nan" and "inf".
  if (digits.empty() || digits.find_first_not_of("0123456789.+-eE") != std::string::npos) {
    return std::nullopt;
  }
  double value = 0;
  const char* begin = digits.data() + (digits[0] == '+' ? 1 : 0);
  const auto [end, error] = std::from_chars(begin, digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return value;
}

std::optional<core::Month> parse_month_text(std::string_view text) {
  // Split into two words at the first space, '-', '/' or '.': "Apr-25", "2025-04", "04/2025".
  std::string lowered;
  for (char c : core::trim(text)) {
    lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const auto split = lowered.find_first_of(" -/.");
  if (split == std::string::npos) {
    return std::nullopt;
  }
  const std::string_view first = core::trim(std::string_view(lowered).substr(0, split));
  const std::string_view second = core::trim(std::string_view(lowered).substr(split + 1));
  std::optional<int> year;
  std::optional<int> month;
  if (const auto named = month_from_name(first)) {
    month = named;  // "Apr-25", "April 2025"
    year = parse_year(second);
  } else if (first.size() == 4 && second.size() <= 2) {
    year = parse_year(first);  // "2025-04"
    month = parse_digits(second);
  } else if (first.size() <= 2 && second.size() == 4) {
    month = parse_digits(first);  // "04/2025"
    year = parse_year(second);
  }
  if (!year || !month || *month < 1 || *month > 12) {
    return std::nullopt;
  }
  return core::Month::of(*year, *month);
}

}  // namespace scdash::mapping
