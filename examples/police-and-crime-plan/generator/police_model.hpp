// Recorded crimes and their positive outcomes by LPU, crime type and month, October 2022 to
// September 2025: made once, and reported by the recorded crime workbook and the outcomes
// extract alike. Each LPU's April to September totals are fixed first (year_to_date.hpp), then
// spread over the months by the type's seasonal cycle; the other months follow the same
// LPU's level, so the 36 months run on without a step.
#pragma once

#include "calendar.hpp"
#include "crime_types.hpp"
#include "police_areas.hpp"

namespace examples::police {

// The quarter the returns are for, and the 36 months they give.
inline constexpr FinancialQuarter kQuarter{2025, 2};
inline constexpr int kMonths = 36;
Month first_month();  // October 2022

// An area's figures: the sums of its LPUs'.
int crimes(const ReportingArea& area, CrimeType type, Month month);
int outcomes(const ReportingArea& area, CrimeType type, Month month);

}  // namespace examples::police
