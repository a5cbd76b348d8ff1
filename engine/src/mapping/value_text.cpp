#include "scdash/mapping/value_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

#include "scdash/core/number_text.hpp"
#include "scdash/core/text.hpp"

namespace scdash::mapping {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// Financial years start in April (DOMAIN.md).
constexpr int kFirstMonthOfFinancialYear = 4;

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

// Lower case, dashes of every width made '-', runs of white space made one space, trimmed.
std::string simplify(std::string_view text) {
  std::string out;
  bool space = false;
  const std::string_view trimmed = core::trim(text);
  for (std::size_t i = 0; i < trimmed.size(); ++i) {
    const auto c = static_cast<unsigned char>(trimmed[i]);
    // U+2013 and U+2014 (en and em dash) arrive as E2 80 93 and E2 80 94.
    if (c == 0xE2 && trimmed.substr(i, 2) == "\xE2\x80" && i + 2 < trimmed.size() &&
        (trimmed[i + 2] == '\x93' || trimmed[i + 2] == '\x94')) {
      out += '-';
      i += 2;
      continue;
    }
    if (std::isspace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::vector<std::string_view> split_words(std::string_view text, std::string_view separators) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find_first_of(separators, start);
    const std::string_view word =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!word.empty()) {
      words.push_back(word);
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return words;
}

bool remove_prefix(std::string_view& text, std::string_view prefix) {
  if (!text.starts_with(prefix)) {
    return false;
  }
  text.remove_prefix(prefix.size());
  return true;
}

// "2025/26", "2025-26", "2025/2026", "fy 2025/26", "financial year 2025-26".
std::optional<core::Period> parse_financial_year(std::string_view text) {
  for (const std::string_view prefix : {"financial year ", "fy ", "fy"}) {
    if (remove_prefix(text, prefix)) {
      break;
    }
  }
  if (text.size() < 7 || (text[4] != '/' && text[4] != '-')) {
    return std::nullopt;
  }
  const auto start = parse_digits(text.substr(0, 4));
  const std::string_view end_text = text.substr(5);
  const auto end = parse_digits(end_text);
  if (!start || !end || text.substr(0, 4).find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const bool follows = (end_text.size() == 2 && *end == (*start + 1) % 100) ||
                       (end_text.size() == 4 && *end == *start + 1);
  if (!follows) {
    return std::nullopt;
  }
  const core::Month first = core::Month::of(*start, kFirstMonthOfFinancialYear);
  return core::Period{first, first + 11};
}

// "apr-25 to jun-25", "april 2025 - june 2025": two months, each with its year.
std::optional<core::Period> parse_month_to_month(std::string_view text) {
  for (const std::string_view separator : {" to ", " - ", "-"}) {
    for (auto at = text.find(separator); at != std::string_view::npos;
         at = text.find(separator, at + 1)) {
      const auto first = parse_month_text(text.substr(0, at));
      const auto last = parse_month_text(text.substr(at + separator.size()));
      if (first && last && *first <= *last) {
        return core::Period{*first, *last};
      }
    }
  }
  return std::nullopt;
}

// "jul-sep 25", "july to september 2025": two month names sharing the last one's year.
std::optional<core::Period> parse_named_run(std::string_view text) {
  std::vector<std::string_view> words = split_words(text, " -/");
  std::erase(words, std::string_view("to"));
  if (words.size() != 3) {
    return std::nullopt;
  }
  const auto first = month_from_name(words[0]);
  const auto last = month_from_name(words[1]);
  const auto year = parse_year(words[2]);
  if (!first || !last || !year) {
    return std::nullopt;
  }
  const core::Month end = core::Month::of(*year, *last);
  // "Dec-Feb 26" began in the December before.
  const core::Month start = core::Month::of(*first <= *last ? *year : *year - 1, *first);
  return core::Period{start, end};
}

// ONS's mid-year population estimates: "Mid-2024", "mid-year 2024", the population at the end
// of June 2024.
std::optional<core::Period> parse_mid_year(std::string_view text) {
  for (const std::string_view prefix : {"mid-year ", "mid year ", "mid-", "mid "}) {
    if (remove_prefix(text, prefix)) {
      const auto year = text.size() == 4 ? parse_year(text) : std::nullopt;
      return year ? std::optional(core::Period::single(core::Month::of(*year, 6))) : std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<core::Period> parse_fixed_period(std::string_view text) {
  if (const auto month = parse_month_text(text)) {
    return core::Period::single(*month);
  }
  std::string quarter_text(text);
  for (auto at = quarter_text.find("quarter"); at != std::string::npos;
       at = quarter_text.find("quarter")) {
    quarter_text.replace(at, 7, "q");
  }
  if (const auto quarter = core::FinancialQuarter::parse(quarter_text)) {
    return quarter->period();
  }
  if (const auto year = parse_financial_year(text)) {
    return year;
  }
  if (const auto run = parse_month_to_month(text)) {
    return run;
  }
  if (const auto mid_year = parse_mid_year(text)) {
    return mid_year;
  }
  return parse_named_run(text);
}

}  // namespace

std::optional<double> parse_number_text(std::string_view text) {
  text = core::trim(text);
  // Thousands separators group the whole part's digits in threes ("1,234,567.5"): anything else
  // ("12,9", "1,2345", ",5", "1,") is no number, rather than a misread one.
  const std::size_t whole_begin = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
  const std::size_t whole_end = std::min(text.find_first_of(".eE"), text.size());
  std::string digits(text.substr(0, whole_begin));
  std::size_t group = 0;  // digits since the last separator
  bool grouped = false;
  for (std::size_t i = whole_begin; i < whole_end; ++i) {
    if (text[i] == ',') {
      if (group == 0 || group > 3 || (grouped && group != 3)) {
        return std::nullopt;
      }
      grouped = true;
      group = 0;
      continue;
    }
    ++group;
    digits += text[i];
  }
  if (grouped && group != 3) {
    return std::nullopt;
  }
  digits += text.substr(whole_end);
  // Only digits, a point, a sign and an exponent: from_chars alone would also take "nan" and "inf".
  if (digits.empty() || digits.find_first_not_of("0123456789.+-eE") != std::string::npos) {
    return std::nullopt;
  }
  double value = 0;
  const char* begin = digits.data() + (digits[0] == '+' ? 1 : 0);
  const auto [end, error] = core::parse_double(begin, digits.data() + digits.size(), value);
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

bool is_month_name(std::string_view word) {
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return month_from_name(lower).has_value();
}

std::optional<core::Period> parse_period_text(std::string_view raw) {
  const std::string simplified = simplify(raw);
  std::string_view text = simplified;
  bool rolling = remove_prefix(text, "rolling ");
  for (const std::string_view prefix :
       {"12 months to ", "12 months ending ", "year ending ", "year to "}) {
    if (remove_prefix(text, prefix)) {
      rolling = true;
      break;
    }
  }
  const auto period = parse_fixed_period(text);
  if (!period) {
    return std::nullopt;
  }
  return rolling ? core::Period::rolling_12_months(period->last) : *period;
}

std::optional<core::Month> parse_date_month(std::string_view raw) {
  std::string text = simplify(raw);
  // An ISO date-time's 'T' ("2025-04-17T10:32:00") separates the date from the time.
  if (text.size() > 10 && text[4] == '-' && text[10] == 't') {
    text.resize(10);
  }
  const auto words = split_words(text, " -/.");
  if (words.size() < 3) {
    return std::nullopt;
  }
  std::optional<int> year;
  std::optional<int> month;
  std::optional<int> day;
  if (words[0].size() == 4) {
    year = parse_year(words[0]);  // 2025-04-17
    month = parse_digits(words[1]);
    day = parse_digits(words[2]);
  } else {
    day = parse_digits(words[0]);  // 17/04/2025, 17-Apr-2025
    month = month_from_name(words[1]);
    if (!month) {
      month = parse_digits(words[1]);
    }
    year = parse_year(words[2]);
  }
  // Whatever follows the date must be a time of day ("10:32", "10:32:00 am").
  for (std::size_t i = 3; i < words.size(); ++i) {
    if (words[i].find_first_not_of("0123456789:apm") != std::string_view::npos) {
      return std::nullopt;
    }
  }
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31 ||
      words[1].size() > 9 || words[2].size() > 4) {
    return std::nullopt;
  }
  return core::Month::of(*year, *month);
}

}  // namespace scdash::mapping
