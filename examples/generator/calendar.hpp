// The quarters of the example archive and the ways partners write dates and periods.
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "scdash/core/period.hpp"

namespace examples {

using scdash::core::FinancialQuarter;
using scdash::core::Month;
using scdash::core::Period;

// The archive's quarters, oldest first: 2023/24 Q3 to 2025/26 Q2. Eight quarters, so that
// figures returned only quarterly (MARAC) cover both the current and the previous 12 months
// of the latest quarter.
std::vector<FinancialQuarter> archive_quarters();

// The `count` quarters ending with `last`, oldest first.
std::vector<FinancialQuarter> quarters_ending(FinancialQuarter last, std::size_t count);

// The quarter after.
FinancialQuarter next(FinancialQuarter quarter);

// The index of a month, for keying random draws.
std::int64_t month_key(Month month);
std::int64_t quarter_key(FinancialQuarter quarter);

std::string folder_name(FinancialQuarter quarter);   // "2025-26-Q2", also in file names
std::string form_label(FinancialQuarter quarter);    // "Quarter 2 2025/26"
std::string wave_label(FinancialQuarter quarter);    // "2025/26 Q2"
std::string cohort_label(FinancialQuarter quarter);  // "Jul-Sep 25"
std::string month_name(Month month);                 // "September"
std::string abbreviated_month(Month month);          // "Sep"

int days_in(Month month);
double excel_serial(Month month);  // the serial of the month's first day

// When a partner extracted a quarter's return: the 14th of the month after the quarter.
// Written into the workbooks' properties, so fixed, not the time the generator runs.
std::time_t extraction_time(FinancialQuarter quarter);
std::string extraction_date(FinancialQuarter quarter);  // "14 October 2025"

// 1 + amplitude × cos(2π (month − peak) / 12): a yearly cycle peaking in `peak_month`.
double seasonal(Month month, double amplitude, int peak_month);

}  // namespace examples
