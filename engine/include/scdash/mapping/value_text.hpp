// Reading figures, months and periods written as text by people and by partners' systems.
//
//   scdash::mapping::parse_month_text("Apr-25");        // April 2025
//   scdash::mapping::parse_period_text("2025/26 Q2");   // July to September 2025
//   scdash::mapping::parse_number_text("1,234");        // 1234
#pragma once

#include <optional>
#include <string_view>

#include "scdash/core/period.hpp"

namespace scdash::mapping {

// A number written as text: " 56 ", "1,234", "-3.5". Nullopt for anything else ("n/a", "12%").
std::optional<double> parse_number_text(std::string_view text);

// A month written as text: "Apr-25", "Apr 2025", "April 2025", "2025-04", "04/2025".
std::optional<core::Month> parse_month_text(std::string_view text);

// A period written as text: a month (as above); a financial quarter ("Q2 2025/26",
// "2025/26 Q2", "2025-26-Q2", "Quarter 2 2025/26"); a run of months ("Jul-Sep 25",
// "July to September 2025", "Apr-25 to Jun-25"); a financial year ("2025/26", "2025-26",
// "FY 2025/26"); or a rolling year ("12 months to Sep 2025", "year ending September 2025").
std::optional<core::Period> parse_period_text(std::string_view text);

// Whether `word` names a month, in full or in three letters ("Sep", "sept", "SEPTEMBER").
bool is_month_name(std::string_view word);

// The month of a date written as text: "2025-04-17", "2025-04-17T10:32:00", "17/04/2025",
// "17/04/25 10:32", "17-Apr-2025", "17 April 2025". Days come before months, as in the UK.
std::optional<core::Month> parse_date_month(std::string_view text);

}  // namespace scdash::mapping
