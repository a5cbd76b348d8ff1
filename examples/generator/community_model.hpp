// Anti-social behaviour incidents and racially or religiously aggravated crimes, by district
// and month, as the community safety returns report them.
#pragma once

#include <cstddef>
#include <string_view>

#include "calendar.hpp"

namespace examples {

enum class AsbCategory : std::size_t { personal, nuisance, environmental };
inline constexpr std::size_t kAsbCategories = 3;

std::string_view category_name(AsbCategory category);  // "Personal", ...

// ASB incidents in a district, month and category, October 2023 to September 2025.
int asb_incidents(std::size_t district, Month month, AsbCategory category);

// The ASB figures the November 2025 report quotes for Leicestershire, per 1,000 people: nuisance
// 7.09 then 7.06, environmental 1.23 then 1.39, for the 12 months to September 2024 and 2025;
// personal, which the report calls stable, 2.14 then 2.12.
inline constexpr int kPersonalYearToSep2024 = 1523;
inline constexpr int kPersonalYearToSep2025 = 1509;
inline constexpr int kNuisanceYearToSep2024 = 5050;
inline constexpr int kNuisanceYearToSep2025 = 5029;
inline constexpr int kEnvironmentalYearToSep2024 = 876;
inline constexpr int kEnvironmentalYearToSep2025 = 990;

// Racially or religiously aggravated crimes recorded in the community safety team's case
// system, by district and month.
int racially_aggravated_crimes(std::size_t district, Month month);

// The first quarter the case system could not report: the move from Sentinel to ECINS.
inline constexpr FinancialQuarter kCaseSystemChange{2025, 2};

}  // namespace examples
